import { givenName } from './givenNames.ts';
import { parseNameRun } from './parseNameRun.ts';
import { NAME_WORD, TITLE_SMALL_WORDS } from './patterns.ts';
import { tokenize } from './tokenize.ts';

/**
 * The interviewer saying whom they talked to: "I interviewed Mayor Ada Quill in her
 * office", "we spoke with Ada Quill about …", "We caught up with Ada Quill to ask …".
 */
const ASKER_FIRST =
  /\b(?:I|we|We)\s+(?:recently\s+|also\s+|then\s+)?(?:interviewed|spoke\s+(?:with|to)|talked\s+(?:with|to)|chatted\s+with|sat\s+down\s+with|caught\s+up\s+with)\s+(.+)$/;
/** The interviewee first: "Ada Quill talked to us about …", "Ada Quill spoke with me …". */
const HOST_FIRST = /^(.+?)\s+(?:talked|spoke|chatted)\s+(?:to|with)\s+(?:us|me)\b/;
/** "In this interview, Ada Quill explains …". */
const IN_INTERVIEW = /\bIn\s+this\s+(?:interview|conversation|Q&A),\s+(.+)$/i;
/**
 * What says the words below are an interview's, not an article's: an intro naming someone
 * it talked to may still be a column's ("I spoke with Ada Quill last week. …").
 */
const INTERVIEW_WORDS =
  /\b(?:interview|transcript|Q&A|Q\s*and\s*A|conversation|condensed|edited\s+for\s+(?:length|clarity))\b/i;
/**
 * A press conference's intro naming who answers, without announcing a transcript: "Here is
 * what Rovers manager Ada Quill had to say afterwards", "Rovers manager Ada Quill spoke to
 * reporters after the game", "Ada Quill's post-match press conference". The name closes
 * the phrase (group 1).
 */
const PRESS_INTROS = [
  /\bwhat\s+(.+?)\s+had\s+to\s+say\b/,
  /^(.+?)\s+(?:spoke|talked)\s+to\s+(?:the\s+)?(?:media|reporters|journalists|press)\b/,
  /^(.+?)['’]s\s+(?:(?:post|pre)-match\s+)?(?:press|news)\s+conference\b/,
];
/** Most paragraphs read before the first question for the intro. */
const MAX_INTRO_PARAGRAPHS = 3;

/** The one person an interview's intro names as answering its questions. */
export interface IntroHost {
  /** The name with its title ("Harbour Mayor Ada Quill"). */
  host: string;
  /**
   * True when the intro says whom the interviewer talked to and that the paragraphs below
   * are the interview or its transcript; false for a press conference's intro ("Here is
   * what Ada Quill had to say"), which names who answers but announces no transcript.
   */
  announced: boolean;
}

/**
 * The one person an interview's intro names as answering its questions: the one the
 * interviewer says they talked to, when the intro also says the paragraphs below are an
 * interview or its transcript ("I interviewed Harbour Mayor Ada Quill in her office. Below
 * is the full transcript of our talk."), or the one a press conference's intro names ("Here
 * is what Rovers manager Ada Quill had to say afterwards"). Read in the paragraphs before
 * the first one that asks something; null when they name nobody so, or two people ("we
 * spoke with Ada Quill and Ben Holt").
 */
export function introHost(paragraphs: readonly string[]): IntroHost | null {
  const firstQuestion = paragraphs.findIndex((p) => /\?\s*$/.test(p));
  const intro = paragraphs.slice(0, firstQuestion < 0 ? 0 : firstQuestion);
  if (intro.length === 0 || intro.length > MAX_INTRO_PARAGRAPHS) return null;
  const text = intro.join(' ');
  const interview = INTERVIEW_WORDS.test(text);
  /** Names an interview's intro gives; `true` when it says whom it interviewed. */
  const hosts = new Map<string, boolean>();
  for (const sentence of text.split(/(?<=[.!?…])\s+/)) {
    const after = ASKER_FIRST.exec(sentence)?.[1] ?? IN_INTERVIEW.exec(sentence)?.[1];
    const asked = after ? leadingName(after) : hostBefore(sentence);
    if (asked && interview) hosts.set(asked, true);
    const pressed = PRESS_INTROS.map((re) => re.exec(sentence)?.[1]).find(Boolean);
    const closing = pressed ? closingName(pressed) : null;
    if (closing && !hosts.has(closing)) hosts.set(closing, false);
  }
  if (hosts.size !== 1) return null;
  const [host, announced] = [...hosts][0]!;
  return { host, announced };
}

/** "Ada Quill talked to us about …": the name before, when all of it is one. */
function hostBefore(sentence: string): string | null {
  const before = HOST_FIRST.exec(sentence)?.[1];
  return before && leadingName(before) === before.trim() ? before.trim() : null;
}

/**
 * The capitalised words a phrase opens with, as one name with its title ("Mayor Ada
 * Quill" of "Mayor Ada Quill (D) in her office"), or null when they are no name of two
 * words or more, or go on to a second person ("Ada Quill and Ben Holt").
 */
function leadingName(phrase: string): string | null {
  const words: string[] = [];
  for (const w of phrase.trim().split(/\s+/)) {
    const bare = w.replace(/[,.;:!?]+$/, '');
    if (!NAME_WORD.test(bare) && !TITLE_SMALL_WORDS.has(bare)) break;
    words.push(bare);
    if (bare !== w) break;
  }
  while (words.length > 0 && TITLE_SMALL_WORDS.has(words.at(-1)!)) words.pop();
  const rest = phrase.trim().split(/\s+/).slice(words.length);
  if (/^(?:and|&)$/.test(rest[0] ?? '')) return null;
  const name = words.join(' ');
  const run = name ? parseNameRun(tokenize(name)) : null;
  return run && run.name.length >= 2 ? name : null;
}

/**
 * The capitalised words that close a phrase, as one name ("Ada Quill" of "Rovers manager
 * Ada Quill"), or null when they are no name of two words or more opening with a given name.
 */
function closingName(phrase: string): string | null {
  const words = phrase.trim().split(/\s+/);
  let from = words.length;
  while (from > 0 && NAME_WORD.test(words[from - 1]!)) from--;
  const name = words.slice(from).join(' ');
  const run = name ? parseNameRun(tokenize(name)) : null;
  // A club or a firm speaks to reporters too ("Harbour Rovers spoke to the media"): only a
  // known given name makes the phrase a person's.
  return run && run.name.length >= 2 && run.title === null && givenName(run.name[0]!) ? name : null;
}
