import { parseNameRun } from './parseNameRun.ts';
import { NAME_WORD, ORGANIZATION_WORDS, STATEMENT_NOUNS } from './patterns.ts';
import { tokenize } from './tokenize.ts';

/** Most words of a heading; longer lines are prose. */
const MAX_WORDS = 24;
/** Quotation marks: a heading that has them quotes someone; sentence ends: it is prose. */
const NOT_A_HEADING = /[“”"«»]|[.!?:]$/u;
/** Words of an event or a document's name ("Press Conference", "Report"), never a person's. */
const EVENTS = new Set('conference briefing report summit hearing session show strike'.split(' '));
/** Words before the name that make it one of several people ("Ada Quill and Ben Holt on …"). */
const JOINED = /^(?:and|or|&|with|,)$/iu;

/**
 * The person a heading names as the one whose words follow, with the topic of those words:
 * "Ada Quill on the harbour budget", "Tarrow Freight (TFR) former CEO Ada Quill on why she
 * came back", as interview round-ups and tag pages print a speaker's heading above quoted
 * paragraphs. The words right before "on" are the name, a full name of two words or more
 * (a title before it, "CEO Ada Quill", is kept for the name's reading); the line has no
 * quotation mark, does not end as a sentence does and names one person, not two ("Ada
 * Quill and Ben Holt on …"). Whether that name is a person of the article is for the sieve
 * to say.
 */
export function topicHeadingName(line: string): string | null {
  const text = line.trim();
  if (NOT_A_HEADING.test(text)) return null;
  const words = text.split(/\s+/);
  if (words.length > MAX_WORDS) return null;
  const on = words.indexOf('on');
  if (on < 2 || on === words.length - 1) return null;
  let first = on;
  while (first > 0 && NAME_WORD.test(words[first - 1]!)) first--;
  if (first === on || (first > 0 && JOINED.test(words[first - 1]!))) return null;
  const name = words.slice(first, on).join(' ');
  const run = parseNameRun(tokenize(name));
  if (!run || run.name.length < 2) return null;
  // "Ben Hallam Statement on …", "Regular Press Conference on …", "Wildlife Society
  // Report on …": an event's, a record's or an organisation's name, no speaker's.
  const thing = run.name.some((w) => {
    const lower = w.toLowerCase();
    return ORGANIZATION_WORDS.has(lower) || STATEMENT_NOUNS.has(lower) || EVENTS.has(lower);
  });
  return thing ? null : name;
}
