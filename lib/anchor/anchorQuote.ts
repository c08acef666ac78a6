/**
 * Maps a quotation back to the live page without touching it: the DOM Range that holds
 * it, found in the root's text (`indexText`), exactly or approximately (`findQuote`), with
 * context and an expected place to choose between repeats. After Hypothesis' anchoring
 * (TextQuoteSelector, TextPosition): the approach, not its code.
 *
 * Build the index once per page with `indexText(root)` and anchor every quotation in it;
 * `anchorQuote(root, …)` does both for one.
 */
import { err, ok, type QcError, type Result } from '../result';
import { normalize } from '../text/normalize';
import { findQuote } from './findQuote';
import { indexText, matchToText, type TextIndex, textToPoints, textToSearch } from './indexText';
import type { Anchor, QuoteSelector } from './types';

export function anchorQuote(root: Node, selector: QuoteSelector): Result<Anchor, QcError> {
  return anchorInIndex(indexText(root), selector);
}

export function anchorInIndex(index: TextIndex, selector: QuoteSelector): Result<Anchor, QcError> {
  const quote = normalize(typeof selector?.exact === 'string' ? selector.exact : '').text;
  if (quote === '') {
    return err({ code: 'anchor-empty-quote', message: 'There is no quotation text to find.' });
  }
  if (index.search.text === '') {
    return err({ code: 'anchor-no-text', message: 'The page part searched holds no text.' });
  }
  const found = findQuote(index.search.text, quote, {
    prefix: selector.prefix ? normalize(selector.prefix).text : undefined,
    suffix: selector.suffix ? normalize(selector.suffix).text : undefined,
    hint:
      typeof selector.hint === 'number' && Number.isFinite(selector.hint)
        ? textToSearch(index, selector.hint)
        : undefined,
  });
  if (!found) {
    return err({
      code: 'anchor-not-found',
      message:
        'The quotation is not in the page, not even with a quarter of its characters changed.',
    });
  }
  const { start, end } = matchToText(index, found.start, found.end);
  const range = rangeOf(index, start, end);
  if (!range.ok) return range;
  return ok({
    range: range.value,
    start,
    end,
    score: found.score,
    method: found.method,
    candidates: found.candidates,
  });
}

/** The DOM Range of `[start, end)` of the root's text. */
export function rangeOf(index: TextIndex, start: number, end: number): Result<Range, QcError> {
  const points = textToPoints(index, start, end);
  if (!points) {
    return err({
      code: 'anchor-bad-offsets',
      message: `Offsets ${start}–${end} are not a stretch of the ${index.length} characters of text.`,
    });
  }
  try {
    const range = index.doc.createRange();
    range.setStart(points.startNode, points.startOffset);
    range.setEnd(points.endNode, points.endOffset);
    return ok(range);
  } catch (e) {
    // A document whose Range cannot be set (a DOM without live ranges, a node gone since
    // the index was made): say so rather than throw into the page.
    return err({
      code: 'anchor-no-range',
      message: `The page did not let a range be set on its text (${e instanceof Error ? e.message : String(e)}).`,
    });
  }
}
