/**
 * How two normalised words relate: the same word, the same word spelled otherwise
 * (`realise`/`realize`, `honour`/`honor`, one slip in a long word), or different.
 * Numbers, negations and opposites are never spelling variants of each other.
 */
import { editDistanceWithin } from '../text/editDistanceWithin';
import { MATCH_CONFIG } from './config';
import { areAntonyms, isNegation, isNumberWord } from './lexicon';

export type WordRelation = 'equal' | 'spelling' | 'different';

/** British/American and other regular spelling pairs, as suffix swaps. */
const SUFFIX_VARIANTS: ReadonlyArray<readonly [string, string]> = [
  ['ise', 'ize'],
  ['ised', 'ized'],
  ['ises', 'izes'],
  ['ising', 'izing'],
  ['isation', 'ization'],
  ['isations', 'izations'],
  ['yse', 'yze'],
  ['our', 'or'],
  ['ours', 'ors'],
  ['tre', 'ter'],
  ['tres', 'ters'],
  ['ogue', 'og'],
  ['elled', 'eled'],
  ['elling', 'eling'],
  ['ence', 'ense'],
];

/** Each pair both ways, in the order they are tried (made once: this runs for many word pairs). */
const SUFFIX_SWAPS: ReadonlyArray<readonly [string, string]> = SUFFIX_VARIANTS.flatMap(([x, y]) => [
  [x, y] as const,
  [y, x] as const,
]);

function suffixVariant(a: string, b: string): boolean {
  for (const [p, q] of SUFFIX_SWAPS) {
    if (a.endsWith(p) && b.endsWith(q) && a.slice(0, -p.length) === b.slice(0, -q.length)) {
      return a.length - p.length >= 3;
    }
  }
  return false;
}

/** Spelling variants start alike and differ in length by at most this much (`catalogue`/`catalog`). */
export const MAX_LENGTH_GAP = 2;

/**
 * Two different words that cannot be spellings of each other, known at a glance (they
 * start otherwise or differ too much in length): the alignment meets such pairs for
 * nearly every cell, so they are told apart before anything costs more.
 */
const plainlyDifferent = (a: string, b: string): boolean =>
  a.charCodeAt(0) !== b.charCodeAt(0) || Math.abs(a.length - b.length) > MAX_LENGTH_GAP;

/** The shortest word a suffix variant can be: a stem of three letters and a two-letter suffix ("color"). */
const SUFFIX_VARIANT_MIN_LENGTH = 5;

export function compareWords(a: string, b: string): WordRelation {
  if (a === b) return 'equal';
  // Cheap rejections first: this runs for every pair of words the alignment meets.
  if (plainlyDifferent(a, b)) return 'different';
  if (
    (a.includes("'") || b.includes("'")) &&
    a.replace(/'/g, '') === b.replace(/'/g, '') &&
    !isNegation(a) &&
    !isNegation(b)
  ) {
    return 'spelling';
  }
  const shorter = Math.min(a.length, b.length);
  if (shorter < SUFFIX_VARIANT_MIN_LENGTH && shorter < MATCH_CONFIG.spellingMinLength)
    return 'different';
  if (isNumberWord(a) || isNumberWord(b) || isNegation(a) || isNegation(b) || areAntonyms(a, b)) {
    return 'different';
  }
  if (suffixVariant(a, b)) return 'spelling';
  if (shorter < MATCH_CONFIG.spellingMinLength) return 'different';
  const allowed = shorter >= MATCH_CONFIG.spellingTwoEditsLength ? 2 : 1;
  return editDistanceWithin(a, b, allowed) <= allowed ? 'spelling' : 'different';
}
