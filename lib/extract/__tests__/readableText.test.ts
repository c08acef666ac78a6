import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeInput } from '../normalizeInput.ts';
import { readableText } from '../readableText.ts';

/** What the claim reader read before offsets were kept: the same text, without a map. */
const respaced = (raw: string) =>
  normalizeInput(raw)
    .split(/\n+/)
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter((t) => t !== '')
    .join('\n');

describe('readableText', () => {
  it('collapses spaces, trims lines, drops empty ones and keeps one line break', () => {
    const raw =
      '  “We will\u00a0go on,”\t\tLee  said.  \r\n\r\n\n  Kim\u00adnodded.\u2028Then\u200b rain. ';
    const r = readableText(raw);
    expect(r.text).toBe('“We will go on,” Lee said.\nKimnodded.\nThen rain.');
    expect(r.text).toBe(respaced(raw));
  });

  it('maps a raw offset to the readable character it becomes', () => {
    const raw = '  “We  will go on,”  Lee said.';
    const r = readableText(raw);
    const at = raw.indexOf('Lee');
    expect(r.text.slice(r.toText(at), r.toText(at + 3))).toBe('Lee');
    // An offset inside a run of spaces lands on the next word.
    expect(r.text.slice(r.toText(raw.indexOf('will') - 1)).startsWith('will')).toBe(true);
    expect(r.toText(0)).toBe(0);
    expect(r.toText(raw.length)).toBe(r.text.length);
  });

  it('composes decomposed accents and conjoining jamo as NFC does', () => {
    const raw = 'Cafe\u0301 \u1100\u1161\u11a8 said';
    const r = readableText(raw);
    expect(r.text).toBe(raw.normalize('NFC'));
    const at = raw.indexOf('said');
    expect(r.text.slice(r.toText(at))).toBe('said');
  });

  it('property: the text is what the extractor reads, and every word maps to itself', () => {
    const piece = fc.constantFrom(
      'word',
      'Lee',
      '“',
      '”',
      ' ',
      '  ',
      '\n',
      '\r\n',
      '\u00a0',
      '\u200b',
      '\t',
      'e\u0301',
      '.',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const raw = pieces.join('');
        const r = readableText(raw);
        expect(r.text).toBe(respaced(raw));
        let at = 0;
        for (const p of pieces) {
          if (p === 'word' || p === 'Lee') {
            const from = r.toText(at);
            expect(r.text.slice(from, from + p.length)).toBe(p);
          }
          at += p.length;
        }
      }),
    );
  });
});
