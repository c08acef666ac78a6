import { CLAUSE_BREAKS, ROLE_NOUNS } from './patterns.ts';
import type { Token } from './tokenize.ts';
import { withoutArticle } from './withoutArticle.ts';

/** Longest role phrase read before a name ("The health secretary, Miriam Calloway,"). */
const MAX_ROLE_TOKENS = 6;

/**
 * "The health secretary, Miriam Calloway, …", "the Minister for Justice, Mr Dunleavy,
 * told …": the role phrase set off by commas right before a name that starts at token
 * `start` and ends before token `next`, without its article; null when there is none.
 */
export function roleBeforeName(
  tokens: readonly Token[],
  start: number,
  next: number,
  text: string,
): string | null {
  if (tokens[start - 1]?.text !== ',' || tokens[next]?.text !== ',') return null;
  let k = start - 2;
  while (k >= 0 && !CLAUSE_BREAKS.has(tokens[k]!.text)) k--;
  const before = tokens.slice(k + 1, start - 1);
  if (
    before.length === 0 ||
    before.length > MAX_ROLE_TOKENS ||
    !before.some((t) => ROLE_NOUNS.has(t.word))
  )
    return null;
  return withoutArticle(
    text.slice(before[0]!.start, before[before.length - 1]!.end).replace(/^(?:and|or|but)\s+/i, ''),
  );
}
