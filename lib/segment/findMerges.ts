/**
 * Which segments to merge, after Lucene's TieredMergePolicy (re-thought here, not
 * copied): segments are sized by the documents they still hold (so deletions shrink
 * them) and rounded up to a floor, so a stream of one-article segments counts as a few
 * floor-sized ones. The set may hold `segmentsPerTier` segments of each size tier
 * (tiers growing by `maxMergeAtOnce`); over that budget, the cheapest merge of up to
 * `maxMergeAtOnce` segments of similar size is chosen, again and again. A merge is
 * cheap when its inputs are alike in size (low skew: no rewriting a big segment to add
 * a small one), small, and rids many deleted documents. Segments near the largest a
 * merge may make are left alone unless they are mostly deleted.
 */

export interface MergeInfo {
  /** Documents the segment holds, deleted ones included. */
  docs: number;
  /** Documents not deleted. */
  live: number;
}

export const TIERED_POLICY = Object.freeze({
  /** Segments allowed per tier before merging: Lucene's default. */
  segmentsPerTier: 10,
  /** Segments merged at once (and the factor between tiers). */
  maxMergeAtOnce: 10,
  /**
   * Smaller segments count as this many documents: one added article is ~30 quotes, so
   * thirty-odd articles make one floor-sized segment and a tier of them merges in a few
   * milliseconds.
   */
  floorDocs: 1_000,
  /** A merge makes no segment larger than this (about 150 MB of segment at realistic quote length). */
  maxMergedDocs: 1_000_000,
  /** Share of deleted documents in a segment that makes it worth merging anyway. */
  deletedShareAllowed: 0.2,
  /** A merge must make a segment at least this much larger than its largest input. */
  minGrowth: 1.5,
});

export type TieredPolicy = typeof TIERED_POLICY;

/** Groups of indices into `segments`, each to be merged into one segment. */
export function findMerges(
  segments: readonly MergeInfo[],
  policy: TieredPolicy = TIERED_POLICY,
): number[][] {
  const floor = (n: number) => Math.max(n, policy.floorDocs);
  const deletedShare = (s: MergeInfo) => (s.docs === 0 ? 0 : 1 - s.live / s.docs);
  // Too large to merge again, unless mostly deleted.
  let eligible = segments
    .map((s, i) => ({ i, size: s.live, docs: s.docs }))
    .filter(
      (s) =>
        s.size <= policy.maxMergedDocs / 2 ||
        deletedShare(segments[s.i]!) > policy.deletedShareAllowed,
    )
    .sort((a, b) => b.size - a.size || a.i - b.i);
  if (eligible.length === 0) return [];
  const mergeFactor = Math.min(policy.maxMergeAtOnce, policy.segmentsPerTier);
  const total = eligible.reduce((n, s) => n + s.size, 0);
  let level = floor(Math.min(...eligible.map((s) => s.size)));
  let left = total;
  let allowed = 0;
  for (;;) {
    const count = left / level;
    if (count < policy.segmentsPerTier || level >= policy.maxMergedDocs) {
      allowed += Math.ceil(count);
      break;
    }
    allowed += policy.segmentsPerTier;
    left -= policy.segmentsPerTier * level;
    level = Math.min(policy.maxMergedDocs, level * mergeFactor);
  }
  allowed = Math.max(allowed, policy.segmentsPerTier);

  const merges: number[][] = [];
  for (;;) {
    const deleted = eligible.reduce((n, s) => n + (s.docs - s.size), 0);
    const docs = eligible.reduce((n, s) => n + s.docs, 0);
    const tooManyDeleted = docs > 0 && deleted / docs > policy.deletedShareAllowed;
    if (eligible.length <= allowed && !tooManyDeleted) return merges;
    let best: { members: typeof eligible; score: number } | null = null;
    for (let start = 0; start < eligible.length; start++) {
      const members: typeof eligible = [];
      let size = 0;
      for (let j = start; j < eligible.length && members.length < mergeFactor; j++) {
        const s = eligible[j]!;
        if (size + s.size > policy.maxMergedDocs) continue;
        members.push(s);
        size += s.size;
      }
      if (members.length === 0) continue;
      const largest = members[0]!;
      const largestDeleted = deletedShare(segments[largest.i]!) > policy.deletedShareAllowed;
      if (size < largest.size * policy.minGrowth && !largestDeleted) continue;
      if (members.length === 1 && largest.docs === largest.size) continue;
      const floored = members.reduce((n, s) => n + floor(s.size), 0);
      const before = members.reduce((n, s) => n + s.docs, 0);
      const skew = floor(largest.size) / floored;
      const score = skew * (size || 1) ** 0.05 * (before === 0 ? 1 : (size / before) ** 2);
      if (!best || score < best.score) best = { members, score };
    }
    if (!best) return merges;
    merges.push(best.members.map((s) => s.i).sort((a, b) => a - b));
    const taken = new Set(best.members.map((s) => s.i));
    eligible = eligible.filter((s) => !taken.has(s.i));
  }
}
