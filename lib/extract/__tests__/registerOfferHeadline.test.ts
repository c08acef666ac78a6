import { describe, expect, it } from 'vitest';
import { textFactsOf as facts, HEADLINE, MORE, STORY } from './textFactsOf.ts';

describe('a site’s offer to register is never the headline', () => {
  it('"Register now …" above the story: the headline above it stays the headline', () => {
    expect(
      facts(HEADLINE, 'Register now for FREE unlimited access to Quayside.example', STORY, MORE)
        .title,
    ).toBe(HEADLINE);
    expect(
      facts(
        'Register on QuayLive at no cost to receive newsletters and more.',
        HEADLINE,
        STORY,
        MORE,
      ).title,
    ).toBe(HEADLINE);
  });
});
