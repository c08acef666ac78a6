import { describe, expect, it } from 'vitest';
import { textFactsOf as facts, HEADLINE, MORE, STORY } from './textFactsOf.ts';

describe('the publisher a footer’s copyright notice names', () => {
  it('a notice that closes the station’s address, read as a paragraph', () => {
    expect(
      facts(
        HEADLINE,
        STORY,
        MORE,
        '12 Quay Road, Suite 4, Tarrow, HB 33620 • © 2009 KHBC. All rights reserved.',
      ).outlet,
    ).toBe('KHBC');
    // A story's paragraph that mentions a copyright names no publisher.
    expect(
      facts(
        HEADLINE,
        STORY,
        'Ada Quill said the © 2009 Harbour Charter, which all rights groups backed, still applies.',
        MORE,
      ).outlet,
    ).toBeNull();
  });

  it('a site’s address as the name, glued to the mark', () => {
    expect(facts(HEADLINE, STORY, MORE, 'Copyright ©harbourwire.example').outlet).toBe(
      'harbourwire.example',
    );
  });

  it('a name after a lower-case "the"', () => {
    expect(facts(HEADLINE, STORY, MORE, '—Copyright 2020 the Harbour Press').outlet).toBe(
      'the Harbour Press',
    );
  });
});
