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
