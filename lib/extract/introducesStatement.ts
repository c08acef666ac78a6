import { STATEMENT_NOUNS } from './patterns.ts';

/**
 * True when a sentence introduces a record of someone's words: "released the following
 * statement:", "Statement from Bill Hancock:", "in a letter to members:".
 */
export const introducesStatement = (sentence: string): boolean =>
  /\bthe following\b/i.test(sentence) ||
  sentence
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((w) => STATEMENT_NOUNS.has(w));
