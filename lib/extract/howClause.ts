import type { Token } from './tokenize.ts';

/**
 * Words after "how" that ask a degree or a way ("explained how much it costs", "described
 * how long the wait was", "explained how to apply"): a question or an instruction, not
 * the account of what happened that "described how the flood emptied the farms" gives.
 */
const HOW_DEGREE = new Set(
  'much many far long often soon well little big large old hard to important'.split(' '),
);

/**
 * Index of the clause a verb at `v` reports with "how" ("Brask described how the drought
 * had emptied the farms", "emphasised how gifts helped start a fund"), or null when no
 * "how" follows the verb or it asks a degree or a way ("how much", "how quickly", "how to").
 */
export function howClause(tokens: readonly Token[], v: number): number | null {
  if (tokens[v + 1]?.word !== 'how') return null;
  const next = tokens[v + 2];
  if (!next || HOW_DEGREE.has(next.word) || /ly$/.test(next.word)) return null;
  return v + 2;
}
