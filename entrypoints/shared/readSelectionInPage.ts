/**
 * Runs INSIDE the page, in every frame the browser lets us into (through
 * `scripting.executeScript({ func })`), so it must be self-contained: no imports, no outer
 * variables. Returns the selected text and the text of the paragraph around it, which
 * often names the speaker ("…," Moon said), and what the worker needs to choose among
 * frames: where focus is. It also remembers, in the extension's own world of this frame,
 * the element that had focus, so that closing the card can give focus back to it.
 */
export interface PageSelection {
  text: string;
  /** The selection's paragraph (or nearest block), capped in length; `''` when none. */
  context: string;
}

export interface FramePageSelection extends PageSelection {
  /** This frame's address. */
  url: string;
  /** When focus sits on an `<iframe>` or `<frame>` of this document: its address; else `null`. */
  focusedFrameUrl: string | null;
}

/** The global (in the extension's isolated world of a frame) holding the element to refocus. */
export const FOCUS_RETURN_KEY = '__quoteCheckFocusReturn';

export function readSelectionInPage(): FramePageSelection {
  // A paragraph longer than this is cut around the selection: the attribution sits close by.
  const MAX_CONTEXT_CHARS = 2000;
  const BLOCKS = 'p, li, blockquote, dd, dt, td, th, figcaption, h1, h2, h3, h4, h5, h6, pre';
  // The same name as FOCUS_RETURN_KEY (this function cannot read outer variables).
  const FOCUS_KEY = '__quoteCheckFocusReturn';

  const clip = (block: string, text: string): string => {
    const clean = block.replace(/\s+/g, ' ').trim();
    if (clean.length <= MAX_CONTEXT_CHARS) return clean;
    const at = Math.max(0, clean.indexOf(text.replace(/\s+/g, ' ').trim().slice(0, 40)));
    const start = Math.max(0, at - MAX_CONTEXT_CHARS / 2);
    return clean.slice(start, start + MAX_CONTEXT_CHARS);
  };

  // The focused element, looking into open shadow roots (a web component's text field).
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  (globalThis as Record<string, unknown>)[FOCUS_KEY] =
    active && active !== document.body ? active : null;
  const url = location.href;
  const focusedFrameUrl =
    active?.tagName === 'IFRAME' || active?.tagName === 'FRAME'
      ? (active as HTMLIFrameElement).src || 'about:blank'
      : null;

  // Text selected inside a form field is not part of the document selection.
  if (active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement) {
    const { selectionStart, selectionEnd, value } = active;
    if (selectionStart !== null && selectionEnd !== null && selectionEnd > selectionStart) {
      const text = value.slice(selectionStart, selectionEnd);
      return { text, context: clip(value, text), url, focusedFrameUrl };
    }
  }

  const selection = window.getSelection();
  const text = selection?.toString() ?? '';
  if (!selection || selection.rangeCount === 0 || text.trim() === '') {
    return { text: '', context: '', url, focusedFrameUrl };
  }
  const node = selection.getRangeAt(0).commonAncestorContainer;
  const element = node instanceof Element ? node : node.parentElement;
  const block = element?.closest(BLOCKS) ?? element;
  return { text, context: clip(block?.textContent ?? '', text), url, focusedFrameUrl };
}
