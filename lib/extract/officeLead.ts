import { PORTFOLIO_JOINERS, PORTFOLIO_WORDS, TITLES } from './patterns.ts';
import { isCapitalized, type Token } from './tokenize.ts';

/** Most capitalised words of an office before its title word ("Federal Minister", "Acting Deputy Minister"). */
const MAX_OFFICE_WORDS = 3;

/**
 * True when the name run `run`, starting at token `at`, follows an office that opens the
 * sentence, or a clause after a comma, semicolon or colon: the title word, "for" or "of",
 * then the portfolio ("Minister for Defence Ada Quill on Friday invited …", "Federal
 * Secretary of Trade and Industry Ada Quill visited …"). The preposition breaks the
 * capitalised run, so the run holding the name opens with a portfolio word and stands
 * after "for": still the clause's subject, as if the office were one title.
 */
export function officeLead(tokens: readonly Token[], at: number, run: readonly Token[]): boolean {
  // (The run must hold more than the portfolio: "Information" of "Information and Broadcasting".)
  if (!PORTFOLIO_WORDS.has(run[0]?.word ?? '') || run.every((t) => PORTFOLIO_WORDS.has(t.word)))
    return false;
  let k = at - 1;
  while (k >= 0 && (PORTFOLIO_JOINERS.has(tokens[k]!.text) || PORTFOLIO_WORDS.has(tokens[k]!.word)))
    k--;
  if (!/^(?:for|of)$/.test(tokens[k]?.text ?? '') || !TITLES.has(tokens[k - 1]?.text ?? ''))
    return false;
  let first = k - 1;
  while (first > 0 && k - 1 - first < MAX_OFFICE_WORDS && isCapitalized(tokens[first - 1])) first--;
  // ("The Minister for …": the article is capitalised, so it is read as the office's.)
  return first === 0 || [',', ';', ':'].includes(tokens[first - 1]!.text);
}
