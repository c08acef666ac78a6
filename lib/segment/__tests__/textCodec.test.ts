import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteWriter } from '../ByteWriter';
import { readCodewords, writeCodeword } from '../etdc';
import { isWordRun, textRuns } from '../textRuns';

/** Joins runs as the decoder does: a space between two word runs. */
const join = (runs: readonly string[]) =>
  runs.reduce(
    (out, run, i) => out + (i > 0 && isWordRun(run) && isWordRun(runs[i - 1]!) ? ' ' : '') + run,
    '',
  );

describe('the text codec', () => {
  it('cuts any text into runs that give it back exactly', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(join(textRuns(text))).toBe(text);
      }),
      { numRuns: 500 },
    );
    expect(textRuns('We will, I think.')).toEqual(['We', 'will', ', ', 'I', 'think', '.']);
    expect(textRuns(' two  spaces ')).toEqual([' ', 'two', '  ', 'spaces', ' ']);
  });

  it('codes ranks in 1 to 4 bytes and reads them back', () => {
    const ranks = [0, 1, 127, 128, 129, 16_511, 16_512, 2_113_663, 2_113_664, 200_000_000];
    const out = new ByteWriter();
    for (const r of ranks) writeCodeword(out, r);
    expect(out.length).toBe(1 + 1 + 1 + 2 + 2 + 2 + 3 + 3 + 4 + 4);
    const read: number[] = [];
    expect(readCodewords(out.view(), 0, out.length, (r) => read.push(r))).toBe(true);
    expect(read).toEqual(ranks);
    // Bytes that end inside a codeword are damaged.
    expect(readCodewords(out.view(), 0, 4, () => {})).toBe(false);
  });
});
