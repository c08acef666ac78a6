/**
 * What the card stands next to, as a Floating UI virtual element whose rectangle is
 * measured afresh at each update (so the card follows the page and its scroll
 * containers): the end of the reader's selection, or the text field holding it, or a
 * selection inside a frame (the frame's `<iframe>` plus where the selection sits in it).
 */
import type { VirtualElement } from '@floating-ui/dom';
import type { ProbeRect } from '../shared/frameProbe';

const toRect = (x: number, y: number, width: number, height: number) =>
  ({ x, y, width, height, left: x, top: y, right: x + width, bottom: y + height }) as DOMRect;

/** The element a node sits in (a text node's parent). */
function elementOf(node: Node): Element | null {
  return node instanceof Element ? node : node.parentElement;
}

/** Whether a rectangle shows at least partly inside the window. */
function inView(rect: DOMRect, win: Window): boolean {
  return (
    rect.bottom > 0 &&
    rect.right > 0 &&
    rect.top < win.innerHeight &&
    rect.left < win.innerWidth &&
    (rect.width > 0 || rect.height > 0)
  );
}

/**
 * The part of the selection that shows in the window, as one rectangle: the card goes
 * right below its last line (next to the end of the selection, even when a long selection
 * runs on below the fold) or right above its first, never over the words the reader
 * chose while there is room. When no line shows, the selection's last line (the card then
 * hides until it is scrolled back).
 */
export function visibleSelectionRect(rects: readonly DOMRect[], win: Window): DOMRect | null {
  const lines = rects.filter((r) => r.width > 0 || r.height > 0);
  const shown = lines.filter((r) => inView(r, win));
  if (shown.length === 0) return lines[lines.length - 1] ?? null;
  const left = Math.min(...shown.map((r) => r.left));
  const top = Math.min(...shown.map((r) => r.top));
  const right = Math.max(...shown.map((r) => r.right));
  const bottom = Math.max(...shown.map((r) => r.bottom));
  return toRect(left, top, right - left, bottom - top);
}

/** The focused element, looking into open shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * The selection's anchor in this document, or `null` when there is nothing to stand next
 * to (nothing selected, or a selection that shows nowhere in the window).
 */
export function selectionAnchor(doc: Document): VirtualElement | null {
  const win = doc.defaultView;
  if (!win) return null;
  const active = deepActiveElement(doc);
  if (active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement) {
    if (!inView(active.getBoundingClientRect(), win)) return null;
    return { getBoundingClientRect: () => active.getBoundingClientRect(), contextElement: active };
  }
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  // A copy: the page may change or clear the selection; the range still marks the words.
  const range = selection.getRangeAt(selection.rangeCount - 1).cloneRange();
  const rectNow = () => visibleSelectionRect(Array.from(range.getClientRects()), win);
  const first = rectNow();
  if (!first || !inView(first, win)) return null;
  return {
    getBoundingClientRect: () => rectNow() ?? range.getBoundingClientRect(),
    contextElement: elementOf(range.endContainer) ?? undefined,
  };
}

/** A range of the page (a quotation the page scan marked): its lines that show, as the selection's. */
export function rangeAnchor(range: Range, win: Window): VirtualElement {
  return {
    getBoundingClientRect: () =>
      visibleSelectionRect(Array.from(range.getClientRects()), win) ??
      range.getBoundingClientRect(),
    contextElement: elementOf(range.endContainer) ?? undefined,
  };
}

/** A selection inside a frame: `rect` is relative to the `<iframe>`'s border box. */
export function frameAnchor(frame: Element, rect: ProbeRect): VirtualElement {
  return {
    getBoundingClientRect: () => {
      const box = frame.getBoundingClientRect();
      return toRect(box.left + rect.x, box.top + rect.y, rect.width, rect.height);
    },
    contextElement: frame,
  };
}

/** No selection to stand next to: the top right corner of the window. */
export function cornerAnchor(win: Window): VirtualElement {
  return {
    getBoundingClientRect: () => {
      const width = win.document.documentElement.clientWidth || win.innerWidth;
      return toRect(width, 0, 0, 0);
    },
  };
}
