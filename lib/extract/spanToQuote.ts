import { CLAUSE_BREAKS } from './patterns.ts';
import { isQuoteToken, type Token } from './tokenize.ts';

/**
 * The reported words from the token at `from` to the sentence's end or the first quotation
 * mark, breaks and closing punctuation trimmed ("to reopen the pier", "of hiding the
 * accounts"): their offsets in `text`, or null when fewer than `minWords` tokens remain.
 */
export function spanToQuote(
  tokens: readonly Token[],
  from: number,
  text: string,
  minWords: number,
): { start: number; end: number } | null {
  const q = tokens.findIndex((u, i) => i >= from && isQuoteToken(u));
  const rest = tokens.slice(from, q < 0 ? tokens.length : q);
  while (rest.length > 0 && CLAUSE_BREAKS.has(rest.at(-1)!.text)) rest.pop();
  if (rest.length < minWords) return null;
  let end = rest.at(-1)!.end;
  while (end > rest[0]!.start && /[\s.!?;:,]/.test(text[end - 1]!)) end--;
  return { start: rest[0]!.start, end };
}
