import { countryOf } from './demonyms.ts';
import { CLAUSE_WORDS, TITLE_WORDS_LOWER } from './patterns.ts';

/** A body's short abbreviation as printed ("BJP", "ANC", "PTI"): two or three capitals. */
const SHORT_ACRONYM = /^\p{Lu}{2,3}$/u;
/** Most words of a body's name its initials may stand for ("Bharatiya Janata Party" is "BJP"). */
const MAX_INITIALS = 3;

/**
 * The short abbreviations of bodies a title phrase prints ("BJP" of "the BJP leader"),
 * lower case; with `spelled`, also the initials of every run of two or three
 * capitalised words in it ("Bharatiya Janata Party General Secretary" may be called a
 * "BJP" office). Not a country's ("UK"), an office's ("CEO", "PM") nor a word's ("US").
 */
export function bodyAcronyms(phrase: string, spelled = false): string[] {
  const words = phrase.split(/\s+/).map((w) => w.replace(/[’']s$/, '').replace(/[.,;:]$/, ''));
  const out = words
    .filter(
      (w) =>
        SHORT_ACRONYM.test(w) &&
        countryOf(w) === null &&
        !TITLE_WORDS_LOWER.has(w.toLowerCase()) &&
        !CLAUSE_WORDS.has(w.toLowerCase()),
    )
    .map((w) => w.toLowerCase());
  if (!spelled) return out;
  for (let i = 0; i < words.length; i++) {
    for (let n = 2; n <= MAX_INITIALS && i + n <= words.length; n++) {
      const run = words.slice(i, i + n);
      if (!run.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) break;
      out.push(run.map((w) => w[0]!.toLowerCase()).join(''));
    }
  }
  return out;
}
