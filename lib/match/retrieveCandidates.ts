/**
 * Candidate documents for a selection, from the shingle index: each shared key adds
 * its inverse document frequency to a document's score. Cost grows with the
 * selection (its keys, each at most `maxPostings` postings), not with the corpus.
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

/** Keys that are scanned even above the posting cap, so a selection of common words still finds something. */
const MIN_KEYS_SCANNED = 2;

export function retrieveCandidates(
  index: ShingleIndex,
  words: readonly string[],
  scratch: RetrievalScratch,
  limit: number = MATCH_CONFIG.candidates,
  maxPostings: number = MATCH_CONFIG.maxPostings,
): Candidate[] {
  const found: { at: number; df: number }[] = [];
  for (const key of shingleKeys(words)) {
    const at = findKey(index.keys, key);
    if (at >= 0) found.push({ at, df: index.offsets[at + 1]! - index.offsets[at]! });
  }
  found.sort((a, b) => a.df - b.df);
  const { scores, touched } = scratch;
  let nTouched = 0;
  for (let k = 0; k < found.length; k++) {
    const { at, df } = found[k]!;
    if (df > maxPostings && k >= MIN_KEYS_SCANNED) break;
    const idf = Math.log(1 + index.docCount / df);
    const from = index.offsets[at]!;
    const to = Math.min(index.offsets[at + 1]!, from + maxPostings);
    for (let i = from; i < to; i++) {
      const doc = index.postings[i]!;
      if (scores[doc] === 0) touched[nTouched++] = doc;
      scores[doc]! += idf;
    }
  }
  const top: Candidate[] = [];
  for (let i = 0; i < nTouched; i++) {
    const doc = touched[i]!;
    const score = scores[doc]!;
    scores[doc] = 0;
    if (top.length < limit || score > top[top.length - 1]!.score) {
      let j = top.length < limit ? top.length : top.length - 1;
      top[j] = { doc, score };
      while (
        j > 0 &&
        (top[j - 1]!.score < score || (top[j - 1]!.score === score && top[j - 1]!.doc > doc))
      ) {
        top[j] = top[j - 1]!;
        top[j - 1] = { doc, score };
        j--;
      }
    }
  }
  return top;
}
