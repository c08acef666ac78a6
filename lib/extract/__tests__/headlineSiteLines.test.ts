import { describe, expect, it } from 'vitest';
import { textFactsOf as facts, HEADLINE, MORE, STORY } from './textFactsOf.ts';

describe('site lines above the story are never its headline', () => {
  it('a prompt about the reader’s account or adverts', () => {
    expect(facts('Already a member? Log in here', HEADLINE, STORY, MORE).title).toBe(HEADLINE);
    expect(facts('Tired of adverts? Go ad-free here.', HEADLINE, STORY, MORE).title).toBe(HEADLINE);
  });

  it('a page control under a date line', () => {
    expect(facts('Tuesday, March 8, 2016', 'Shop now', HEADLINE, STORY, MORE).title).toBe(HEADLINE);
  });

  it('a section label printed again inside the story, over a picture', () => {
    expect(
      facts(
        HEADLINE,
        '8 March 2016, 04:14',
        'Harbour Town Politics',
        'Harbour Town Politics. Picture: Tarrow Wire',
        STORY,
        MORE,
        'Harbour Town Politics',
        MORE,
      ).title,
    ).toBe(HEADLINE);
  });
});

describe('the headline among the lines of the page’s head', () => {
  it('a site’s logo by its alternative text is none', () => {
    expect(facts('Site icon Harbour Times', HEADLINE, STORY, MORE).title).toBe(HEADLINE);
  });

  it('printed twice in a row above a second line and the byline: the twice-printed line', () => {
    expect(
      facts(
        HEADLINE,
        HEADLINE,
        'Fares, timetables and pier repairs among matters agreed',
        'By Ada Quill',
        STORY,
        MORE,
      ).title,
    ).toBe(HEADLINE);
  });
});

describe('a headline printed again inside the story', () => {
  it('is still the headline, above a line of section names', () => {
    const headline = 'Harbour ferry returns after a long winter';
    expect(
      facts(
        'Categories',
        'News Travel & Harbours World',
        headline,
        'New timetables for the harbour ferry suggest that it could be June before the service runs every hour again.',
        'The Harbour Ferry Board released a timetable to an audience of 200 at the opening of the Harbour Summit on Tuesday.',
        headline,
        MORE,
      ).title,
    ).toBe(headline);
  });
});
