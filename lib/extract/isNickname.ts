import type { QuoteSpan } from './findQuoteSpans.ts';
import { CLAUSE_WORDS } from './patterns.ts';

/** Most words of a nickname printed in quotation marks inside a name ("Earvin “Magic” Johnson"). */
const MAX_NICKNAME_WORDS = 2;
/** The name word just before the marks: a capitalised word or initials ("J.R.", "Earvin"). */
const WORD_BEFORE = /(?:^|\s)(\p{Lu}[\p{L}’'-]*\.?|(?:\p{Lu}\.){1,3})\s+$/u;
/** The surname right after the marks. */
const WORD_AFTER = /^\s+\p{Lu}[\p{L}’'-]+/u;

/**
 * True when a quoted span is a nickname printed inside a name ("J.R. “Rusty” Norman",
 * "Earvin ‘Magic’ Johnson"): one or two capitalised words in marks, closed in the
 * paragraph, between a name word (not "The" or "In") and a capitalised surname.
 * It is part of the name, never a quotation or a term.
 */
export function isNickname(span: QuoteSpan, paragraph: string): boolean {
  if (span.runsOn || span.open < 0) return false;
  const words = span.text.trim().split(/\s+/);
  if (
    words.length === 0 ||
    words.length > MAX_NICKNAME_WORDS ||
    !words.every((w) => /^\p{Lu}[\p{L}’'-]*$/u.test(w))
  )
    return false;
  const before = WORD_BEFORE.exec(paragraph.slice(0, span.open))?.[1];
  if (!before || CLAUSE_WORDS.has(before.toLowerCase())) return false;
  return WORD_AFTER.test(paragraph.slice(span.close + 1));
}
