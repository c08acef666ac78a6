import { describe, expect, it } from 'vitest';
import { formatCitation } from '../formatCitation';

describe('formatCitation', () => {
  it('cites quote, speaker, outlet, date and url in that order', () => {
    expect(
      formatCitation({
        quote: 'I intend to realize new, full-scale changes.',
        speaker: 'Lee Jae-myung',
        outlet: 'The Hankyoreh',
        date: '23 August 2021',
        url: 'https://english.hani.co.kr/arti/1005',
      }),
    ).toBe(
      '“I intend to realize new, full-scale changes,” Lee Jae-myung, The Hankyoreh, 23 August 2021, https://english.hani.co.kr/arti/1005',
    );
  });

  it('leaves out what is not known instead of printing blanks', () => {
    expect(
      formatCitation({
        quote: 'We will not pursue unilateral unification',
        speaker: 'Lee Jae-myung',
        outlet: null,
        date: null,
        url: null,
      }),
    ).toBe('“We will not pursue unilateral unification,” Lee Jae-myung');
  });

  it('keeps a question mark without a comma and swaps a final full stop for the comma', () => {
    expect(
      formatCitation({ quote: ' Why now? ', speaker: 'A', outlet: ' ', date: null, url: null }),
    ).toBe('“Why now?” A');
    expect(
      formatCitation({ quote: 'Done.', speaker: 'A', outlet: 'X', date: null, url: null }),
    ).toBe('“Done,” A, X');
  });
});
