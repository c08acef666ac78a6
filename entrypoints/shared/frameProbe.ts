/**
 * Where a selection inside a frame sits in the top window, so the card (which lives in
 * the top document, where it has the whole window) can stand next to it. Both functions
 * run INSIDE the page through `scripting.executeScript({ func, args })`, so each is
 * self-contained (no imports, no outer variables):
 *
 * 1. `relayFrameProbe(nonce)` in every frame: waits for a probe from one of its child
 *    frames, adds where that frame's content box sits, and passes it up; the top frame
 *    keeps the answer (the child `<iframe>` element, and the selection's rectangle
 *    relative to its border box) for the card, under `FRAME_ANCHOR_KEY`, in the
 *    extension's own world of that frame.
 * 2. `sendFrameProbe(nonce)` in the frame holding the selection: sends the rectangle of
 *    the selection's lines that show (or of the focused text field) in its own viewport
 *    to its parent.
 *
 * The messages carry a one-time nonce and rectangles, nothing read from the page.
 */

/** A rectangle in CSS pixels. */
export interface ProbeRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the top frame keeps: the `<iframe>` of the top document, and where the selection is inside it. */
export interface FrameAnchorRecord {
  nonce: string;
  anchor: Promise<{ frame: Element; rect: ProbeRect } | null>;
}

export const FRAME_ANCHOR_KEY = '__quoteCheckFrameAnchor';

export function relayFrameProbe(nonce: string): void {
  const KEY = '__quoteCheckFrameAnchor'; // FRAME_ANCHOR_KEY
  // A probe that has not come by then never will (the frame is gone or refused to answer).
  const WAIT_MS = 5000;
  const isTop = window === window.top;
  let settle: (value: { frame: Element; rect: ProbeRect } | null) => void = () => {};
  if (isTop) {
    const anchor = new Promise<{ frame: Element; rect: ProbeRect } | null>((resolve) => {
      settle = resolve;
    });
    (globalThis as Record<string, unknown>)[KEY] = { nonce, anchor };
  }
  const onMessage = (event: MessageEvent) => {
    const data = event.data as { quoteCheckFrameProbe?: unknown; rect?: ProbeRect } | null;
    if (!data || data.quoteCheckFrameProbe !== nonce || !data.rect) return;
    const frame = Array.from(document.querySelectorAll('iframe, frame')).find(
      (f) => (f as HTMLIFrameElement).contentWindow === event.source,
    );
    if (!frame) return;
    window.removeEventListener('message', onMessage, true);
    const style = getComputedStyle(frame);
    // The frame's content box, from its border box: border, then padding.
    const x = data.rect.x + frame.clientLeft + (Number.parseFloat(style.paddingLeft) || 0);
    const y = data.rect.y + frame.clientTop + (Number.parseFloat(style.paddingTop) || 0);
    const rect = { x, y, width: data.rect.width, height: data.rect.height };
    if (isTop) {
      settle({ frame, rect });
      return;
    }
    const box = frame.getBoundingClientRect();
    window.parent.postMessage(
      { quoteCheckFrameProbe: nonce, rect: { ...rect, x: x + box.left, y: y + box.top } },
      '*',
    );
  };
  window.addEventListener('message', onMessage, true);
  setTimeout(() => {
    window.removeEventListener('message', onMessage, true);
    settle(null);
  }, WAIT_MS);
}

export function sendFrameProbe(nonce: string): boolean {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  let rect: DOMRect | null = null;
  if (active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement) {
    rect = active.getBoundingClientRect();
  } else {
    const selection = window.getSelection();
    if (selection && selection.rangeCount > 0) {
      // The lines that show in this frame's window, as one box (as cardAnchor.ts does).
      const range = selection.getRangeAt(selection.rangeCount - 1);
      const lines = Array.from(range.getClientRects()).filter((r) => r.width > 0 || r.height > 0);
      const shown = lines.filter(
        (r) => r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
      );
      const parts = shown.length > 0 ? shown : lines.slice(-1);
      if (parts.length > 0) {
        const left = Math.min(...parts.map((r) => r.left));
        const top = Math.min(...parts.map((r) => r.top));
        const right = Math.max(...parts.map((r) => r.right));
        const bottom = Math.max(...parts.map((r) => r.bottom));
        rect = new DOMRect(left, top, right - left, bottom - top);
      } else {
        rect = range.getBoundingClientRect();
      }
    }
  }
  if (!rect || window === window.top) return false;
  const { x, y, width, height } = rect;
  window.parent.postMessage({ quoteCheckFrameProbe: nonce, rect: { x, y, width, height } }, '*');
  return true;
}
