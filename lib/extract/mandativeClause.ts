import { MANDATIVE_VERBS } from './patterns.ts';
import { isQuoteToken, type Token } from './tokenize.ts';

/** Most tokens of the subject of a subjunctive clause before its "be" ("the charges against Ola Brenn"). */
const MAX_MANDATIVE_SUBJECT = 6;

/** Words that show "be" is no subjunctive, or that the clause has ended before it. */
const NOT_SUBJUNCTIVE = new Set([
  'to',
  'will',
  'would',
  'can',
  'could',
  'should',
  'must',
  'may',
  'might',
  'shall',
  'not',
]);

/**
 * Index of the clause a verb of MANDATIVE_VERBS at `v` reports: after "that", or right after
 * the verb when a short subject and a subjunctive "be" follow ("recommended the fine be
 * upheld"). Null otherwise ("recommended a new bridge", "recommended him to the board").
 */
export function mandativeClause(tokens: readonly Token[], v: number): number | null {
  if (!MANDATIVE_VERBS.has(tokens[v]?.word ?? '')) return null;
  if (tokens[v + 1]?.word === 'that') return tokens[v + 2] ? v + 2 : null;
  for (let k = v + 2; k <= v + 1 + MAX_MANDATIVE_SUBJECT && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.text === ',' || isQuoteToken(t) || NOT_SUBJUNCTIVE.has(t.word)) return null;
    if (t.text === 'be') return NOT_SUBJUNCTIVE.has(tokens[v + 1]!.word) ? null : v + 1;
  }
  return null;
}
