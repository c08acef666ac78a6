import { describe, expect, it } from 'vitest';
import { tokenize, wordsOf } from '../tokenize';

describe('tokenize', () => {
  it('splits words, numbers and punctuation, with offsets into the original', () => {
    const text = 'Some 28,500 US troops, it’s “true”.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.norm)).toEqual([
      'some',
      '28,500',
      'us',
      'troops',
      ',',
      "it's",
      'true',
      '.',
    ]);
    for (const t of tokens)
      expect(text.slice(t.start, t.end).toLowerCase().replace('’', "'")).toBe(t.norm);
  });

  it('marks words inside editorial brackets and parentheses', () => {
    const tokens = wordsOf(
      tokenize('South and North [Korea] alike, the winner (of the election) is'),
    );
    expect(tokens.filter((t) => t.editorial).map((t) => t.norm)).toEqual([
      'korea',
      'of',
      'the',
      'election',
    ]);
  });

  it('reads ellipses as one token and splits hyphenated words', () => {
    expect(tokenize('goal… We ... full-scale').map((t) => `${t.kind}:${t.norm}`)).toEqual([
      'word:goal',
      'ellipsis:...',
      'word:we',
      'ellipsis:...',
      'word:full',
      'word:scale',
    ]);
  });

  it('gives one token per character in scripts written without spaces, words in Hangul', () => {
    expect(wordsOf(tokenize('統一は目標 통일은 목표')).map((t) => t.norm)).toEqual([
      '統',
      '一',
      'は',
      '目',
      '標',
      '통일은',
      '목표',
    ]);
  });

  it('ignores emoji and control characters without failing', () => {
    expect(wordsOf(tokenize('👍🏽\u0000\u202e ok')).map((t) => t.norm)).toEqual(['ok']);
    expect(tokenize('')).toEqual([]);
  });
});
