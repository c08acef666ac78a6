import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ByteLine, readLines } from '../readLines';
import { streamOf } from './support';

async function lines(bytes: Uint8Array | string, size: number, max = 1000): Promise<ByteLine[]> {
  const out: ByteLine[] = [];
  for await (const batch of readLines(streamOf(bytes, size).stream, max)) out.push(...batch);
  return out;
}

describe('readLines', () => {
  it('numbers the lines and drops LF and CRLF line ends, whatever the piece size', async () => {
    for (const size of [1, 2, 3, 7, 1000]) {
      const got = await lines('first\r\nsecond\n\nfourth, no line end', size);
      expect(got.map((l) => [l.number, l.text])).toEqual([
        [1, 'first'],
        [2, 'second'],
        [3, ''],
        [4, 'fourth, no line end'],
      ]);
    }
  });

  it('decodes multi-byte characters split across pieces; drops the byte-order mark at the start only', async () => {
    const got = await lines('\uFEFFSéoul — 서울\n\uFEFF“quoted”\n', 1);
    expect(got.map((l) => l.text)).toEqual(['Séoul — 서울', '\uFEFF“quoted”']);
  });

  it('any split of the bytes gives the same lines (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }), { maxLength: 8 }),
        fc.integer({ min: 1, max: 9 }),
        async (parts, size) => {
          const text = parts.map((p) => p.replace(/[\r\n]/g, ' ')).join('\n');
          const got = await lines(text, size, 10_000);
          // A final line end closes the last line; it does not open an empty one.
          const want = text === '' ? [] : text.replace(/\n$/, '').split('\n');
          expect(got.map((l) => l.text)).toEqual(want);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reports an overlong line by number and length, without its text, and reads on', async () => {
    const long = 'x'.repeat(5000);
    const got = await lines(`short\n${long}\nafter`, 100, 1000);
    expect(got[1]).toEqual({ number: 2, text: null, problem: 'too-long', bytes: 5000 });
    expect(got.map((l) => l.text)).toEqual(['short', null, 'after']);
  });

  it('reports a line that is not UTF-8 and keeps the ones around it', async () => {
    const bad = new Uint8Array([0x6f, 0x6b, 0x0a, 0xc3, 0x28, 0x0a, 0x6f, 0x6b]);
    const got = await lines(bad, 2);
    expect(got.map((l) => [l.text, l.problem])).toEqual([
      ['ok', undefined],
      [null, 'not-utf8'],
      ['ok', undefined],
    ]);
  });

  it('stops pulling from the source when the reader stops early', async () => {
    const source = streamOf('a\n'.repeat(1000), 10);
    for await (const _ of readLines(source.stream, 100)) break;
    expect(source.cancelled()).toBe(true);
    expect(source.pulled()).toBeLessThan(100);
  });
});
