/**
 * Page text as the extractor reads it, with a map back: the same clean-up as
 * `normalizeInput` (line breaks, odd spaces, invisible characters, NFC), then every line's
 * white space collapsed to one space and trimmed, and empty lines dropped. `toText` turns
 * an offset into the raw text (a DOM selection's place in its paragraph's `textContent`)
 * into an offset into the readable text, so the claim reader and the scan know exactly
 * which characters were selected without searching for them again in re-spaced text.
 */
import { INVISIBLE_CHAR, LINE_BREAK_CHAR, SPACE_CHAR } from './normalizeInput.ts';

export interface ReadableText {
  /** The readable text: lines joined by "\n", each collapsed and trimmed, none empty. */
  text: string;
  /** The readable offset of a raw offset: how many readable characters come from before it. */
  toText(rawOffset: number): number;
}

/**
 * A raw run that reads as a unit: CRLF, a base character with its combining marks, or a
 * Hangul syllable spelled in conjoining jamo (NFC composes each run on its own).
 */
const UNITS = /\r\n|[\u1100-\u115f][\u1160-\u11ff]*|[\s\S]\p{M}*/gu;

export function readableText(raw: string): ReadableText {
  let text = '';
  /** For each readable character, the raw offset it comes from. */
  const from: number[] = [];
  let lineHasText = false;
  let pendingBreak = -1;
  let pendingSpace = -1;
  const emit = (chars: string, at: number) => {
    text += chars;
    for (let i = 0; i < chars.length; i++) from.push(at);
  };
  for (const m of raw.matchAll(UNITS)) {
    const at = m.index;
    let unit = m[0];
    if (LINE_BREAK_CHAR.test(unit)) unit = '\n';
    else unit = unit.replace(SPACE_CHAR, ' ').replace(INVISIBLE_CHAR, '');
    if (unit === '') continue;
    if (unit === '\n') {
      if (lineHasText && pendingBreak < 0) pendingBreak = at;
      lineHasText = false;
      pendingSpace = -1;
      continue;
    }
    if (/^\s$/.test(unit)) {
      if (lineHasText && pendingSpace < 0) pendingSpace = at;
      continue;
    }
    if (pendingBreak >= 0) {
      emit('\n', pendingBreak);
      pendingBreak = -1;
    } else if (pendingSpace >= 0) {
      emit(' ', pendingSpace);
    }
    pendingSpace = -1;
    lineHasText = true;
    emit(unit.normalize('NFC'), at);
  }
  return {
    text,
    toText(rawOffset: number) {
      // The first readable character from at or after the raw offset (binary search).
      let lo = 0;
      let hi = from.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (from[mid]! < rawOffset) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
  };
}
