import { parseNameRun } from './parseNameRun.ts';
import { PLACES, ROLE_NOUNS } from './patterns.ts';
import { tokenize } from './tokenize.ts';

/** A line printed in capitals only (letters, spaces, commas, periods, apostrophes, hyphens). */
const CAPITALS_LINE = /^[\p{Lu}\s.,'’-]+$/u;
/** Fewest and most words of the name ("TODD STERN", "LUIZ ALBERTO FIGUEREIDO"). */
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 3;
/** Most words of the title before the name ("UNITED STATES CLIMATE ENVOY"). */
const MAX_TITLE_WORDS = 5;

/** "TODD" → "Todd", "O'NEILL" → "O'neill" (the name as a person's, for comparing with the article's). */
const fold = (words: readonly string[]) =>
  words.map((w) => w.charAt(0) + w.slice(1).toLowerCase()).join(' ');

/** The words as a person's full name, folded out of capitals, or null. */
function nameOf(words: readonly string[]): string | null {
  if (words.length < MIN_NAME_WORDS || words.length > MAX_NAME_WORDS) return null;
  const lower = words.map((w) => w.toLowerCase());
  if (lower.some((w) => ROLE_NOUNS.has(w) || PLACES.has(w) || !/^\p{L}[\p{L}'’.-]*$/u.test(w)))
    return null;
  const folded = fold(words);
  const run = parseNameRun(tokenize(folded));
  return run && run.title === null && run.name.length === words.length ? folded : null;
}

/**
 * The person a heading printed in capitals names above their quoted words, as wire
 * round-ups of reactions print them: a title ending in a role, then the name ("UNITED
 * STATES CLIMATE ENVOY ADA QUILL"), or the name, a comma and a description ("ADA QUILL,
 * HARBOUR TRUST"). The name comes back folded out of capitals ("Ada Quill"); null for any
 * other line (no role before the name, a title alone, a sentence).
 */
export function capitalsHeadingName(line: string): string | null {
  const text = line.trim();
  if (!CAPITALS_LINE.test(text) || !/\p{Lu}{2}/u.test(text)) return null;
  const comma = text.indexOf(',');
  if (comma > 0) return nameOf(text.slice(0, comma).trim().split(/\s+/));
  const words = text.split(/\s+/);
  const role = words.findLastIndex((w) => ROLE_NOUNS.has(w.toLowerCase()));
  if (role < 0 || role + 1 > MAX_TITLE_WORDS) return null;
  return nameOf(words.slice(role + 1));
}
