import { describe, expect, it } from 'vitest';
import { formatBytes } from '../formatBytes';

describe('formatBytes', () => {
  it('says bytes below a kilobyte, then one decimal below ten of a unit', () => {
    expect(formatBytes(0, 'en')).toBe('0 bytes');
    expect(formatBytes(840, 'en')).toBe('840 bytes');
    expect(formatBytes(12_400, 'en')).toBe('12 KB');
    expect(formatBytes(3_140_000, 'en')).toBe('3.1 MB');
    expect(formatBytes(1_234_000_000, 'en')).toBe('1.2 GB');
    expect(formatBytes(5.5e15, 'en')).toBe('5,500 TB');
  });

  it('writes numbers the locale’s way, and never NaN', () => {
    expect(formatBytes(3_140_000, 'de')).toBe('3,1 MB');
    expect(formatBytes(Number.NaN, 'en')).toBe('0 bytes');
  });
});
