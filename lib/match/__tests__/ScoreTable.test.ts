import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScoreTable } from '../ScoreTable';

const adds = (maxDoc: number) =>
  fc.array(fc.tuple(fc.nat({ max: maxDoc }), fc.double({ min: 0.01, max: 20, noNaN: true })), {
    maxLength: 3000,
  });

/** Every document the table scored, with its score, as it answers: best first. */
const contents = (table: ScoreTable) => table.best(Math.max(1, table.size));

/** The same additions into a map (sums in the order added), ranked as `best` ranks: best first, ties to the lower document. */
function mapOf(pairs: readonly (readonly [number, number])[]) {
  const expected = new Map<number, number>();
  for (const [doc, score] of pairs) expected.set(doc, (expected.get(doc) ?? 0) + score);
  return [...expected]
    .map(([doc, score]) => ({ doc, score }))
    .sort((a, b) => b.score - a.score || a.doc - b.doc);
}

describe('ScoreTable', () => {
  it('sums the scores added per document, like a map, and forgets them on reset', () => {
    const table = new ScoreTable();
    fc.assert(
      fc.property(adds(5_000_000), (pairs) => {
        table.reset(pairs.length);
        for (const [doc, score] of pairs) table.add(doc, score);
        expect(contents(table)).toEqual(mapOf(pairs));
      }),
      { numRuns: 200 },
    );
    table.reset(1);
    expect(table.size).toBe(0);
  });

  it('gives the same documents and sums (to the bit) whether it holds one score per document or hashes them', () => {
    const dense = new ScoreTable();
    const hashed = new ScoreTable();
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 3000 })
          .chain((docCount) => fc.tuple(fc.constant(docCount), adds(docCount - 1))),
        ([docCount, pairs]) => {
          // A segment this small is always held one score per document…
          dense.reset(pairs.length, docCount);
          // …and without its size the table always hashes.
          hashed.reset(pairs.length);
          for (const [doc, score] of pairs) {
            dense.add(doc, score);
            hashed.add(doc, score);
          }
          expect(contents(dense)).toEqual(mapOf(pairs));
          expect(contents(dense)).toEqual(contents(hashed));
        },
      ),
      { numRuns: 200 },
    );
    // Switching layouts between resets leaves nothing behind.
    dense.reset(10);
    expect(dense.size).toBe(0);
    dense.add(7, 1);
    dense.reset(10, 100);
    dense.add(7, 2);
    expect(contents(dense)).toEqual([{ doc: 7, score: 2 }]);
  });

  it('gives its best documents best first, ties to the lower document, as sorting all of them does', () => {
    const table = new ScoreTable();
    fc.assert(
      fc.property(
        adds(3_000),
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 0, max: 1 }),
        (pairs, limit, dense) => {
          // Scores of a few values, so that ties are common.
          const rounded = pairs.map(([doc, score]) => [doc, Math.round(score / 5)] as const);
          table.reset(pairs.length, dense ? 3_001 : undefined);
          for (const [doc, score] of rounded) table.add(doc, score);
          expect(table.best(limit)).toEqual(mapOf(rounded).slice(0, limit));
        },
      ),
      { numRuns: 200 },
    );
  });
});
