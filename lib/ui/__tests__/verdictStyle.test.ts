import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../contrastRatio';
import { VERDICT_STYLES, verdictStyle } from '../verdictStyle';

/** WCAG 2 AA for normal text. */
const AA = 4.5;

describe('verdictStyle', () => {
  it('gives every verdict a badge of at most 4 characters', () => {
    for (const style of Object.values(VERDICT_STYLES)) {
      expect([...style.badge].length).toBeGreaterThan(0);
      expect([...style.badge].length).toBeLessThanOrEqual(4);
    }
  });

  it('gives every verdict a colour that carries white text at AA', () => {
    for (const [verdict, style] of Object.entries(VERDICT_STYLES)) {
      expect(contrastRatio(style.color, '#ffffff'), verdict).toBeGreaterThanOrEqual(AA);
    }
  });

  it('tells altered from verbatim by badge and colour', () => {
    expect(verdictStyle('altered').badge).not.toBe(verdictStyle('verbatim').badge);
    expect(verdictStyle('altered').color).not.toBe(verdictStyle('verbatim').color);
  });
});

describe('contrastRatio', () => {
  it('matches the known extremes', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBeCloseTo(1, 5);
  });
});
