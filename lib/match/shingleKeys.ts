/**
 * The keys a text is indexed and looked up under: each pair of adjacent words (a word
 * bigram, hashed) and each word on its own (hashed apart from bigrams). Bigrams find
 * an excerpt in few postings; single words still find a quote whose every other
 * word was changed. Keys are deduplicated and returned sorted.
 */
import { hashString } from './hashString';

/** Separates the two words of a bigram; no normalised word contains it. */
const BIGRAM_JOIN = '\u0001';
/** Seed for single-word keys, so that a word and a bigram never share a key by design. */
const UNIGRAM_SEED = 0x9747b28c;

/** The key of a single word. */
export const wordKey = (word: string): number => hashString(word, UNIGRAM_SEED);

export function shingleKeys(words: readonly string[]): number[] {
  const n = words.length;
  const keys = new Float64Array(2 * n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    keys[k++] = wordKey(w);
    // The bigram's hash runs on from the first word's, through the separator, over the
    // second word: the hash of the joined text, without joining it.
    if (i + 1 < n) keys[k++] = hashString(words[i + 1]!, hashString(BIGRAM_JOIN, hashString(w)));
  }
  const sorted = keys.subarray(0, k).sort();
  const out: number[] = [];
  for (let i = 0; i < k; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) out.push(sorted[i]!);
  return out;
}
