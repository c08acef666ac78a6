import { describe, expect, it } from 'vitest';
import { textFactsOf as facts, HEADLINE, MORE, STORY as STORY_TEXT } from './textFactsOf.ts';

describe('a dateline that states the date in the forms copies print', () => {
  it('in brackets opening the story, its date first', () => {
    expect(
      facts(
        HEADLINE,
        '( March 4, 2016, Tarrow, Harbour Times) The harbour board voted to raise ferry fares by six percent.',
        MORE,
      ).published,
    ).toBe('2016-03-04');
  });

  it('ending in a colon after its place and credit', () => {
    expect(
      facts(
        HEADLINE,
        'TARROW, 04 March 2016, (HNA): The harbour board voted to raise ferry fares by six percent.',
        MORE,
      ).published,
    ).toBe('2016-03-04');
  });

  it('no date from a bracket or a colon without a year', () => {
    expect(
      facts(
        HEADLINE,
        'TARROW, March 4 (HNA): The harbour board voted to raise ferry fares by six percent.',
        MORE,
      ).published,
    ).toBeNull();
  });
});

describe('date lines that are not the story’s date', () => {
  it('a weather widget’s date under its temperature', () => {
    expect(
      facts('7 C', 'Tarrow', 'Tuesday, March 8, 2016', HEADLINE, STORY_TEXT, MORE).published,
    ).toBeNull();
    expect(facts('Tarrow', 'Tuesday, March 8, 2016', HEADLINE, STORY_TEXT, MORE).published).toBe(
      '2016-03-08',
    );
  });

  it('a copy’s stale record of the date on top, a year before the date under the headline', () => {
    expect(
      facts('date 2013-02-11', HEADLINE, '18 March 2016 05:53', STORY_TEXT, MORE).published,
    ).toBe('2016-03-18');
    expect(
      facts('date 2016-03-17', HEADLINE, '18 March 2016 05:53', STORY_TEXT, MORE).published,
    ).toBe('2016-03-17');
  });

  it('an all-number date stamped with a North American time is month first', () => {
    expect(facts(HEADLINE, '03/11/2016 | 04:12pm EST', STORY_TEXT, MORE).published).toBe(
      '2016-03-11',
    );
    expect(facts(HEADLINE, '03/11/2016 | 04:12pm', STORY_TEXT, MORE).published).toBeNull();
  });
});
