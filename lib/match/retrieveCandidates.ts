/**
 * Candidate documents for a selection, from the inverted indexes of every segment, in
 * two passes:
 *
 * 1. Every key with at most `maxPostings` postings in a segment adds its inverse
 *    document frequency to each document it lists there (rare words and word pairs
 *    find the quote).
 * 2. Each segment's best `pool` documents of pass 1 are then rescored with the common
 *    keys too ("rate of", "agreed to", "economy" in a large corpus), each looked up
 *    with a skip-list cursor in its posting list, so that a quote whose rare words were
 *    edited away is still told apart from the many that share only one rare word.
 *
 * Once the rarer keys have scanned `scanBudget` postings in a segment, the commoner keys
 * left are left out of both passes there: the rare keys have found the candidates, and a
 * long selection of common words would otherwise scan and look up every long list. A key
 * too long to scan met before that is looked up in pass 2, whatever the keys after it scan.
 *
 * Word rarity is counted over all segments together (document frequency summed, over
 * every document of every segment), so a score means the same in every segment and the
 * candidates of all segments are ranked together. Masked (removed) documents are never
 * returned. Cost grows with the selection (its keys, each at most `maxPostings`
 * postings scanned per segment, plus `pool` lookups per common key), not with the corpus.
 */
import type { SegmentEntry } from '../segment/SegmentSet';
import { MATCH_CONFIG } from './config';
import { ScoreTable } from './ScoreTable';
import { shingleKeys } from './shingleKeys';

export interface Candidate {
  /** Which segment of the list searched. */
  seg: number;
  doc: number;
  score: number;
}

/** Scratch space reused from check to check, so a check allocates nothing corpus-sized. */
export interface RetrievalScratch {
  scores: ScoreTable;
  postings: Uint32Array;
}

export const makeScratch = (): RetrievalScratch => ({
  scores: new ScoreTable(),
  postings: new Uint32Array(MATCH_CONFIG.maxPostings),
});

/**
 * Keys in more than this share of all documents ("the", "of") are left out of pass 2:
 * nearly every candidate holds them, so they add the same to all and cost lookups.
 */
const UBIQUITOUS_SHARE = 0.5;

/** A key's part in one segment (`plan`): left out (0), scanned in pass 1, or looked up in pass 2 only. */
const SCAN = 1;
const LOOK_UP = 2;

/** Keys that are scanned even above the posting cap, so a selection of common words still finds something. */
const MIN_KEYS_SCANNED = 2;

export interface RetrievalOptions {
  /** Candidates returned, best first. */
  limit?: number;
  /** Posting lists longer than this are not scanned in pass 1. */
  maxPostings?: number;
  /** Documents of pass 1 (per segment) rescored with the common keys in pass 2. */
  pool?: number;
  /** Postings pass 1 scans per segment; the commoner keys past it are left out. */
  scanBudget?: number;
}

/** One key of the selection: its document frequency over all segments, and where each segment keeps it. */
interface FoundKey {
  df: number;
  /** Per segment: record position, or -1. */
  pos: Int32Array;
  /** Per segment: documents listed. */
  dfs: Uint32Array;
}

export function retrieveCandidates(
  entries: readonly SegmentEntry[],
  words: readonly string[],
  scratch: RetrievalScratch,
  {
    limit = MATCH_CONFIG.candidates,
    maxPostings = MATCH_CONFIG.maxPostings,
    pool = MATCH_CONFIG.retrievalPool,
    scanBudget = MATCH_CONFIG.scanBudget,
  }: RetrievalOptions = {},
): Candidate[] {
  const nSeg = entries.length;
  let docCount = 0;
  for (const e of entries) docCount += e.segment.docCount;
  const found: FoundKey[] = [];
  for (const key of shingleKeys(words)) {
    const pos = new Int32Array(nSeg);
    const dfs = new Uint32Array(nSeg);
    let df = 0;
    entries.forEach((e, s) => {
      const p = e.segment.index.lookup(key);
      pos[s] = p;
      if (p >= 0) {
        dfs[s] = e.segment.index.df(p);
        df += dfs[s]!;
      }
    });
    if (df > 0) found.push({ df, pos, dfs });
  }
  found.sort((a, b) => a.df - b.df);
  const idf = (df: number) => Math.log(1 + docCount / df);
  const all: Candidate[] = [];
  for (let s = 0; s < nSeg; s++) {
    const { segment, deleted } = entries[s]!;
    const index = segment.index;
    const { scores, postings } = scratch;
    // What becomes of each key here, decided in order, the rarest first: scanned in pass 1
    // while the postings scanned stay within the budget, none longer than `maxPostings`
    // (but the first `MIN_KEYS_SCANNED` keys, whatever their length); a longer one met
    // before the budget is spent is looked up in pass 2; keys met once it is spent are
    // left out of both passes.
    const plan = new Uint8Array(found.length);
    let expected = 0;
    for (let k = 0; k < found.length; k++) {
      const key = found[k]!;
      if (key.pos[s]! < 0) continue;
      const local = key.dfs[s]!;
      if (k < MIN_KEYS_SCANNED || (local <= maxPostings && expected < scanBudget)) {
        plan[k] = SCAN;
        expected += Math.min(local, maxPostings);
      } else if (expected < scanBudget) {
        plan[k] = LOOK_UP;
      }
    }
    scores.reset(expected, segment.docCount);
    // Pass 1. `common` keeps the keys left for pass 2, with the last document pass 1
    // already credited for them (-1 when none: a capped scan covers a prefix of the list).
    const common: { pos: number; df: number; credited: number }[] = [];
    for (let k = 0; k < found.length; k++) {
      const key = found[k]!;
      const pos = key.pos[s]!;
      if (plan[k] === LOOK_UP) common.push({ pos, df: key.df, credited: -1 });
      if (plan[k] !== SCAN) continue;
      const local = key.dfs[s]!;
      const w = idf(key.df);
      const n = index.decode(pos, postings, Math.min(maxPostings, postings.length));
      for (let i = 0; i < n; i++) {
        const doc = postings[i]!;
        if (!deleted?.[doc]) scores.add(doc, w);
      }
      if (n < local && n > 0) common.push({ pos, df: key.df, credited: postings[n - 1]! });
    }
    const best = scores.best(Math.max(limit, pool));
    // Pass 2: the common keys, looked up for the pool only, in document order so that
    // each lookup starts where the last one ended.
    const inOrder = [...best].sort((a, b) => a.doc - b.doc);
    const cursor = index.cursor();
    for (const { pos, df, credited } of common) {
      if (df > UBIQUITOUS_SHARE * docCount) continue;
      const w = idf(df);
      cursor.open(pos);
      for (const c of inOrder) {
        if (c.doc <= credited) continue;
        const at = cursor.advance(c.doc);
        if (at < 0) break;
        if (at === c.doc) c.score += w;
      }
    }
    for (const c of best) all.push({ seg: s, doc: c.doc, score: c.score });
  }
  all.sort(byScore);
  return all.slice(0, limit);
}

const byScore = (a: Candidate, b: Candidate) => b.score - a.score || a.seg - b.seg || a.doc - b.doc;
