import type { ArticleParagraph } from '../types.ts';
import { blockText, locateText } from './blockText.ts';

/** Where a quotation starts and ends in the page: text nodes and offsets, as a DOM `Range` takes them. */
export interface DomSpan {
  startNode: Node;
  startOffset: number;
  endNode: Node;
  endOffset: number;
}

/**
 * Maps a quotation's `[start, end)` offsets in an extracted article's text back to the
 * page it was read from: the paragraph's `path` finds its block element again (child
 * indexes from `<html>`), and the block's text is rebuilt the way `readHtmlPage` built it,
 * so each offset lands on the text node and character it came from. `doc` is the page
 * the article was read from, unchanged since (the live page, or the same linkedom
 * document). Null when the paragraph has no path (a headline from metadata) or the
 * page has changed so that the paragraph's text no longer matches.
 */
export function locateQuote(
  doc: Document,
  paragraph: ArticleParagraph,
  paragraphText: string,
  start: number,
  end: number,
): DomSpan | null {
  if (!paragraph.path) return null;
  let el: Element | null = doc.documentElement;
  for (const i of paragraph.path) el = el?.children[i] ?? null;
  if (!el) return null;
  const block = blockText(el);
  if (block.text !== paragraphText) return null;
  const from = locateText(block, start - paragraph.start, 'start');
  const to = locateText(block, end - paragraph.start, 'end');
  if (!from || !to) return null;
  return { startNode: from.node, startOffset: from.offset, endNode: to.node, endOffset: to.offset };
}
