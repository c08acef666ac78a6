import { CLAUSE_BREAKS, FINITE_VERBS } from './patterns.ts';
import { isQuoteToken, type Token } from './tokenize.ts';

/**
 * Where `marker` stands after the verb at `v` and the short object between them, as in
 * "urged the council | to …" and "accused the board | of …": the marker's index, when at
 * most `maxObject` tokens stand between, none of them a clause's break, a quotation mark
 * or a finite verb; null when no such marker follows.
 */
export function objectThen(
  tokens: readonly Token[],
  v: number,
  marker: string,
  maxObject: number,
): number | null {
  let at = v + 1;
  while (
    at < tokens.length &&
    at - v <= maxObject + 1 &&
    tokens[at]!.word !== marker &&
    !CLAUSE_BREAKS.has(tokens[at]!.text) &&
    !isQuoteToken(tokens[at]) &&
    !FINITE_VERBS.has(tokens[at]!.word)
  )
    at++;
  return tokens[at]?.word === marker ? at : null;
}
