import { givenName } from './givenNames.ts';
import type { PeopleIndex } from './PeopleIndex.ts';
import type { BodyLine } from './types.ts';
import { wideGivenName } from './wideGivenName.ts';

/** A word printed in capitals: two letters or more, an apostrophe or hyphen inside ("O’DOWD"). */
const CAPITALS_WORD = /^\p{Lu}{2,}(?:['’-]\p{Lu}+)*$/u;
/** A word with a letter in lower case: where the lede's capitals end. */
const LOWER_WORD = /\p{Ll}/u;

/** A given name the curated list knows, or the wide list gives to one sex ("Lina"). */
const isGiven = (word: string) =>
  givenName(word) !== undefined || ['m', 'f'].includes(wideGivenName(word) ?? '');

/** "ADA" → "Ada", "O’DOWD" → "O’Dowd", "QUILL-BRUN" → "Quill-Brun". */
const capitalise = (word: string) =>
  word
    .toLowerCase()
    .replace(/(^|['’-])(\p{Ll})/gu, (_, mark: string, c: string) => mark + c.toUpperCase());

/**
 * A paragraph that opens with its first words in capitals, as some papers print a lede
 * ("ADA QUILL WATCHED from the bank as …"): a known given name and the word after it there
 * are a full name, which the article may never print in lower case again. Like a caption's
 * full name it registers nobody and only completes a surname the text uses alone ("Quill
 * said"), see `PeopleIndex.noteCaptionName`; a verb in capitals after the name is left out.
 */
export function noteCapitalsLede(people: PeopleIndex, lines: readonly BodyLine[]): void {
  for (const line of lines) {
    if (line.role !== 'body' && line.role !== 'headline') continue;
    const words = line.text.trim().split(/\s+/);
    const end = words.findIndex((w) => LOWER_WORD.test(w));
    // Capitals over the whole line are a headline's or a shouted paragraph's, no lede.
    if (end < 2) continue;
    const opening = words.slice(0, end).map((w) => w.replace(/[,;:.]+$/, ''));
    if (!opening.every((w) => CAPITALS_WORD.test(w))) continue;
    const at = opening.findIndex((w, i) => i + 1 < opening.length && isGiven(capitalise(w)));
    if (at >= 0) people.noteCaptionName([capitalise(opening[at]!), capitalise(opening[at + 1]!)]);
  }
}
