import { describe, expect, it } from 'vitest';
import { readStatedDate } from '../readStatedDate.ts';
import { textFactsOf as facts, HEADLINE, MORE, STORY } from './textFactsOf.ts';

describe('a post’s date between a byline’s label and a comment counter', () => {
  it('"by | March 4, 2016 | Comments" dates the post', () => {
    expect(facts(HEADLINE, 'by | March 4, 2016 | Comments', STORY, MORE).published).toBe(
      '2016-03-04',
    );
    expect(readStatedDate('By Ada Quill | May 3, 2019 | 3 Comments')).toEqual({
      ok: true,
      iso: '2019-05-03',
    });
  });

  it('a reading time beside the date is a post’s fact too', () => {
    expect(
      facts(HEADLINE, 'By Harbour Wire | Mar 4th 2016 | 4 min read', STORY, MORE).published,
    ).toBe('2016-03-04');
  });

  it('a teaser’s title beside its date is still no date line', () => {
    expect(readStatedDate('Ferry fares rise again | Mar 3, 2017 | Comments')).toBeNull();
  });
});
