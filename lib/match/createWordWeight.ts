/**
 * How much a shared word says about a match: its inverse document frequency in the
 * index, scaled to (0, 1]. A word no document holds weighs 1; "the" weighs little.
 */
import { findKey } from './retrieveCandidates';
import type { ShingleIndex } from './ShingleIndex';
import { wordKey } from './shingleKeys';

/** Weights remembered between checks; forgotten when there are more than this many. */
const CACHE_LIMIT = 20_000;

export function createWordWeight(index: ShingleIndex): (word: string) => number {
  const top = Math.log(1 + index.docCount);
  const cache = new Map<string, number>();
  return (word: string) => {
    let w = cache.get(word);
    if (w === undefined) {
      const at = findKey(index.keys, wordKey(word));
      const df = at < 0 ? 0 : index.offsets[at + 1]! - index.offsets[at]!;
      w = df === 0 || top === 0 ? 1 : Math.log(1 + index.docCount / df) / top;
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(word, w);
    }
    return w;
  };
}
