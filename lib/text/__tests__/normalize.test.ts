import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize';

describe('normalize', () => {
  it('folds quote marks, dashes, ellipses, spacing and case', () => {
    expect(normalize('  “Peace”  —  it’s «here»…  ').text).toBe('"peace" - it\'s "here"...');
    expect(normalize('„a‟ ‚b‛ 「c」 『d』 `e´').text).toBe('"a" \'b\' "c" "d" \'e\'');
  });

  it('applies NFKC, composes combining marks and drops control characters', () => {
    expect(normalize('ＡＢＣ ﬁ e\u0301').text).toBe('abc fi é');
    expect(normalize('a\u0000b\u200dc\u00ad').text).toBe('abc');
  });

  it('composes Hangul spelled in conjoining jamo', () => {
    const nfd = '통일은 목표'.normalize('NFD');
    expect(nfd.length).toBeGreaterThan(6);
    const n = normalize(nfd);
    expect(n.text).toBe('통일은 목표');
    expect(n.ends[n.text.length - 1]).toBe(nfd.length);
  });

  it('maps every normalised character back to where it came from', () => {
    const original = 'He said, “Ｆine…”\n\tok';
    const n = normalize(original);
    expect(n.starts).toHaveLength(n.text.length);
    expect(n.ends).toHaveLength(n.text.length);
    const f = n.text.indexOf('fine');
    expect(original.slice(n.starts[f], n.ends[f + 3])).toBe('Ｆine');
    const dots = n.text.indexOf('...');
    expect(original.slice(n.starts[dots], n.ends[dots + 2])).toBe('…');
  });

  it('keeps surrogate pairs aligned with the map', () => {
    const original = 'a 👍 b';
    const n = normalize(original);
    expect(n.text).toBe('a 👍 b');
    const b = n.text.indexOf('b');
    expect(original.slice(n.starts[b], n.ends[b])).toBe('b');
  });

  it('returns empty text for whitespace or control characters only', () => {
    expect(normalize(' \n\t\u0007 ').text).toBe('');
  });
});
