import { describe, expect, it } from 'vitest';
import { textFactsOf as facts, HEADLINE, MORE, STORY } from './textFactsOf.ts';

describe('a site’s offer to register is never the headline', () => {
  it('"Register now …" above the story: the headline above it stays the headline', () => {
    expect(
      facts(
        HEADLINE,
        'Register today and enjoy unlimited access across Quayside.example',
        STORY,
        MORE,
      ).title,
    ).toBe(HEADLINE);
    expect(
      facts('Register with QuayLive for our weekly newsletters and offers.', HEADLINE, STORY, MORE)
        .title,
    ).toBe(HEADLINE);
  });
});
