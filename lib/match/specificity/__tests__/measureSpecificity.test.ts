import { describe, expect, it } from 'vitest';
import { measureSpecificity } from '../measureSpecificity';

/** Made-up information values: common words under 12 bits, the rest above. */
const BITS: Record<string, number> = { at: 8, any: 10, time: 9, peninsula: 19, sanctions: 20 };
const bits = (word: string) => BITS[word] ?? 20;
const CONFIG = { commonWordBits: 12, predictableShare: 0.3 };

describe('measureSpecificity', () => {
  it('a common word after a common word keeps only predictableShare of its bits', () => {
    // at (8) + any (0.3 × 10) + time (0.3 × 9)
    expect(measureSpecificity(['at', 'any', 'time'], bits, CONFIG)).toBeCloseTo(8 + 3 + 2.7);
  });

  it('a rare word counts in full wherever it stands, and a common word after it too', () => {
    // peninsula (19) + at (8, after a rare word) + sanctions (20)
    expect(measureSpecificity(['peninsula', 'at', 'sanctions'], bits, CONFIG)).toBe(47);
    expect(measureSpecificity(['sanctions', 'any'], bits, CONFIG)).toBe(30);
  });

  it('is the plain sum of bits when nothing is common', () => {
    expect(measureSpecificity(['at', 'any'], bits, { ...CONFIG, commonWordBits: 0 })).toBe(18);
    expect(measureSpecificity([], bits, CONFIG)).toBe(0);
  });
});
