import { describe, expect, it } from 'vitest';
import { textFactsOf as facts, HEADLINE, MORE, STORY } from './textFactsOf.ts';

describe('a date the story’s head states at the end of a line of its own', () => {
  it('a line that reports who filed the story and when', () => {
    expect(
      facts(HEADLINE, 'Ada Quill filed this report on Friday, March 4, 2016 12:20:00', STORY, MORE)
        .published,
    ).toBe('2016-03-04');
    expect(
      facts(HEADLINE, 'Ben Hallam wrote this story on 9 June 2019', STORY, MORE).published,
    ).toBe('2019-06-09');
  });

  it('an update’s label glued to the writer’s name, the time and zone after the date', () => {
    expect(
      facts(HEADLINE, 'Ada QuillUpdated: Friday, March 4, 2016, 05:14 PM IST', STORY, MORE)
        .published,
    ).toBe('2016-03-04');
  });

  it('a repost’s line naming the story and its date', () => {
    expect(facts(HEADLINE, 'Tarrow Board Raises Fares, June 13, 2008', STORY, MORE).published).toBe(
      '2008-06-13',
    );
  });

  it('no date from a caption, a long standfirst, or a date with words after it', () => {
    expect(
      facts(
        HEADLINE,
        'Passengers wait for the last ferry of the night at the Tarrow pier on March 4, 2016. The board met the next day to set new fares for the spring. [HNA]',
        STORY,
      ).published,
    ).toBeNull();
    expect(
      facts(HEADLINE, 'The board met on March 4, 2016 to discuss the fares', STORY).published,
    ).toBeNull();
  });
});

describe('a full date alone as the dateline of a paragraph under a subhead', () => {
  it('the date before the dashes opens the story', () => {
    expect(
      facts(
        HEADLINE,
        'Ada Quill was chosen to chair the board last year.',
        'Aug. 30, 2012 — -- The harbour board voted today to raise ferry fares by six percent.',
        MORE,
      ).published,
    ).toBe('2012-08-30');
    expect(
      facts(
        HEADLINE,
        'Ada Quill was chosen to chair the board last year.',
        'March 4, 2016 -- The harbour board voted today to raise ferry fares by six percent.',
        MORE,
      ).published,
    ).toBe('2016-03-04');
  });

  it('no year, no date', () => {
    expect(
      facts(
        HEADLINE,
        'Ada Quill was chosen to chair the board last year.',
        'March 4 -- The harbour board voted today to raise ferry fares by six percent.',
        MORE,
      ).published,
    ).toBeNull();
  });
});
