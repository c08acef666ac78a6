import { describe, expect, it } from 'vitest';
import { textFactsOf as facts, HEADLINE, MORE, STORY } from './textFactsOf.ts';

describe('a date in numbers with a two-digit year, where its place makes it the page’s', () => {
  it('opening the story in brackets, or a line of the head', () => {
    expect(
      facts(
        HEADLINE,
        '(3-24-16) The harbour board voted yesterday to raise ferry fares by six percent.',
        MORE,
      ).published,
    ).toBe('2016-03-24');
    expect(facts(HEADLINE, '9/27/19 Tarrow Doc. No. 4411. Board', STORY, MORE).published).toBe(
      '2019-09-27',
    );
  });

  it('a line of its own in the head, its numbers joined by dots', () => {
    expect(facts('07.14.16', HEADLINE, STORY, MORE).published).toBe('2016-07-14');
    expect(facts('07.04.16', HEADLINE, STORY, MORE).published).toBeNull();
  });

  it('closing a byline after a comma', () => {
    expect(facts(HEADLINE, 'By Ada Quill, Harbour Wire, 01/31/00', STORY, MORE).published).toBe(
      '2000-01-31',
    );
  });

  it('no date when its day and month could be either way round, or in the story’s words', () => {
    expect(
      facts(HEADLINE, '(3-4-16) The harbour board voted to raise fares.', MORE).published,
    ).toBeNull();
    expect(
      facts(HEADLINE, 'The board first met on 3/24/16 to weigh the fares, officials said.', MORE)
        .published,
    ).toBeNull();
  });
});
