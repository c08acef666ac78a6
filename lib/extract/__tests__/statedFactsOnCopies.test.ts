import { describe, expect, it } from 'vitest';
import { textFactsOf as facts } from './textFactsOf.ts';

const HEADLINE = 'Harbour Vaccines Wins Approval For Cat Test';

describe('dates that wire copies print in their first words', () => {
  it('a release whose wire credit stands between dashes before its date', () => {
    expect(
      facts(
        HEADLINE,
        'TARROW--(HARBOUR WIRE)--Feb. 9, 2001--Harbour Vaccines Inc. said on Friday that it may now sell its new test for cats.',
      ).published,
    ).toBe('2001-02-09');
    // Without a date between the dashes there is none to read.
    expect(
      facts(
        HEADLINE,
        'TARROW--(HARBOUR WIRE)--Harbour Vaccines Inc. said on Friday that it may now sell its new test for cats.',
      ).published,
    ).toBeNull();
  });

  it('a dateline whose bracketed credit holds the date, with no dash after it', () => {
    expect(
      facts(
        'Quill says Rovers earned their derby win',
        'Tarrow, (HNA - Harbour News Agency - 21st Mar, 2023) Ada Quill said Tarrow Rovers "earned every point" in the derby on Sunday.',
        'The home side scored twice in the last ten minutes of the match.',
      ).published,
    ).toBe('2023-03-21');
    // A credit without a year states no date ("a dateline without a year gives no date").
    expect(
      facts(
        'Quill says Rovers earned their derby win',
        'Tarrow, (HNA - Harbour News Agency - 21st Mar) Ada Quill said Tarrow Rovers "earned every point" in the derby on Sunday.',
      ).published,
    ).toBeNull();
  });

  it('a date line glued to the first words of the story', () => {
    expect(
      facts(
        'Flood toll rises in the valley',
        'May 14, 2016Harbour officials said overnight that the flood had closed four more roads in the valley.',
      ).published,
    ).toBe('2016-05-14');
    // A year that is part of the sentence, not glued to a new word, is no date line.
    expect(
      facts(
        'Flood toll rises in the valley',
        'In May 2016 Harbour officials said the flood had closed four more roads in the valley.',
      ).published,
    ).toBeNull();
  });
});
