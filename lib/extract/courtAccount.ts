import { clauseOpensAt } from './findReported.ts';
import type { Token } from './tokenize.ts';
import { isQuoteToken } from './tokenize.ts';

/** Bodies that hear an account in court reporting ("The court heard …", "the jury was told …"). */
const HEARING_BODIES = new Set(['court', 'jury', 'inquest', 'tribunal', 'hearing', 'trial']);
/** Forms of "be" before "alleged" ("it was alleged", "it has been alleged", "it is alleged"). */
const ALLEGED_LEADS = new Set(['is', 'was', 'has', 'had', 'been']);
/** Forms of "be" after "the allegation(s)" ("The allegations were that …"). */
const ALLEGATION_BE = new Set(['is', 'was', 'are', 'were']);

/**
 * The clause of an account given in court whose teller the sentence does not name: "The
 * court heard (that) CLAUSE", "The jury was told CLAUSE", "It was alleged (that) CLAUSE",
 * "It has been alleged that CLAUSE", "The allegations were that CLAUSE". Court reports put
 * a witness's, a prosecutor's or a garda's words so; the clause is reported speech, its
 * speaker left open (never the court, which only hears). Only at the sentence's start, in
 * a sentence without quotation marks; `[start, end)` of the clause in `text`, or null.
 */
export function courtAccount(
  tokens: readonly Token[],
  text: string,
  sentenceEnd: number,
): { start: number; end: number } | null {
  if (tokens.some(isQuoteToken)) return null;
  const k = accountStart(tokens);
  if (k === null) return null;
  const clause = clauseOpensAt(tokens, k);
  if (clause === null) return null;
  const start = tokens[clause]!.start;
  let end = sentenceEnd;
  while (end > start && /[\s.!?;:,]/.test(text[end - 1]!)) end--;
  return text.slice(start, end).split(/\s+/).length >= MIN_ACCOUNT_WORDS ? { start, end } : null;
}
/** Fewest words of such an account ("he was paid" is one). */
const MIN_ACCOUNT_WORDS = 3;

/** The token after the frame that opens the sentence ("The court heard …": after "heard"), or null. */
function accountStart(tokens: readonly Token[]): number | null {
  const w = (i: number) => tokens[i]?.word ?? '';
  // "The court heard …", "The jury was told …".
  const body = w(0) === 'the' ? 1 : 0;
  if (HEARING_BODIES.has(w(body))) {
    if (w(body + 1) === 'heard') return body + 2;
    if (w(body + 1) === 'was' && w(body + 2) === 'told') return body + 3;
    return null;
  }
  // "It was alleged …", "It has been alleged …".
  if (w(0) === 'it') {
    let i = 1;
    while (ALLEGED_LEADS.has(w(i)) && i <= 3) i++;
    return i > 1 && w(i) === 'alleged' ? i + 1 : null;
  }
  // "The allegations were that …", "The allegation is that …".
  if (body === 1 && /^allegations?$/.test(w(1)) && ALLEGATION_BE.has(w(2)) && w(3) === 'that')
    return 3;
  return null;
}
