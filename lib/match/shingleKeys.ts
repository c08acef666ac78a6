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
  const keys = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    keys.add(wordKey(w));
    if (i + 1 < words.length) keys.add(hashString(w + BIGRAM_JOIN + words[i + 1]));
  }
  return [...keys].sort((a, b) => a - b);
}
