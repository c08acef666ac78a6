import { describe, expect, it } from 'vitest';
import { createWordBits } from '../createWordBits';
import type { WordTable } from '../deriveWordTable';

const TABLE: WordTable = {
  source: 'test',
  minBits: 5,
  stepBits: 0.5,
  maxBits: 20,
  bands: ['the', '', 'to', 'don it'],
};
const bits = createWordBits(TABLE, 12);

describe('createWordBits', () => {
  it('gives a listed word its band’s bits, in any case', () => {
    expect(bits('the')).toBe(5);
    expect(bits('TO')).toBe(6);
    expect(bits('it')).toBe(6.5);
  });

  it('gives a number in figures numberBits', () => {
    expect(bits('4')).toBe(12);
    expect(bits('2,021')).toBe(12);
  });

  it('reads a contraction or possessive by its part before the apostrophe', () => {
    expect(bits("don't")).toBe(6.5);
    expect(bits("it's")).toBe(6.5);
  });

  it('gives anything else maxBits: names, rare words, other scripts', () => {
    expect(bits('pyongyang')).toBe(20);
    expect(bits("korea's")).toBe(20);
    expect(bits('평화')).toBe(20);
  });
});
