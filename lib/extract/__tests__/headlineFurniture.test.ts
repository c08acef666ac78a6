import { describe, expect, it } from 'vitest';
import { textFactsOf as facts, HEADLINE, MORE, STORY } from './textFactsOf.ts';

describe('a date line that names the section it was filed in', () => {
  it('is the date, and the line under it the headline', () => {
    expect(facts('March 4, 2016 in Region/Harbour', HEADLINE, STORY, MORE)).toEqual({
      title: HEADLINE,
      outlet: null,
      published: '2016-03-04',
    });
    expect(
      facts('Print Print', 'June 9, 2019 Published in Tarrow Votes 2019', HEADLINE, STORY, MORE),
    ).toEqual({ title: HEADLINE, outlet: null, published: '2019-06-09' });
  });
});

describe('a breadcrumb’s trail run into the headline', () => {
  it('the trail from the home page is no part of the headline', () => {
    // The headline printed again under the trail's line, as the page's heading.
    expect(facts(`Home / region / ${HEADLINE}`, HEADLINE, STORY, MORE).title).toBe(HEADLINE);
    expect(facts(`Home » News » Tarrow » ${HEADLINE}`, HEADLINE, STORY, MORE).title).toBe(HEADLINE);
  });

  it('a headline with a slash of its own keeps it', () => {
    expect(facts('Fares rise 6% / ferries to run less often', STORY, MORE).title).toBe(
      'Fares rise 6% / ferries to run less often',
    );
  });
});
