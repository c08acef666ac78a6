import {
  HEADLINE_SPEECH_VERBS,
  NAME_WORD,
  ROLE_NOUNS,
  SPEAKING_WORDS,
  SPEECH_VERBS,
} from './patterns.ts';

/** A headline that gives someone's words without quotation marks, and whose they are. */
export interface HeadlineWords {
  /** The name as printed ("Ada Quill", "Quill"). */
  name: string;
  /** `[start, end)` of the words in the headline. */
  start: number;
  end: number;
  /** The words speak in the first person ("I", "we", "my", "our" …). */
  firstPerson: boolean;
}

/** A name as a headline prints it before a colon or after a dash: one to four capitalised words. */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}`;
/** "Ada Quill: We will not give up the harbour". */
const NAME_FIRST = new RegExp(String.raw`^(${NAME}):\s+(\S.*\S)$`, 'u');
/** "We will not give up the harbour – Ada Quill". */
const NAME_LAST = new RegExp(String.raw`^(\S.*\S)\s+[-–—]\s+(${NAME})$`, 'u');
/** Fewest words of the words a headline gives (shorter ones are labels: "Quill: Profile"). */
const MIN_WORDS = 4;
/** Quotation marks: a headline that prints them is read by the quotation sieves. */
const MARKS = /[“”"«»‘]|(?<!\p{L})[’']|[’'](?!\p{L})/u;

/** "says", "admits", "slams": a verb a headline puts between a name and the words it gives. */
const headlineVerb = (word: string): boolean =>
  HEADLINE_SPEECH_VERBS.has(word) || (SPEECH_VERBS.has(word) && word.endsWith('s'));

/** Most words of a role before the name ("Harbour Rovers boss"). */
const MAX_ROLE_WORDS = 4;
/** Most capitalised words read back as the name before a verb or the colon. */
const MAX_NAME_WORDS = 4;

/** Where the capitalised words ending just before `end` start (`end` when there are none). */
function nameStart(words: readonly string[], end: number): number {
  let from = end;
  while (from > 0 && end - from < MAX_NAME_WORDS && NAME_WORD.test(words[from - 1]!)) from--;
  return from;
}

/**
 * True for "Rovers boss Ada Quill": a role noun in lower case just before the capitalised
 * words closing the phrase.
 */
function endsInRoleAndName(words: readonly string[]): boolean {
  const from = nameStart(words, words.length);
  const role = words[from - 1];
  return from < words.length && role !== undefined && ROLE_NOUNS.has(role);
}

/**
 * "Harbour boss Quill slams his side: We were second best after the break": a role of up
 * to four words, the name, a verb of speaking and what it is about, then the words after
 * the colon; or "Harbour boss Quill: We were …", a role noun just before the name.
 * Gives `[line, name, words]` as `NAME_FIRST` does, or null.
 */
function nameVerbFirst(text: string): [string, string, string] | null {
  const colon = text.indexOf(': ');
  if (colon < 0) return null;
  const before = text.slice(0, colon).split(/\s+/);
  const said = before.findIndex(
    (w, i) => i > 0 && headlineVerb(w) && NAME_WORD.test(before[i - 1]!),
  );
  // "Rovers boss Quill: We were second best": a role noun, then the name, then the colon.
  const verb = said >= 0 ? said : endsInRoleAndName(before) ? before.length : -1;
  if (verb < 0) return null;
  const from = nameStart(before, verb);
  if (from > MAX_ROLE_WORDS) return null;
  const words = text.slice(colon + 2).trim();
  return words ? [text, before.slice(from, verb).join(' '), words] : null;
}

/**
 * The words a headline gives as one person's without quotation marks, as club sites and
 * British and Irish papers print a press conference's line: "Ada Quill: We were not good
 * enough today", "We were not good enough today – Ada Quill", "Rovers boss Quill slams
 * her side: We were not good enough today". They are that person's words when they speak
 * in the first person ("I", "we", "my", "our" …: `firstPerson`): "Ada Quill: the minister
 * who rebuilt the harbour" is a headline about her, not her words, and "Ada Quill: Harbour
 * cuts not good enough" is her words only when the article quotes her saying them
 * (`headlineEcho`). Whether the name is a person the article names is for the sieve to say.
 */
export function headlineNamedWords(headline: string): HeadlineWords | null {
  const text = headline.trimEnd();
  if (MARKS.test(text)) return null;
  const first = NAME_FIRST.exec(text) ?? nameVerbFirst(text);
  const last = first ? null : NAME_LAST.exec(text);
  const name = first?.[1] ?? last?.[2];
  const words = first?.[2] ?? last?.[1];
  if (!name || !words) return null;
  const lower = words
    .toLowerCase()
    .split(/[^\p{L}’']+/u)
    .filter(Boolean);
  if (lower.length < MIN_WORDS) return null;
  const firstPerson = lower.some((w) => SPEAKING_WORDS.has(w) && !/^you/.test(w));
  const start = first ? text.length - words.length : 0;
  return { name, start, end: start + words.length, firstPerson };
}
