/**
 * Runs INSIDE the page, in every frame the browser lets us into (the `selection` unlisted
 * script, injected with `scripting.executeScript({ files })`, calls it). Returns the
 * selected text, the text of its paragraphs and of the paragraph before them (which often
 * names the speaker: "Lee said:" before a quotation, "he said" after one), and where the
 * selection lies in that text: its DOM offsets (`lib/anchor/offsetsOfRange`), so the claim
 * reader knows exactly which characters were selected instead of searching for them again.
 * Also what the worker needs to choose among frames (where focus is), and it remembers, in
 * the extension's own world of this frame, the element that had focus, so that closing
 * the card can give focus back to it.
 */
import { offsetsOfRange } from '../../lib/anchor/offsetsOfRange';
import type { TextOffsets } from '../../lib/anchor/types';

export interface PageSelection {
  text: string;
  /**
   * The selection's paragraphs, with the paragraph before them, joined by "\n" (each as its
   * element's `textContent`), cut to `MAX_CONTEXT_CHARS` around the selection; `''` when none.
   */
  context: string;
  /** Where the selection lies in `context`; `null` when it could not be measured. */
  at?: TextOffsets | null;
}

export interface FramePageSelection extends PageSelection {
  /** This frame's address and title. */
  url: string;
  title?: string;
  /** When focus sits on an `<iframe>` or `<frame>` of this document: its address; else `null`. */
  focusedFrameUrl: string | null;
}

/** The global (in the extension's isolated world of a frame) holding the element to refocus. */
export const FOCUS_RETURN_KEY = '__quoteCheckFocusReturn';

/**
 * Characters of selection and context sent to the worker: above what the worker reads of a
 * long selection (`SCAN_CONFIG.selectionMaxChars`, 120,000), so the cap it reports is its own;
 * a select-all of a huge page is not copied whole into a message.
 */
const MAX_CONTEXT_CHARS = 200_000;
/** Elements that hold a paragraph of text. */
const BLOCKS = 'p, li, blockquote, dd, dt, td, th, figcaption, h1, h2, h3, h4, h5, h6, pre';

/** A window of `text` at most `MAX_CONTEXT_CHARS` long holding `at` (its start when it cannot all fit). */
function clip(text: string, at: TextOffsets): { context: string; at: TextOffsets } {
  if (text.length <= MAX_CONTEXT_CHARS) return { context: text, at };
  const from = Math.max(0, Math.min(at.start - 2000, text.length - MAX_CONTEXT_CHARS));
  const context = text.slice(from, from + MAX_CONTEXT_CHARS);
  return {
    context,
    at: { start: at.start - from, end: Math.min(at.end - from, context.length) },
  };
}

/** The innermost paragraph element around a node, else its element. */
function blockOf(node: Node): Element | null {
  const element = node instanceof Element ? node : node.parentElement;
  return element?.closest(BLOCKS) ?? element;
}

/**
 * The paragraphs a range runs over, in document order: the blocks of its two ends and every
 * paragraph element between them that holds no other; then the paragraph before the first.
 */
function paragraphsOf(range: Range, first: Element, last: Element): Element[] {
  const blocks = new Set<Element>([first, last]);
  const common = range.commonAncestorContainer;
  const scope = common instanceof Element ? common : common.parentElement;
  if (first !== last && scope) {
    for (const b of scope.querySelectorAll(BLOCKS)) {
      if (!b.querySelector(BLOCKS) && range.intersectsNode(b)) blocks.add(b);
    }
  }
  const ordered = [...blocks].filter((b) => !(b !== first && b !== last && b.contains(first)));
  ordered.sort((a, b) =>
    a === b ? 0 : a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
  );
  const before = previousParagraph(ordered[0] ?? first);
  return before ? [before, ...ordered] : ordered;
}

/** The last paragraph element before `block` in document order that is not around it. */
function previousParagraph(block: Element): Element | null {
  let found: Element | null = null;
  for (const b of block.ownerDocument.querySelectorAll(BLOCKS)) {
    if (b === block || b.contains(block) || block.contains(b)) continue;
    if (b.compareDocumentPosition(block) & Node.DOCUMENT_POSITION_FOLLOWING) found = b;
    else break;
  }
  return found;
}

/** The offset of a range's boundary point in the text of `blocks` joined by "\n". */
function offsetIn(blocks: readonly Element[], node: Node, offset: number): number | null {
  let before = 0;
  for (const b of blocks) {
    if (b.contains(node)) {
      const r = offsetsOfRange(b, {
        startContainer: node,
        startOffset: offset,
        endContainer: node,
        endOffset: offset,
      });
      return r.ok ? before + r.value.start : null;
    }
    before += (b.textContent ?? '').length + 1;
  }
  return null;
}

export function readSelectionInPage(): FramePageSelection {
  // The same name as FOCUS_RETURN_KEY.
  const FOCUS_KEY = '__quoteCheckFocusReturn';

  // The focused element, looking into open shadow roots (a web component's text field).
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  (globalThis as Record<string, unknown>)[FOCUS_KEY] =
    active && active !== document.body ? active : null;
  const url = location.href;
  const title = document.title;
  const focusedFrameUrl =
    active?.tagName === 'IFRAME' || active?.tagName === 'FRAME'
      ? (active as HTMLIFrameElement).src || 'about:blank'
      : null;
  const nothing = { text: '', context: '', at: null, url, title, focusedFrameUrl };

  // Text selected inside a form field is not part of the document selection.
  if (active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement) {
    const { selectionStart, selectionEnd, value } = active;
    if (selectionStart !== null && selectionEnd !== null && selectionEnd > selectionStart) {
      const text = value.slice(selectionStart, selectionEnd).slice(0, MAX_CONTEXT_CHARS);
      return {
        text,
        ...clip(value, { start: selectionStart, end: selectionEnd }),
        url,
        title,
        focusedFrameUrl,
      };
    }
  }

  const selection = window.getSelection();
  const text = (selection?.toString() ?? '').slice(0, MAX_CONTEXT_CHARS);
  if (!selection || selection.rangeCount === 0 || text.trim() === '') return nothing;
  const range = selection.getRangeAt(0);
  const first = blockOf(range.startContainer);
  const last = blockOf(range.endContainer);
  if (!first || !last) return { ...nothing, text };
  const blocks = paragraphsOf(range, first, last);
  const whole = blocks.map((b) => b.textContent ?? '').join('\n');
  const start = offsetIn(blocks, range.startContainer, range.startOffset);
  const end = offsetIn(blocks, range.endContainer, range.endOffset);
  if (start === null || end === null || end < start) {
    return {
      text,
      context: whole.slice(0, MAX_CONTEXT_CHARS),
      at: null,
      url,
      title,
      focusedFrameUrl,
    };
  }
  return { text, ...clip(whole, { start, end }), url, title, focusedFrameUrl };
}
