import { describe, expect, it } from 'vitest';
import { textFactsOf as facts, HEADLINE, MORE, STORY } from './textFactsOf.ts';

describe('a site’s clock on top of the page, the story’s own date further down', () => {
  it('the date under the headline, not the clock over it', () => {
    expect(facts('Monday, May 6, 2024', HEADLINE, 'October 28, 2019', STORY, MORE).published).toBe(
      '2019-10-28',
    );
    // The headline printed twice, a caption between.
    expect(
      facts('Tue 7 Jan 2025', HEADLINE, HEADLINE, '14 March 2016', STORY, MORE).published,
    ).toBe('2016-03-14');
  });

  it('both dates over the headline, the menu above the clock', () => {
    expect(
      facts(
        'Menu',
        'Wednesday, April 26, 2017',
        'October 22, 2008',
        'Comments Email Print',
        HEADLINE,
        STORY,
        MORE,
      ).published,
    ).toBe('2008-10-22');
    expect(
      facts('Thursday 3rd June 2021 08:12', 'Published March 4, 2011', HEADLINE, STORY, MORE)
        .published,
    ).toBe('2011-03-04');
  });

  it('a lone date on top, or a blog post’s date days after the story it reposts, stays the date', () => {
    expect(facts('Friday, August 31, 2018', HEADLINE, STORY, MORE).published).toBe('2018-08-31');
    expect(
      facts('Wednesday, June 30, 2010', HEADLINE, 'Saturday 26 June 2010', STORY, MORE).published,
    ).toBe('2010-06-30');
    // A story line above the later date: that date is the story's, no head line.
    expect(facts('Monday, May 6, 2024', HEADLINE, STORY, 'October 28, 2019', MORE).published).toBe(
      '2024-05-06',
    );
  });

  it('the story’s date on a wire’s credit line the copy kept under the headline', () => {
    expect(
      facts(
        'Sunday, May 12, 2024',
        'Region',
        HEADLINE,
        'Harbour Wire , 4 Mar, 2016 01:10 PM',
        STORY,
        MORE,
      ).published,
    ).toBe('2016-03-04');
  });

  it('a date over a live feed of teasers timed back from now is the day the page was read', () => {
    expect(
      facts(
        'Tue 7 Jan 2025',
        'Latest',
        '1h agoQuay cafe wins a prize for its chowder',
        '3 hours ago Tarrow choir sings at the lighthouse',
        HEADLINE,
        STORY,
        MORE,
      ).published,
    ).toBeNull();
    // Teasers that give no age leave the date on top as the date.
    expect(
      facts('Tue 7 Jan 2025', 'Quay cafe wins a prize for its chowder', HEADLINE, STORY, MORE)
        .published,
    ).toBe('2025-01-07');
  });
});
