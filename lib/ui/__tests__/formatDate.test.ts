import { describe, expect, it } from 'vitest';
import { formatDate } from '../formatDate';

describe('formatDate', () => {
  it('writes English dates day month year', () => {
    expect(formatDate('2021-08-23', 'en')).toBe('23 August 2021');
    expect(formatDate('2020-10-29', 'en-US')).toBe('29 October 2020');
  });

  it('writes Korean dates the Korean way', () => {
    expect(formatDate('2021-08-23', 'ko')).toBe('2021년 8월 23일');
  });

  it('does not move the day across time zones', () => {
    expect(formatDate('2021-01-01', 'en')).toBe('1 January 2021');
  });

  it('refuses what is not a real calendar date', () => {
    expect(formatDate('2021-02-30', 'en')).toBeNull();
    expect(formatDate('23 August 2021', 'en')).toBeNull();
    expect(formatDate('', 'en')).toBeNull();
  });

  it('falls back to English for a locale tag Intl rejects', () => {
    expect(formatDate('2021-08-23', '??')).toBe('23 August 2021');
  });
});
