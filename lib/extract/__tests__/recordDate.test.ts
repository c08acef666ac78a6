import { describe, expect, it } from 'vitest';
import { recordDate } from '../recordDate.ts';
import { textFactsOf as facts, MORE, STORY } from './textFactsOf.ts';

describe('a date in the headline', () => {
  it('dates the record the headline titles: the page is that record', () => {
    expect(
      facts(
        'Harbour Ministry Spokesperson Ada Quill’s Regular Press Conference on March 3, 2025',
        STORY,
        MORE,
      ).published,
    ).toBe('2025-03-03');
    expect(recordDate('Remarks by the Mayor at the Quay Opening, May 3, 2012')).toBe('2012-05-03');
    expect(recordDate('Minutes of the Harbour Board Meeting of 4 March 2016')).toBe('2016-03-04');
    expect(recordDate('Daily Press Briefing on Jan. 9, 2019')).toBe('2019-01-09');
  });

  it('a story’s headline dates the event it reports, not the story: no date stated', () => {
    expect(
      facts(
        'Council backs ferry plan, refrains from comment: Ada Quill on Feb 15, 2023',
        STORY,
        MORE,
      ).published,
    ).toBeNull();
    expect(recordDate('Tarrow floods of March 4, 2016 remembered by residents')).toBeNull();
    expect(recordDate('Ada Quill to step down on June 30, 2024')).toBeNull();
    // A record named, but its date is the event's: "speech" far from a date after a colon.
    expect(recordDate('Mayor’s speech praised: council votes on May 3, 2012')).toBeNull();
  });
});
