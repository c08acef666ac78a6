/**
 * Runs INSIDE the page (through `scripting.executeScript({ func })`), so it must be
 * self-contained: no imports, no outer variables. Returns the selected text and the text
 * of the paragraph around it, which often names the speaker ("…," Moon said).
 */
export interface PageSelection {
  text: string;
  /** The selection's paragraph (or nearest block), capped in length; `''` when none. */
  context: string;
}

export function readSelectionInPage(): PageSelection {
  // A paragraph longer than this is cut around the selection: the attribution sits close by.
  const MAX_CONTEXT_CHARS = 2000;
  const BLOCKS = 'p, li, blockquote, dd, dt, td, th, figcaption, h1, h2, h3, h4, h5, h6, pre';

  const clip = (block: string, text: string): string => {
    const clean = block.replace(/\s+/g, ' ').trim();
    if (clean.length <= MAX_CONTEXT_CHARS) return clean;
    const at = Math.max(0, clean.indexOf(text.replace(/\s+/g, ' ').trim().slice(0, 40)));
    const start = Math.max(0, at - MAX_CONTEXT_CHARS / 2);
    return clean.slice(start, start + MAX_CONTEXT_CHARS);
  };

  // Text selected inside a form field is not part of the document selection.
  const active = document.activeElement;
  if (active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement) {
    const { selectionStart, selectionEnd, value } = active;
    if (selectionStart !== null && selectionEnd !== null && selectionEnd > selectionStart) {
      const text = value.slice(selectionStart, selectionEnd);
      return { text, context: clip(value, text) };
    }
  }

  const selection = window.getSelection();
  const text = selection?.toString() ?? '';
  if (!selection || selection.rangeCount === 0 || text.trim() === '') {
    return { text: '', context: '' };
  }
  const node = selection.getRangeAt(0).commonAncestorContainer;
  const element = node instanceof Element ? node : node.parentElement;
  const block = element?.closest(BLOCKS) ?? element;
  return { text, context: clip(block?.textContent ?? '', text) };
}
