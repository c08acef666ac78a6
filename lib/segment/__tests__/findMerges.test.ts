import { describe, expect, it } from 'vitest';
import { findMerges, TIERED_POLICY } from '../findMerges';

const live = (...sizes: number[]) => sizes.map((n) => ({ docs: n, live: n }));

describe('findMerges (tiered)', () => {
  it('merges nothing while the set is within its budget', () => {
    expect(findMerges(live(1_000_000, 30, 30, 30))).toEqual([]);
    expect(findMerges(live(...Array(10).fill(30)))).toEqual([]);
  });

  it('merges the small segments of a long tail together, never the big one with them', () => {
    const sizes = [1_000_000, ...Array(11).fill(30)];
    const merges = findMerges(live(...sizes));
    expect(merges).toHaveLength(1);
    expect(merges[0]).toHaveLength(TIERED_POLICY.maxMergeAtOnce);
    expect(merges[0]).not.toContain(0);
  });

  it('prefers segments of like size (low skew) to rewriting a larger one', () => {
    // Ten segments of 30 and one of 5,000: merging the ten small ones costs least.
    const merges = findMerges(live(5_000, ...Array(10).fill(30)));
    expect(merges).toEqual([[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]]);
  });

  it('merges a segment that is mostly deleted, even alone', () => {
    expect(findMerges([{ docs: 200_000, live: 50_000 }, ...live(100_000)])).toEqual([[0]]);
  });

  it('never puts one segment in two merges, nor makes a segment past the largest allowed', () => {
    const sizes = Array.from({ length: 40 }, (_, i) => 1_000 + i * 10_000);
    const merges = findMerges(live(...sizes));
    const all = merges.flat();
    expect(new Set(all).size).toBe(all.length);
    for (const m of merges) {
      expect(m.reduce((n, i) => n + sizes[i]!, 0)).toBeLessThanOrEqual(TIERED_POLICY.maxMergedDocs);
    }
  });
});
