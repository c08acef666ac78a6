import { parseNameRun } from './parseNameRun.ts';
import { NAME_WORD, ROLE_NOUNS } from './patterns.ts';
import { tokenize } from './tokenize.ts';

/** Most words of the title before the name ("Assistant Head Coach"). */
const MAX_TITLE_WORDS = 4;
/** Fewest and most words of the name ("Ada Quill", "Ada Lin Quill"): a surname alone is anyone's. */
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 3;
/** Words that make a title a transcript's: "Post Game Quotes", "Press Conference Transcript". */
const TRANSCRIPT_WORDS = /\b(?:quotes|transcript|press conference|presser)\b/i;
/** Roles of the people who write a page, not of those it quotes: such a line is a byline. */
const WRITERS = new Set('reporter correspondent writer editor columnist author'.split(' '));

/**
 * The person a press-conference page's title (or a heading over its answers) names as the
 * one answering, as team sites print them: the title's last part, after a colon or a comma,
 * is a title ending in a role noun and a full name ("Game Vs. Giants: Head Coach Ada Quill",
 * "Head coach Ada Quill"), or a full name alone after words that call the page a transcript
 * ("Post Game Quotes, Ada Quill"). Null for anything else: a sentence, two people, a
 * surname alone, a name with no title on a page that does not call itself a transcript.
 */
export function transcriptTitleName(line: string): string | null {
  const text = line.trim();
  if (/[.!?"“”]$/.test(text) || /\s(?:and|&)\s/.test(text)) return null;
  const parts = text.split(/\s*[:,]\s+/);
  const words = parts.at(-1)!.split(/\s+/);
  const role = words.findLastIndex((w) => ROLE_NOUNS.has(w.toLowerCase()));
  const name = words.slice(role + 1);
  if (name.length < MIN_NAME_WORDS || name.length > MAX_NAME_WORDS) return null;
  if (!name.every((w) => NAME_WORD.test(w) && /\p{Ll}/u.test(w))) return null;
  if (role >= 0) {
    const title = words.slice(0, role + 1);
    if (title.length > MAX_TITLE_WORDS || !/^\p{Lu}/u.test(title[0]!)) return null;
    if (title.some((w) => WRITERS.has(w.toLowerCase()))) return null;
  } else if (words.length !== name.length || parts.length < 2 || !TRANSCRIPT_WORDS.test(text))
    return null;
  const run = parseNameRun(tokenize(name.join(' ')));
  return run && run.name.length >= MIN_NAME_WORDS ? name.join(' ') : null;
}
