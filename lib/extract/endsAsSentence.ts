import { isQuoteToken, type Token } from './tokenize.ts';

/**
 * True when a sentence's tokens (offsets in `text`) end as a sentence of a story does: a
 * full stop (glued to its word), a question or exclamation mark, or a quotation. A line
 * without one is a headline or a teaser ("WATCH: Mayor vows to fix the buses"), whose
 * present-tense verbs of promising or calling label a clip or a story, not words the page
 * reports.
 */
export function endsAsSentence(tokens: readonly Token[], text: string): boolean {
  const last = tokens.at(-1);
  if (last === undefined) return false;
  return (
    last.text.endsWith('.') || isQuoteToken(last) || /^[\s"”’)]*[.!?]/.test(text.slice(last.end))
  );
}
