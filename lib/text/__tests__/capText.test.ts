import { describe, expect, it } from 'vitest';
import { capText } from '../capText';

describe('capText', () => {
  it('keeps text within the limit whole', () => {
    expect(capText('five!', 5)).toBe('five!');
  });

  it('cuts at the limit', () => {
    expect(capText('abcdef', 4)).toBe('abcd');
  });

  it('never splits a surrogate pair at the limit: the pair is left out whole', () => {
    const text = `abc${'😀'}def`; // the emoji is units 3 and 4
    expect(capText(text, 4)).toBe('abc');
    expect(capText(text, 5)).toBe('abc😀');
  });
});
