import { describe, expect, it } from 'vitest';
import { median } from '../median';

describe('median', () => {
  it('takes the middle of the sorted timings, not of their order', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([5, 900, 7, 6, 8])).toBe(7);
  });

  it('takes the upper middle of an even count and leaves its input unsorted', () => {
    const times = [4, 1, 3, 2];
    expect(median(times)).toBe(3);
    expect(times).toEqual([4, 1, 3, 2]);
  });
});
