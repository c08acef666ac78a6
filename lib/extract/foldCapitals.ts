import {
  ADVERBS,
  CLAUSE_WORDS,
  FINITE_VERBS,
  ISSUING_VERBS,
  SPEAKING_WORDS,
  SPEECH_PARTICIPLES,
  SPEECH_VERBS,
} from './patterns.ts';

/** Fewest words, and least share of letters in capitals, of a paragraph printed in capitals. */
const MIN_WORDS = 8;
const MIN_CAPITALS_SHARE = 0.9;
/** Words a sentence keeps in lower case: grammar, speech verbs, pronouns, auxiliaries. */
const LOWER = [
  CLAUSE_WORDS,
  SPEECH_VERBS,
  SPEECH_PARTICIPLES,
  FINITE_VERBS,
  SPEAKING_WORDS,
  ADVERBS,
  ISSUING_VERBS,
];
const lowerWord = (w: string) => LOWER.some((set) => set.has(w));

/**
 * A paragraph printed all in capitals (a radio station's copy: "SHERIFF ADA QUILL SAYS THE
 * FERRY …") as the extractor can read it: its grammar words and speech verbs in lower case,
 * every other word capitalised ("Sheriff Ada Quill says the Ferry …"), so that names and
 * verbs are told apart. Any other paragraph, or one whose case cannot change letter for
 * letter, comes back as it is: offsets into it are offsets into the page's text.
 */
export function foldCapitals(text: string): string {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const capitals = letters.replace(/[^\p{Lu}]/gu, '').length;
  if (text.split(/\s+/).length < MIN_WORDS || capitals < MIN_CAPITALS_SHARE * letters.length)
    return text;
  const folded = text.replace(/\p{L}[\p{L}'’]*/gu, (w) => {
    const lower = w.toLowerCase();
    return lowerWord(lower) ? lower : lower.charAt(0).toUpperCase() + lower.slice(1);
  });
  return folded.length === text.length ? folded : text;
}
