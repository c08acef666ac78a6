/**
 * Where the benchmark's made-up quotations come from. `zipfSource`: real English words at
 * their real frequencies (the realistic corpus); `grammarSource`: a political-speech
 * grammar of a few hundred words (the stress case: every quote shares most of its
 * vocabulary with thousands of others).
 */
import { createZipfWords } from './createZipfWords';
import { EDIT_WORDS, makeSentence } from './makeSentence';
import { makeZipfQuote } from './makeZipfQuote';
import { pick, type Random } from './mulberry32';

export interface SentenceSource {
  /** Names the corpus in the table. */
  name: string;
  /** A made-up quotation. */
  sentence(rnd: Random): string;
  /** A word an edit puts in place of another or adds. */
  editWord(rnd: Random): string;
}

export const grammarSource: SentenceSource = {
  name: 'grammar',
  sentence: makeSentence,
  editWord: (rnd) => pick(rnd, EDIT_WORDS),
};

export function zipfSource(): SentenceSource {
  const words = createZipfWords();
  return {
    name: 'English',
    sentence: (rnd) => makeZipfQuote(rnd, words),
    editWord: (rnd) => words.drawRare(rnd),
  };
}
