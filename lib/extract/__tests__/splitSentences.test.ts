import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../findQuoteSpans.ts';
import { splitSentences } from '../splitSentences.ts';

const split = (text: string) => {
  const scan = findQuoteSpans(text);
  if (!scan.ok) throw new Error(scan.problem);
  return splitSentences(text, scan.spans).map((r) => text.slice(r.start, r.end));
};

describe('splitSentences', () => {
  it('does not split at abbreviations and initials', () => {
    expect(split('Gyeonggi Gov. Lee met U.S. envoys in N. Korea on Oct. 3. Then he left.')).toEqual(
      ['Gyeonggi Gov. Lee met U.S. envoys in N. Korea on Oct. 3.', 'Then he left.'],
    );
  });

  it('splits sentences a copy ran together without a space, but not abbreviations or initials', () => {
    expect(
      split(
        'The board said the plan would work.The spokesperson urged calm.Then Gov.Lee spoke of the U.S.Army.',
      ),
    ).toEqual([
      'The board said the plan would work.',
      'The spokesperson urged calm.',
      'Then Gov.Lee spoke of the U.S.Army.',
    ]);
  });

  it('keeps a short attribution after a quotation’s own ? ! or … in its sentence', () => {
    expect(
      split('“Why wait for May?” Ines Morrow asked. “We shall see…” Coach Ben Holt said.'),
    ).toEqual(['“Why wait for May?” Ines Morrow asked.', '“We shall see…” Coach Ben Holt said.']);
    // A full stop ends the quotation's sentence; so does a mark before a sentence without a
    // speech verb.
    expect(split('“We are ready.” Kim said nothing. “Why wait?” The tram left.')).toEqual([
      '“We are ready.”',
      'Kim said nothing.',
      '“Why wait?”',
      'The tram left.',
    ]);
    // Abbreviated titles never end a sentence.
    expect(split('“Hold the line,” said Vice Adm. Celia Moss. The Rev. Grace Obi agreed.')).toEqual(
      ['“Hold the line,” said Vice Adm. Celia Moss.', 'The Rev. Grace Obi agreed.'],
    );
  });

  it('never splits inside a quotation, and splits after one that ends a sentence', () => {
    expect(split('“We tried. We failed,” he said. “We will try again.” Nobody clapped.')).toEqual([
      '“We tried. We failed,” he said.',
      '“We will try again.”',
      'Nobody clapped.',
    ]);
  });

  it('keeps a wire credit apart from the last sentence', () => {
    expect(split('Pompeo canceled his trip. (Yonhap)')).toEqual([
      'Pompeo canceled his trip.',
      '(Yonhap)',
    ]);
  });
});
