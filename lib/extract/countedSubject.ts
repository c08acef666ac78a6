import { FINITE_VERBS } from './patterns.ts';
import type { Token } from './tokenize.ts';
import { isQuoteToken } from './tokenize.ts';

/** Nouns of a span of time after a count: "said 10 days ago" opens no clause. */
const TIME_SPAN = /^(?:second|minute|hour|day|week|month|year|time)s?$/;
/**
 * Most tokens of a counted subject before its finite verb: a count, its noun and what goes
 * with it, a list of counts ("17 laptops, 9 routers, four ledgers and three …") or a
 * bracketed name ("230 reports to the (Harbour Fraud Desk)").
 */
const MAX_COUNTED_SUBJECT = 24;
/** Words that end a counted subject without a verb: another clause opens, or a relative one. */
const STOPS = new Set(['that', 'which', 'who', 'while', 'whereas', 'but', ';', ':']);

/**
 * True when a clause opens at `k` with a count and a lower-case noun as its subject, and a
 * finite verb of the closed list comes further on than other subjects take: past commas
 * of a list or an appositive and brackets ("said 230 reports to the (Fraud Desk) were
 * traced …", "said 3,412 homes, housing 11,980 people, have lost power"). The
 * count is read as the subject because "say" and its kin take a clause, and a number right
 * after them is hardly ever their object; a span of time ("said 10 days ago") is not.
 */
export function countedSubject(tokens: readonly Token[], k: number): boolean {
  if (!/^\d[\d,.]*$/.test(tokens[k]?.text ?? '')) return false;
  const noun = tokens[k + 1]?.text ?? '';
  if (!/^\p{Ll}/u.test(noun) || TIME_SPAN.test(noun)) return false;
  for (let n = k + 2; n < tokens.length && n - k <= MAX_COUNTED_SUBJECT; n++) {
    const t = tokens[n]!;
    if (FINITE_VERBS.has(t.word)) return true;
    if (isQuoteToken(t) || STOPS.has(t.word) || STOPS.has(t.text)) return false;
  }
  return false;
}
