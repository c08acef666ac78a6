import { colonLikeIntro } from './colonLikeIntro.ts';
import { REPORTING_PARTICIPLES, SPEECH_VERBS, STATEMENT_NOUNS } from './patterns.ts';

/**
 * True when a sentence introduces a record of someone's words: "released the following
 * statement:", "Statement from Ben Hallam:", "in a letter to members:".
 */
export const introducesStatement = (sentence: string): boolean =>
  /\bthe following\b/i.test(sentence) ||
  sentence
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((w) => STATEMENT_NOUNS.has(w));

/** Two to four capitalised words, a name as furniture prints it ("Ada Quill"): a regex source to embed. */
export const CAPITALISED_NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}`;

/**
 * "From Ada Quill, the harbour's senator:", as a blog introduces a letter or a post it
 * copies: "From", a capitalised name, perhaps a description after a comma, the colon.
 * Group 1: the name.
 */
const FROM_NAME = new RegExp(`^From\\s+(${CAPITALISED_NAME})(?:,[^:]{0,80})?:$`, 'u');

/** The name a "From Ada Quill, …:" introduction gives, if the sentence is one. */
export function introducedFrom(sentence: string): string | null {
  return FROM_NAME.exec(sentence.trim())?.[1] ?? null;
}

/** Most words between a speech verb and the colon of an introduction ("told reporters in Seoul on Tuesday:"). */
const MAX_INTRO_TAIL_WORDS = 8;

/**
 * True when a sentence ending in a colon (or where one belongs, `colonLikeIntro`)
 * introduces words printed after it: a record of them ("released the following
 * statement:"), a source ("From Ada Quill, senator:") or a
 * speech verb or participle close to the colon ("…, he
 * said:", "she told reporters after the vote:", "…, with the coach saying:"). A verb followed by a whole clause ("Quill
 * says the crews were paid in full last week:", as radio copy introduces a sound clip) has
 * said its piece: that sentence is reported speech.
 */
export function introducesWords(sentence: string): boolean {
  // ("Ada Quill said;": a semicolon or a comma where the colon belongs, `colonLikeIntro`.)
  if (!sentence.trimEnd().endsWith(':')) return colonLikeIntro(sentence);
  if (introducesStatement(sentence) || introducedFrom(sentence)) return true;
  const words = sentence
    .toLowerCase()
    .split(/[^\p{L}’']+/u)
    .filter(Boolean);
  // ("…, with the club's manager saying:", "…, saying of the injured captain:": a participle
  // of speech introduces them as a verb does.)
  const verb = words.findLastIndex((w) => SPEECH_VERBS.has(w) || REPORTING_PARTICIPLES.has(w));
  return verb >= 0 && words.length - verb - 1 <= MAX_INTRO_TAIL_WORDS;
}
