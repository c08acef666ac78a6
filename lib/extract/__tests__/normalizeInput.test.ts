import { describe, expect, it } from 'vitest';
import { normalizeInput } from '../normalizeInput.ts';
import { parseArticle } from '../parseArticle.ts';

describe('normalizeInput', () => {
  it('makes every line break one "\\n", keeping the number of lines', () => {
    expect(normalizeInput('a\r\nb\rc\u2028d\u2029e\u0085f\ng')).toBe('a\nb\nc\nd\ne\nf\ng');
  });

  it('turns printed spaces into plain spaces and drops invisible characters', () => {
    expect(normalizeInput('\ufeffLee\u00a0said\u202fit\u200b was\u2060 fine\u00adly')).toBe(
      'Lee said it was finely',
    );
  });

  it('composes decomposed letters and leaves quotation marks and brackets alone', () => {
    expect(normalizeInput('Cafe\u0301 “it’s [sic] ‘fine’” "ok"')).toBe(
      'Café “it’s [sic] ‘fine’” "ok"',
    );
  });

  it('a front matter article behind a byte-order mark is still read as one', () => {
    const text =
      '\ufeff---\r\ntitle: Mayor speaks\r\noutlet: null\r\nurl: null\r\npublished: null\r\ndate_source: null\r\nbyline: null\r\nlanguage: en\r\n---\r\nMayor speaks about the bridge\r\n\r\n“We open in May,” said Mayor Ada Quill.\r\n';
    const parsed = parseArticle('a.md', text);
    expect(parsed.ok && [parsed.value.meta.title, parsed.value.quotes.map((q) => q.text)]).toEqual([
      'Mayor speaks',
      ['We open in May,'],
    ]);
  });
});
