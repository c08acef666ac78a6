import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScoreTable } from '../ScoreTable';

const adds = (maxDoc: number) =>
  fc.array(fc.tuple(fc.nat({ max: maxDoc }), fc.double({ min: 0.01, max: 20, noNaN: true })), {
    maxLength: 3000,
  });

/** What the table holds, in its order: [document, score] per entry. */
const contents = (table: ScoreTable) =>
  Array.from({ length: table.size }, (_, i) => [table.doc(i), table.score(i)] as const);

/** The same additions into a map: sums in the order added, documents in order of first addition. */
function mapOf(pairs: readonly (readonly [number, number])[]) {
  const expected = new Map<number, number>();
  for (const [doc, score] of pairs) expected.set(doc, (expected.get(doc) ?? 0) + score);
  return [...expected];
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

  it('gives the same documents, order and sums (to the bit) whether it holds one score per document or hashes them', () => {
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
    expect(contents(dense)).toEqual([[7, 2]]);
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
          table.reset(pairs.length, dense ? 3_001 : undefined);
          for (const [doc, score] of pairs) table.add(doc, Math.round(score / 5));
          const sorted = contents(table)
            .map(([doc, score]) => ({ doc, score }))
            .sort((a, b) => b.score - a.score || a.doc - b.doc);
          expect(table.best(limit)).toEqual(sorted.slice(0, limit));
        },
      ),
      { numRuns: 200 },
    );
  });
});
