import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScoreTable } from '../ScoreTable';

describe('ScoreTable', () => {
  it('sums the scores added per document, like a map, and forgets them on reset', () => {
    const table = new ScoreTable();
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.nat({ max: 5_000_000 }), fc.double({ min: 0.01, max: 20, noNaN: true })),
          {
            maxLength: 3000,
          },
        ),
        (adds) => {
          table.reset(adds.length);
          const expected = new Map<number, number>();
          for (const [doc, score] of adds) {
            table.add(doc, score);
            expected.set(doc, (expected.get(doc) ?? 0) + score);
          }
          const got = new Map<number, number>();
          for (let i = 0; i < table.size; i++) got.set(table.doc(i), table.score(i));
          expect(got.size).toBe(expected.size);
          for (const [doc, score] of expected) expect(got.get(doc)).toBeCloseTo(score, 9);
        },
      ),
      { numRuns: 200 },
    );
    table.reset(1);
    expect(table.size).toBe(0);
  });
});
