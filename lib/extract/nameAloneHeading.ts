import { parseNameRun } from './parseNameRun.ts';
import { PLACES, ROLE_NOUNS } from './patterns.ts';
import { tokenize } from './tokenize.ts';

/** Fewest and most words of the name: a surname alone may be anyone's, four words a title. */
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 3;

/**
 * The person a line holding nothing but a full name in ordinary case names ("Ada Quill"
 * printed as a heading over her quoted paragraphs, as a club's page of press-conference
 * reactions prints each speaker), or null: a title, a role, a place, punctuation or any
 * other word on the line makes it no bare name. Whether the heading is trusted as the
 * speaker's is the caller's (the headline or standfirst must name the same person).
 */
export function nameAloneHeading(line: string): string | null {
  const text = line.trim();
  const words = text.split(/\s+/);
  if (words.length < MIN_NAME_WORDS || words.length > MAX_NAME_WORDS) return null;
  if (!words.every((w) => /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(w))) return null;
  if (words.some((w) => ROLE_NOUNS.has(w.toLowerCase()) || PLACES.has(w.toLowerCase())))
    return null;
  const run = parseNameRun(tokenize(text));
  return run && run.title === null && run.name.length === words.length ? text : null;
}
