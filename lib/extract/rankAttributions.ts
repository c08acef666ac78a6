import type { Attribution } from './findAttribution.ts';
import { clauseIds } from './findAttribution.ts';
import type { Token } from './tokenize.ts';

/** The attributions of a sentence in the order one quotation should try them. */
export interface RankedAttributions {
  /** Those pointing at this quotation, most likely first. */
  own: Attribution[];
  /** The others of its clause, nearest first: for a quotation none points at ("“…” “…,” he said"). */
  clause: Attribution[];
  /** The others of the sentence, nearest first: the last resort of a full quotation. */
  sentence: Attribution[];
}

/**
 * Orders a sentence's attributions for the quotation at token `quote`: those pointing at
 * it, then the nearest in its own clause, then the nearest elsewhere in the sentence. So
 * "Cho said, “…,” while Ri insisted, “…”" gives each quotation its own speaker, and
 * "“…,” said Park Min-ho, “…”" gives both to Park Min-ho.
 */
export function rankAttributions(
  tokens: readonly Token[],
  attributions: readonly Attribution[],
  quote: number,
): RankedAttributions {
  const clause = clauseIds(tokens);
  const byDistance = (xs: Attribution[]) =>
    xs
      .map((a, i) => ({ a, i }))
      .sort((x, y) => Math.abs(x.a.at - quote) - Math.abs(y.a.at - quote) || x.i - y.i)
      .map((x) => x.a);
  const others = attributions.filter((a) => a.target !== quote);
  return {
    own: attributions.filter((a) => a.target === quote),
    clause: byDistance(others.filter((a) => clause[a.at] === clause[quote])),
    sentence: byDistance(others.filter((a) => clause[a.at] !== clause[quote])),
  };
}
