/**
 * Candidate documents for a selection, from the shingle index, in two passes:
 *
 * 1. Every key with at most `maxPostings` postings adds its inverse document frequency
 *    to each document it lists (rare words and word pairs find the quote).
 * 2. The best `pool` documents of pass 1 are then rescored with the common keys too
 *    ("rate of", "agreed to", "economy" in a large corpus), each looked up by binary
 *    search in its posting list, so that a quote whose rare words were edited away is
 *    still told apart from the many that share only one rare word with the selection.
 *
 * Cost grows with the selection (its keys, each at most `maxPostings` postings scanned,
 * plus `pool` lookups per common key), not with the corpus.
 */
import { MATCH_CONFIG } from './config';
import type { ShingleIndex } from './ShingleIndex';
import { shingleKeys } from './shingleKeys';

export interface Candidate {
  doc: number;
  score: number;
}

/** Reusable per-index scratch space, so a query allocates nothing corpus-sized. */
export interface RetrievalScratch {
  scores: Float64Array;
  touched: Uint32Array;
}

export const makeScratch = (index: ShingleIndex): RetrievalScratch => ({
  scores: new Float64Array(index.docCount),
  touched: new Uint32Array(index.docCount),
});

export function findKey(keys: Uint32Array, key: number): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = keys[mid]!;
    if (k === key) return mid;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The first position in the sorted postings `from..to` whose document is `doc` or later. */
function lowerBound(postings: Uint32Array, from: number, to: number, doc: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (postings[mid]! < doc) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Keys in more than this share of all documents ("the", "of") are left out of pass 2:
 * nearly every candidate holds them, so they add the same to all and cost lookups.
 */
const UBIQUITOUS_SHARE = 0.5;

/** Keys that are scanned even above the posting cap, so a selection of common words still finds something. */
const MIN_KEYS_SCANNED = 2;

export interface RetrievalOptions {
  /** Candidates returned, best first. */
  limit?: number;
  /** Posting lists longer than this are not scanned in pass 1. */
  maxPostings?: number;
  /** Documents of pass 1 rescored with the common keys in pass 2. */
  pool?: number;
}

export function retrieveCandidates(
  index: ShingleIndex,
  words: readonly string[],
  scratch: RetrievalScratch,
  {
    limit = MATCH_CONFIG.candidates,
    maxPostings = MATCH_CONFIG.maxPostings,
    pool = MATCH_CONFIG.retrievalPool,
  }: RetrievalOptions = {},
): Candidate[] {
  const found: { at: number; df: number }[] = [];
  for (const key of shingleKeys(words)) {
    const at = findKey(index.keys, key);
    if (at >= 0) found.push({ at, df: index.offsets[at + 1]! - index.offsets[at]! });
  }
  found.sort((a, b) => a.df - b.df);
  const { scores, touched } = scratch;
  const idf = (df: number) => Math.log(1 + index.docCount / df);
  // Pass 1. `common` keeps the keys left for pass 2, with the last document pass 1
  // already credited for them (-1 when none: a capped scan covers a prefix of the list).
  const common: { at: number; df: number; credited: number }[] = [];
  let nTouched = 0;
  for (let k = 0; k < found.length; k++) {
    const { at, df } = found[k]!;
    if (df > maxPostings && k >= MIN_KEYS_SCANNED) {
      common.push({ at, df, credited: -1 });
      continue;
    }
    const w = idf(df);
    const from = index.offsets[at]!;
    const to = Math.min(index.offsets[at + 1]!, from + maxPostings);
    for (let i = from; i < to; i++) {
      const doc = index.postings[i]!;
      if (scores[doc] === 0) touched[nTouched++] = doc;
      scores[doc]! += w;
    }
    if (to < index.offsets[at + 1]!) common.push({ at, df, credited: index.postings[to - 1]! });
  }
  const best = topScored(scores, touched, nTouched, Math.max(limit, pool));
  // Pass 2: the common keys, looked up for the pool only, in document order so that
  // each search starts where the last one ended.
  const inOrder = [...best].sort((a, b) => a.doc - b.doc);
  for (const { at, df, credited } of common) {
    if (df > UBIQUITOUS_SHARE * index.docCount) continue;
    const w = idf(df);
    const end = index.offsets[at + 1]!;
    let p = index.offsets[at]!;
    for (const c of inOrder) {
      if (c.doc <= credited) continue;
      p = lowerBound(index.postings, p, end, c.doc);
      if (p === end) break;
      if (index.postings[p] === c.doc) c.score += w;
    }
  }
  best.sort(byScore);
  return best.slice(0, limit);
}

const byScore = (a: Candidate, b: Candidate) => b.score - a.score || a.doc - b.doc;

/** Whether candidate (score `sa`, doc `da`) ranks below (score `sb`, doc `db`): lower score, or the higher document on a tie. */
const below = (sa: number, da: number, sb: number, db: number) => sa < sb || (sa === sb && da > db);

/**
 * The `limit` best-scoring touched documents, best first (ties to the lower document),
 * clearing the scores. A min-heap of `limit` entries: n·log(limit), whatever n is.
 */
function topScored(
  scores: Float64Array,
  touched: Uint32Array,
  nTouched: number,
  limit: number,
): Candidate[] {
  const hs = new Float64Array(limit);
  const hd = new Uint32Array(limit);
  let size = 0;
  const swap = (a: number, b: number) => {
    const s = hs[a]!;
    const d = hd[a]!;
    hs[a] = hs[b]!;
    hd[a] = hd[b]!;
    hs[b] = s;
    hd[b] = d;
  };
  for (let i = 0; i < nTouched; i++) {
    const doc = touched[i]!;
    const score = scores[doc]!;
    scores[doc] = 0;
    if (size < limit) {
      let j = size++;
      hs[j] = score;
      hd[j] = doc;
      while (j > 0) {
        const parent = (j - 1) >> 1;
        if (!below(hs[j]!, hd[j]!, hs[parent]!, hd[parent]!)) break;
        swap(j, parent);
        j = parent;
      }
    } else if (below(hs[0]!, hd[0]!, score, doc)) {
      hs[0] = score;
      hd[0] = doc;
      let j = 0;
      for (;;) {
        const l = 2 * j + 1;
        const r = l + 1;
        let m = j;
        if (l < size && below(hs[l]!, hd[l]!, hs[m]!, hd[m]!)) m = l;
        if (r < size && below(hs[r]!, hd[r]!, hs[m]!, hd[m]!)) m = r;
        if (m === j) break;
        swap(j, m);
        j = m;
      }
    }
  }
  const top: Candidate[] = [];
  for (let i = 0; i < size; i++) top.push({ doc: hd[i]!, score: hs[i]! });
  return top.sort(byScore);
}
