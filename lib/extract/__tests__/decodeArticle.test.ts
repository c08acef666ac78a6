import { describe, expect, it } from 'vitest';
import { decodeArticle, MAX_ARTICLE_BYTES } from '../decodeArticle.ts';

const bytes = (s: string, enc: BufferEncoding = 'utf8') => new Uint8Array(Buffer.from(s, enc));

describe('decodeArticle', () => {
  it('reads UTF-8, and UTF-16 with a byte-order mark (the mark itself dropped)', () => {
    expect(decodeArticle(bytes('“Hello,” she said.'))).toEqual({
      ok: true,
      value: '“Hello,” she said.',
    });
    expect(decodeArticle(bytes('\ufeff“Hello,” she said.', 'utf16le'))).toEqual({
      ok: true,
      value: '“Hello,” she said.',
    });
    const be = Buffer.from('\ufeffHi there', 'utf16le').swap16();
    expect(decodeArticle(new Uint8Array(be))).toEqual({ ok: true, value: 'Hi there' });
  });

  it('refuses empty, blank, binary, non-UTF-8 and oversized input with a code and a reason', () => {
    const code = (b: Uint8Array) => {
      const r = decodeArticle(b);
      return r.ok ? 'ok' : r.error.code;
    };
    expect(code(new Uint8Array())).toBe('empty');
    expect(code(bytes('\ufeff \n'))).toBe('empty');
    expect(code(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x00]))).toBe('binary');
    expect(code(bytes('Olá, mundo', 'latin1'))).toBe('not-utf8');
    expect(code(new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61))).toBe('too-large');
    expect(code(new Uint8Array(MAX_ARTICLE_BYTES).fill(0x61))).toBe('ok');
  });

  it('names the offset of the first byte that is not UTF-8', () => {
    const at = (b: number[]) => {
      const r = decodeArticle(new Uint8Array(b));
      return r.ok ? null : /offset (\d+)/.exec(r.error.message)?.[1];
    };
    // A Latin-1 "é" (a UTF-8 lead byte) followed by a letter: the "é" is at fault.
    expect(at([...Buffer.from('ab€cd'), 0xe9, 0x41])).toBe('7');
    // A lone continuation byte right after a whole "€".
    expect(at([...Buffer.from('ab€'), 0x80])).toBe('5');
    // A lead byte cut off at the end of the file.
    expect(at([...Buffer.from('abc'), 0xe2, 0x82])).toBe('3');
  });
});
