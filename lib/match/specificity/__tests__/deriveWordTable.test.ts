import { describe, expect, it } from 'vitest';
import { deriveWordTable } from '../deriveWordTable';

const OPTIONS = { source: 'test@1', maxBits: 4, stepBits: 0.25 };

describe('deriveWordTable', () => {
  it('folds case, gives each word -log2(share) rounded down to the step, commonest band first', () => {
    // 16 words in all: "the" 8 (1 bit), "what" 2 + 2 = 4 (2 bits), "room" 2 (3 bits).
    const table = deriveWordTable(
      [
        { word: 'the', count: 8 },
        { word: 'What', count: 2 },
        { word: 'what', count: 2 },
        { word: 'room', count: 2 },
        { word: 'maneuver', count: 1 }, // 4 bits: not below maxBits, so left out
        { word: 'zygote', count: 1 },
      ],
      OPTIONS,
    );
    expect(table.source).toBe('test@1');
    expect(table.minBits).toBe(1);
    expect(table.bands[0]).toBe('the');
    expect(table.bands[(2 - 1) / 0.25]).toBe('what');
    expect(table.bands[(3 - 1) / 0.25]).toBe('room');
    expect(table.bands.join(' ')).not.toMatch(/maneuver|zygote|What/);
  });

  it('rounds down, never up: a word never looks rarer than it is', () => {
    // 3 of 7: 1.222 bits, listed as 1.0 (not 1.25).
    const table = deriveWordTable(
      [
        { word: 'a', count: 3 },
        { word: 'b', count: 4 },
      ],
      OPTIONS,
    );
    const bitsOf = (word: string) =>
      table.minBits + table.bands.findIndex((band) => band.split(' ').includes(word)) * 0.25;
    expect(bitsOf('a')).toBe(1);
    expect(-Math.log2(3 / 7)).toBeGreaterThan(1.2);
  });

  it('skips malformed entries (no word, a count that is not positive, a space inside)', () => {
    const table = deriveWordTable(
      [
        { word: 'ok', count: 4 },
        { word: 'two words', count: 4 },
        { word: 'neg', count: -3 },
        { word: 'nan', count: Number.NaN },
        { word: undefined as unknown as string, count: 4 },
      ],
      OPTIONS,
    );
    expect(table.bands.join(' ').split(' ').filter(Boolean)).toEqual(['ok']);
    expect(deriveWordTable([], OPTIONS).bands).toEqual([]);
  });
});
