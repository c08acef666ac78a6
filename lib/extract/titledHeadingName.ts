import { parseNameRun } from './parseNameRun.ts';
import { PLACES, ROLE_NOUNS } from './patterns.ts';
import { tokenize } from './tokenize.ts';

/** Most words of the title before the name ("HEAD COACH", "Assistant Head Coach"). */
const MAX_TITLE_WORDS = 4;
/** Fewest and most words of the name after the title ("Ada Quill", "Ada Lin Quill"). */
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 3;
/** A word of a name in mixed case ("Quill", "McAdam", "O’Dell"): capitals alone are a title. */
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*\p{Ll}[\p{L}'’.-]*$/u;
/** Roles of the people who write a page, not of those it quotes: such a line is a byline. */
const WRITERS = new Set('reporter correspondent writer editor columnist author'.split(' '));

/**
 * The person a section heading on a line of its own names, title first, as athletics
 * sites print post-game quotes above their topic lines ("HEAD COACH Ada Quill", "Captain
 * Nell Brackwater"): a few capitalised title words ending in a role noun, then a name of
 * two or three words in mixed case. A byline's title ("Staff reporter Ada Quill"), a place
 * or a line that is anything more names nobody: null.
 */
export function titledHeadingName(line: string): string | null {
  const words = line.trim().split(/\s+/);
  const last = words.findLastIndex((w) => ROLE_NOUNS.has(w.toLowerCase()));
  if (last < 0 || last + 1 > MAX_TITLE_WORDS) return null;
  const title = words.slice(0, last + 1);
  const name = words.slice(last + 1);
  if (name.length < MIN_NAME_WORDS || name.length > MAX_NAME_WORDS) return null;
  if (!title.every((w) => /^\p{Lu}/u.test(w))) return null;
  if (title.some((w) => WRITERS.has(w.toLowerCase()))) return null;
  if (!name.every((w) => NAME_WORD.test(w) && !PLACES.has(w.toLowerCase()))) return null;
  const run = parseNameRun(tokenize(name.join(' ')));
  return run && run.name.length >= MIN_NAME_WORDS ? name.join(' ') : null;
}
