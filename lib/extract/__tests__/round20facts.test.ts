import { beforeAll, describe, expect, it } from 'vitest';
import { textFactsOf as facts, HEADLINE, MORE, STORY } from './textFactsOf.ts';

const SAID = '“It has been a fine year for the harbour,” said Ada Quill, the board’s chair.';

/** Most milliseconds for the first parse, which loads the date parser on a loaded machine. */
const WARM_UP_MS = 30_000;
beforeAll(() => {
  facts(HEADLINE, STORY);
}, WARM_UP_MS);

describe('date lines of round 20', () => {
  it('an update line with “at” and its time before the date, the only date of the page', () => {
    // Under a title too short for a headline, the line was read as the headline, no date.
    const read = facts('Ferry round-up', 'Last updated at 21:40 14 March 2009', STORY, MORE);
    expect(read.published).toBe('2009-03-14');
    expect(read.title).not.toMatch(/updated/i);
  });

  it('a writer’s name glued to the day of the date after it', () => {
    expect(facts(HEADLINE, 'Ben Hallam4 May 2017', STORY, MORE).published).toBe('2017-05-04');
  });

  it('a date as Chinese and Japanese pages print it', () => {
    expect(facts('2019年 7月 23日', HEADLINE, STORY, MORE).published).toBe('2019-07-23');
  });

  it('a date, a bar, then a long byline of writers and their service', () => {
    expect(
      facts(
        HEADLINE,
        'May 9, 2011|By Ada B. Quill and Ben Hallam, HARBOUR WIRE NEWS SERVICE',
        STORY,
        MORE,
      ).published,
    ).toBe('2011-05-09');
  });

  it('a two-digit year vouched for by its weekday; a wrong weekday reads nothing', () => {
    // 9 March 2012 was a Friday.
    expect(facts('Fri, Mar 09 12 10:15 AM', HEADLINE, STORY, MORE).published).toBe('2012-03-09');
    expect(facts('Tue, Mar 09 12 10:15 AM', HEADLINE, STORY, MORE).published).toBeNull();
  });

  it('a list of other stories’ dates under the story is not the story’s date', () => {
    expect(
      facts(
        HEADLINE,
        '- Published',
        STORY,
        MORE,
        SAID,
        '- Published3 May 2018',
        '- Published19 April 2018',
      ).published,
    ).toBeNull();
  });

  it('a dated item: a full date and a colon open the title line', () => {
    expect(
      facts(
        'Harbour Desk',
        'Notes on the harbour and its trade each week',
        'Mar. 4, 2016: Don’t fear the dearer fares',
        STORY,
        MORE,
      ).published,
    ).toBe('2016-03-04');
    // A sentence that opens with a date and a colon is a story's, not its date.
    expect(
      facts(HEADLINE, 'Mar. 4, 2016: the board met and raised the fares.', STORY, MORE).published,
    ).not.toBe('2016-03-04');
  });

  it('forms already read stay read, and a dateline or a copyright year is no date', () => {
    expect(
      facts(
        HEADLINE,
        'PUBLISHED : Tuesday, 09 April, 1996, 12:00am',
        'UPDATED : Thursday, 11 April, 1996, 3:10pm',
        STORY,
        MORE,
      ).published,
    ).toBe('1996-04-09');
    expect(facts(HEADLINE, 'Posted on 2nd June 2013 by Ada Quill', STORY, MORE).published).toBe(
      '2013-06-02',
    );
    expect(facts(HEADLINE, 'June 2nd, 2013', STORY, MORE).published).toBe('2013-06-02');
    expect(facts(HEADLINE, '2 June 2013 | 10:15', STORY, MORE).published).toBe('2013-06-02');
    expect(facts('date 2013-06-02', HEADLINE, STORY, MORE).published).toBe('2013-06-02');
    expect(facts(HEADLINE, `TARROW, June 2 (Harbour Wire) - ${STORY}`, MORE).published).toBeNull();
    expect(
      facts(HEADLINE, STORY, MORE, '© 2013 Harbour Herald. All rights reserved.').published,
    ).toBeNull();
  });
});

describe('headlines of round 20', () => {
  it('a picture’s text and its caption with a labelled credit, under the date, are no headline', () => {
    const read = facts(
      HEADLINE,
      '4 March 2016, 10:27 | Updated: 4 March 2016, 11:49',
      'Ferries wait at the quay on a grey morning',
      'Ferries wait at the quay on a grey morning. Picture: Harbour Wire',
      'By Ada Quill',
      STORY,
      MORE,
    );
    expect(read.title).toBe(HEADLINE);
  });
});
