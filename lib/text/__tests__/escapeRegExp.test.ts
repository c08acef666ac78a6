import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../escapeRegExp.ts';

describe('escapeRegExp', () => {
  it('matches a name with regex syntax in it literally', () => {
    const name = 'Dr. A. (Ada) Quill+[1]? $5 ^{x}|y\\z*';
    const pattern = new RegExp(`^${escapeRegExp(name)}$`, 'u');
    expect(pattern.test(name)).toBe(true);
    expect(pattern.test(name.replace('.', 'x'))).toBe(false);
  });

  it('leaves letters, digits and spaces alone', () => {
    expect(escapeRegExp('Ada Quill 45')).toBe('Ada Quill 45');
  });
});
