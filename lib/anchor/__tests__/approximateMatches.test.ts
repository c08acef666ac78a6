import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { approximateMatches, editDistance } from '../approximateMatches';

describe('approximateMatches', () => {
  it('finds a changed, a missing and an extra character, with both ends', () => {
    expect(approximateMatches('xx the harbour yy', 'the harbor', 2, 5)[0]).toEqual({
      start: 3,
      end: 14,
      errors: 1,
    });
    expect(approximateMatches('we will nt move', 'we will not move', 2, 5)[0]).toEqual({
      start: 0,
      end: 15,
      errors: 1,
    });
    expect(approximateMatches('a recieve b', 'receive', 2, 5)[0]).toMatchObject({ errors: 2 });
  });

  it('finds nothing past the edits allowed, and nothing for an empty pattern', () => {
    expect(approximateMatches('completely different', 'the harbour', 2, 5)).toEqual([]);
    expect(approximateMatches('abc', '', 1, 5)).toEqual([]);
  });

  it('returns separate places, fewest edits first, up to the limit', () => {
    const found = approximateMatches('ferry ... fery ... ferry', 'ferry', 1, 5);
    expect(found.map((f) => f.errors)).toEqual([0, 0, 1]);
    expect(found.map((f) => f.start).sort((a, b) => a - b)).toEqual([0, 10, 19]);
    expect(approximateMatches('ferry ... fery ... ferry', 'ferry', 1, 2)).toHaveLength(2);
  });

  it('property: its best match has the fewest edits any stretch of the text needs', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 14 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c'), minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 3 }),
        (text, pattern, k) => {
          let fewest = Number.POSITIVE_INFINITY;
          for (let i = 0; i <= text.length; i++)
            for (let j = i; j <= text.length; j++)
              fewest = Math.min(fewest, editDistance(text.slice(i, j), pattern));
          const found = approximateMatches(text, pattern, k, 3);
          if (fewest <= k && k < pattern.length && text.length > 0) {
            expect(found[0]?.errors).toBe(fewest);
            const f = found[0]!;
            expect(editDistance(text.slice(f.start, f.end), pattern)).toBe(f.errors);
          } else if (fewest > k) expect(found).toEqual([]);
        },
      ),
      { numRuns: 500 },
    );
  });
});
