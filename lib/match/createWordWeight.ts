/**
 * How much a shared word says about a match: its inverse document frequency over every
 * segment searched, scaled to (0, 1]. A word no document holds weighs 1; "the" weighs little.
 */
import type { SegmentEntry } from '../segment/SegmentSet';
import { wordKey } from './shingleKeys';

/** Weights remembered between checks; forgotten when there are more than this many. */
const CACHE_LIMIT = 20_000;

export function createWordWeight(entries: readonly SegmentEntry[]): (word: string) => number {
  const docCount = entries.reduce((n, e) => n + e.segment.docCount, 0);
  const top = Math.log(1 + docCount);
  const cache = new Map<string, number>();
  return (word: string) => {
    let w = cache.get(word);
    if (w === undefined) {
      const key = wordKey(word);
      let df = 0;
      // Each segment's own count (a word table where its store gave one: no posting read).
      for (const e of entries) df += e.segment.wordDf(key);
      w = df === 0 || top === 0 ? 1 : Math.log(1 + docCount / df) / top;
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(word, w);
    }
    return w;
  };
}
