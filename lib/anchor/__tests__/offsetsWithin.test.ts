import { describe, expect, it } from 'vitest';
import { offsetsWithin } from '../offsetsWithin';

describe('offsetsWithin', () => {
  it('keeps whole, ordered offsets inside the text', () => {
    expect(offsetsWithin({ start: 0, end: 5 }, 5)).toEqual({ start: 0, end: 5 });
    expect(offsetsWithin({ start: 3, end: 3, extra: 1 }, 5)).toEqual({ start: 3, end: 3 });
  });
  it('refuses anything else', () => {
    for (const bad of [
      null,
      undefined,
      7,
      'x',
      {},
      { start: -1, end: 2 },
      { start: 3, end: 2 },
      { start: 0, end: 6 },
      { start: 0.5, end: 2 },
      { start: '0', end: 2 },
      { start: Number.NaN, end: 2 },
    ]) {
      expect(offsetsWithin(bad, 5), JSON.stringify(bad)).toBeNull();
    }
  });
});
