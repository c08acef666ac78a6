import { describe, expect, it } from 'vitest';
import { textFactsOf as facts, HEADLINE, MORE, STORY } from './textFactsOf.ts';

describe('a site’s address printed as its masthead', () => {
  it('alone on the page’s first line, in any case, over the headline or the story', () => {
    expect(facts('HARBOURWIRE.COM', HEADLINE, STORY, MORE).outlet).toBe('HARBOURWIRE.COM');
    expect(facts('www.tarrow-notes.example', STORY, MORE).outlet).toBe('www.tarrow-notes.example');
  });

  it('with its tagline after a dash, over a section label in capitals', () => {
    expect(
      facts(
        'HARBOUR-NEWS.org - Release Distribution',
        'RELEASE DISTRIBUTION',
        HEADLINE,
        STORY,
        MORE,
      ).outlet,
    ).toBe('HARBOUR-NEWS.org');
  });

  it('a file’s name, an address inside a sentence, or one in the story is no masthead', () => {
    expect(facts('harbour-quay.jpg', HEADLINE, STORY, MORE).outlet).toBeNull();
    expect(facts('Read tarrow.example for more on fares', HEADLINE, STORY, MORE).outlet).toBeNull();
    expect(facts(HEADLINE, STORY, 'tarrow.example', MORE).outlet).toBeNull();
  });
});

describe('a blog’s box of posts above the headline', () => {
  it('names no outlet, though "Post" is a masthead’s word', () => {
    for (const label of ['Featured Post', 'Popular Posts', 'Newer Post'])
      expect(
        facts(label, 'Tarrow quay reopens after the storm', 'Read More', HEADLINE, STORY, MORE)
          .outlet,
      ).toBeNull();
    expect(facts('The Harbour Post', HEADLINE, STORY, MORE).outlet).toBe('The Harbour Post');
  });
});
