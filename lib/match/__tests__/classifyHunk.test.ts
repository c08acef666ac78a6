import { describe, expect, it } from 'vitest';
import { tokenize, wordsOf } from '../../text/tokenize';
import { classifyHunk } from '../classifyHunk';
import { compareWords } from '../compareWords';

const w = (text: string) => wordsOf(tokenize(text));

describe('classifyHunk', () => {
  it('types each kind of change, meaning-bearing first', () => {
    expect(classifyHunk(w(''), w('not'))).toBe('negation');
    expect(classifyHunk(w("can't"), w('can'))).toBe('negation');
    expect(classifyHunk(w('four'), w('eight'))).toBe('number');
    expect(classifyHunk(w('41'), w('14'))).toBe('number');
    expect(classifyHunk(w('open'), w('closed'))).toBe('antonym');
    expect(classifyHunk(w('[Korea]'), w(''))).toBe('editorial');
    expect(classifyHunk(w(''), w('[Korea]'))).toBe('editorial');
    expect(classifyHunk(w('own room'), w(''))).toBe('omission');
    expect(classifyHunk(w(''), w('foolishly'))).toBe('insertion');
    expect(classifyHunk(w('relations'), w('trade'))).toBe('substitution');
  });

  it('does not read "no" in "no matter" as a negation', () => {
    expect(classifyHunk(w(''), w('no matter which government comes next'))).toBe('insertion');
    expect(classifyHunk(w(''), w('no government comes next'))).toBe('negation');
  });
});

describe('compareWords', () => {
  it('accepts spelling variants of one word', () => {
    for (const [a, b] of [
      ['realise', 'realize'],
      ['honour', 'honor'],
      ['centre', 'center'],
      ['denuclearisation', 'denuclearization'],
      ['governmnet', 'government'],
      ["it's", 'its'],
    ]) {
      expect(compareWords(a!, b!), `${a} / ${b}`).toBe('spelling');
    }
  });

  it('never takes numbers, negations, opposites or short words for spellings', () => {
    for (const [a, b] of [
      ['four', 'five'],
      ['2023', '2024'],
      ['not', 'now'],
      ['cannot', 'canno'],
      ['open', 'opens'],
      ['increase', 'decrease'],
      ['restores', 'sanctions'],
    ]) {
      expect(compareWords(a!, b!), `${a} / ${b}`).toBe('different');
    }
    expect(compareWords('peace', 'peace')).toBe('equal');
  });
});
