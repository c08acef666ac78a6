/**
 * Text normalisation that keeps a map back to the original string, so that a match
 * found in normalised text can be shown (and diffed) in the text as printed.
 *
 * Steps, per grapheme-ish cluster (a base code point and its combining marks):
 * control and format characters dropped; every quote mark folded to `"` or `'`;
 * every dash to `-`; `…` to `...`; any whitespace run to one space; Unicode NFKC;
 * lower case. Leading and trailing spaces are trimmed.
 */
import { foldChar } from './foldChar';

export interface NormalizedText {
  /** The normalised text. */
  text: string;
  /** `starts[i]`: index in the original of the character that produced `text[i]`. */
  starts: number[];
  /** `ends[i]`: index just after that original character (cluster). */
  ends: number[];
}

/**
 * What NFKC must see together: a Hangul syllable spelled in conjoining jamo (leading,
 * vowel, trailing consonant), or a syllable followed by trailing jamo; otherwise a base
 * code point followed by its combining marks.
 */
const CLUSTER =
  /[\u1100-\u115f\ua960-\ua97c]+[\u1160-\u11a7\ud7b0-\ud7c6]*[\u11a8-\u11ff\ud7cb-\ud7fb]*|[\uac00-\ud7a3][\u11a8-\u11ff\ud7cb-\ud7fb]+|\P{M}\p{M}*|\p{M}+/suy;

/** Below this code unit nothing combines with a preceding character (combining marks start at U+0300). */
const FIRST_COMBINING = 0x300;
/** Printable ASCII, folded once: most text is mostly ASCII, and this is the hot path. */
const ASCII = Array.from({ length: 128 }, (_, c) => foldChar(String.fromCharCode(c)));

export function normalize(original: string): NormalizedText {
  const starts: number[] = [];
  const ends: number[] = [];
  return { text: fold(original, starts, ends), starts, ends };
}

/**
 * The normalised text alone, without the map back to the original: what the index needs
 * of every document it builds (`documentWords`), at about half the cost.
 */
export function normalizeText(original: string): string {
  // Most text of the English-language press is printable ASCII: folded in three passes.
  if (PLAIN_ASCII.test(original)) {
    return original
      .replace(ASCII_SPACE, ' ')
      .replaceAll('`', "'")
      .toLowerCase()
      .replace(SPACE_RUNS, ' ')
      .trim();
  }
  return fold(original, null, null);
}

/** Printable ASCII and the white space it uses; ASCII's other controls are dropped by `fold`. */
const PLAIN_ASCII = /^[\t\n\v\f\r\x20-\x7e]*$/;
const ASCII_SPACE = /[\t\n\v\f\r]/g;
const SPACE_RUNS = / {2,}/g;

/** The one normalisation; fills `starts`/`ends` when given. */
function fold(original: string, starts: number[] | null, ends: number[] | null): string {
  const out: string[] = [];
  let pendingSpace = false;
  let i = 0;
  while (i < original.length) {
    const start = i;
    let folded: string;
    const code = original.charCodeAt(i);
    const next = i + 1 < original.length ? original.charCodeAt(i + 1) : 0;
    if (code < 128 && next < FIRST_COMBINING) {
      folded = ASCII[code]!;
      i++;
    } else {
      CLUSTER.lastIndex = i;
      const m = CLUSTER.exec(original);
      const cluster = m ? m[0] : original[i]!;
      folded = foldChar(cluster);
      i += cluster.length;
    }
    const end = i;
    if (folded === '') continue;
    if (folded === ' ') {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) {
      out.push(' ');
      starts?.push(start);
      ends?.push(start);
      pendingSpace = false;
    }
    out.push(folded);
    if (starts === null || ends === null) continue;
    // One entry per UTF-16 code unit, so that `text[i]` and `starts[i]` agree.
    for (let k = 0; k < folded.length; k++) {
      starts.push(start);
      ends.push(end);
    }
  }
  return out.join('');
}
