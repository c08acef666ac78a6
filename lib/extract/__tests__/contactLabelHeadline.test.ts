import { describe, expect, it } from 'vitest';
import { textFactsOf as facts, MORE, STORY } from './textFactsOf.ts';

const TITLE = 'Tarrow college announces new harbour scholarships';

describe('a release’s contact line under its title', () => {
  it('"Contact: NAME PHONE" is a labelled fact, never the headline', () => {
    expect(
      facts(TITLE, 'Contact: A.B. Quill 555-0142', 'Posted: 03/14/2025', STORY, MORE).title,
    ).toBe(TITLE);
    expect(facts(TITLE, 'Media Contact: Ben Hallam, 555-0199', STORY, MORE).title).toBe(TITLE);
    expect(facts(TITLE, 'Press contacts: Harbour College press office', STORY, MORE).title).toBe(
      TITLE,
    );
  });
});
