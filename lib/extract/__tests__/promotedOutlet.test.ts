import { describe, expect, it } from 'vitest';
import { textFactsOf as facts, HEADLINE, MORE, STORY } from './textFactsOf.ts';

describe('the outlet a page names where it calls on its readers', () => {
  it('a call to watch the outlet on a line of its own, above the headline', () => {
    expect(facts('Watch Harbour News', HEADLINE, STORY, MORE).outlet).toBe('Harbour News');
    expect(facts('Watch HBCN Live', HEADLINE, STORY, MORE).outlet).toBe('HBCN');
  });

  it('a call to subscribe, to stream, or to read more from it, below the story', () => {
    expect(facts(HEADLINE, STORY, MORE, 'Subscribe to Tarrow Review').outlet).toBe('Tarrow Review');
    expect(
      facts(
        HEADLINE,
        STORY,
        MORE,
        '>Stream KHBC 7 Tarrow news for free, all day, wherever you are. |',
      ).outlet,
    ).toBe('KHBC 7 Tarrow');
    expect(facts(HEADLINE, STORY, MORE, 'More Must-Reads from HARBOUR').outlet).toBe('HARBOUR');
  });

  it('a newsletter’s promise of promotional content, or the outlet’s channel to join', () => {
    expect(
      facts(
        HEADLINE,
        STORY,
        MORE,
        'You may now and then receive promotional content from the Tarrow Times.',
      ).outlet,
    ).toBe('Tarrow Times');
    expect(
      facts(HEADLINE, STORY, MORE, 'Do join the Harbourkini WhatsApp Channel for the latest news.')
        .outlet,
    ).toBe('Harbourkini');
  });

  it('a call to follow the outlet, but not a writer, on a social network', () => {
    expect(
      facts(HEADLINE, STORY, MORE, 'Check back soon and follow The Harbour Post on Facebook.')
        .outlet,
    ).toBe('The Harbour Post');
    expect(
      facts(HEADLINE, STORY, MORE, 'Follow HBC Tarrow & Lund on Twitter and Instagram.').outlet,
    ).toBe('HBC Tarrow & Lund');
    // A writer's name is no outlet.
    expect(facts(HEADLINE, STORY, MORE, 'Follow Ada Quill on Twitter.').outlet).toBeNull();
  });
});

describe('the outlet a page names in its appeals for readers, donors and subscribers', () => {
  it('"More from the outlet:" over its list of stories', () => {
    expect(facts(HEADLINE, STORY, MORE, 'More from Tarrow Tides:').outlet).toBe('Tarrow Tides');
    expect(facts(HEADLINE, STORY, MORE, 'More from The Quay Review').outlet).toBe(
      'The Quay Review',
    );
  });

  it('a call to sign up for the outlet’s newsletter, its words run together or not', () => {
    expect(
      facts(
        HEADLINE,
        STORY,
        MORE,
        'Never miss a story — sign up forHARBOUR’s free weekly newsletterto keep up.',
      ).outlet,
    ).toBe('HARBOUR');
    expect(
      facts(
        HEADLINE,
        STORY,
        MORE,
        'Sign up for Tarrow Today’s daily newsletter for the latest news.',
      ).outlet,
    ).toBe('Tarrow Today');
  });

  it('an appeal to support the outlet with a gift or a donation', () => {
    expect(
      facts(
        HEADLINE,
        STORY,
        MORE,
        'Will you support Quay Radio with a gift today? Every pound counts.',
      ).outlet,
    ).toBe('Quay Radio');
    expect(
      facts(HEADLINE, STORY, MORE, 'Please support The Harbour Ledger with a donation this winter.')
        .outlet,
    ).toBe('The Harbour Ledger');
  });

  it('more from a person, or support for a cause, names no outlet', () => {
    expect(facts(HEADLINE, STORY, MORE, 'More from Ada Quill:').outlet).toBeNull();
    expect(
      facts(HEADLINE, STORY, MORE, 'Residents were asked to support Harbour Hospice with a gift.')
        .outlet,
    ).toBeNull();
  });
});
