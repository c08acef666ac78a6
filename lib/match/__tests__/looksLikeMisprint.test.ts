import { describe, expect, it } from 'vitest';
import { documentWords } from '../documentWords';
import { looksLikeMisprint } from '../looksLikeMisprint';

const at = (text: string, word: string) => {
  const words = documentWords(text);
  return looksLikeMisprint(words, words.indexOf(word));
};

describe('looksLikeMisprint', () => {
  it('takes a word that repeats its neighbour but for the ending for a misprint', () => {
    expect(at('the restores would be immediately restored', 'restores')).toBe(true);
    expect(at('we will expand the expands of the market', 'expands')).toBe(true);
  });

  it('does not take two words of one stem for a misprint', () => {
    expect(at('the legal defense is trying to defend the pipeline', 'defense')).toBe(false);
    expect(at('a national nation of traders', 'national')).toBe(false);
    expect(at('restoration would be immediately restored', 'restoration')).toBe(false);
  });

  it('needs a word of five letters or more, and a neighbour within four words', () => {
    expect(at('the cuts would cut', 'cuts')).toBe(false);
    expect(at('the restores would be far more immediately restored', 'restores')).toBe(false);
  });
});
