/**
 * What fuse.js answers for one pattern against one text with the options the matcher
 * gives it (`ignoreLocation`, `ignoreFieldNorm`, `threshold: 1`, case-sensitive): one
 * minus the fewest edits (insertions, deletions, substitutions of UTF-16 units) that make
 * the pattern a substring of the text, over the pattern's length, with fuse.js's own
 * floor (0.001), its exact-text case (1) and its blank pattern or text (0). fuse.js finds that
 * number by running its bitap once per error count; Myers' bit-vector algorithm (1999)
 * finds it in one pass over the text, which matters when twelve candidates are scored
 * for every check. `fuseSimilarity.test.ts` holds the two to the same answers.
 */

/** Patterns are at most this long (one machine word of bits). */
const FUSE_PATTERN_MAX = 32;

/** One bitmask per pattern character, for ASCII in an array and the rest in a map. */
const ascii = new Int32Array(128);

export function fuseSimilarity(pattern: string, text: string): number {
  const m = pattern.length;
  if (m === 0 || m > FUSE_PATTERN_MAX)
    throw new RangeError('fuseSimilarity: pattern of 1 to 32 units');
  if (pattern.trim() === '' || text.trim() === '') return 0;
  if (text === pattern) return 1;
  ascii.fill(0);
  let other: Map<number, number> | null = null;
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(i);
    if (c < 128) ascii[c] = ascii[c]! | (1 << i);
    else {
      other ??= new Map();
      other.set(c, (other.get(c) ?? 0) | (1 << i));
    }
  }
  const high = 1 << (m - 1);
  let pv = -1;
  let mv = 0;
  let score = m;
  let best = m;
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    const eq = c < 128 ? ascii[c]! : (other?.get(c) ?? 0);
    const xv = eq | mv;
    const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & high) score++;
    else if (mh & high) score--;
    // A match may start anywhere in the text: no carry into the first row.
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score < best) best = score;
  }
  return best >= m ? 0 : 1 - Math.max(0.001, best / m);
}
