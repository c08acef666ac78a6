import { describe, expect, it } from 'vitest';
import { textFactsOf as facts, HEADLINE, MORE, STORY } from './textFactsOf.ts';

describe('a head line telling what happened on a day is no publication date', () => {
  it('"… was released on May 3, 2024" under the headline: no date', () => {
    const dek = 'The harbour musical starring Ada Quill was released on May 3, 2024';
    expect(facts(HEADLINE, dek, STORY, MORE).published).toBeNull();
    expect(
      facts(HEADLINE, 'The new ferry will be launched on June 8, 2025', STORY).published,
    ).toBeNull();
  });

  it('the page’s own "was published on" still dates it', () => {
    const note = 'This story was first published on May 3, 2024';
    expect(facts(HEADLINE, note, STORY, MORE).published).toBe('2024-05-03');
    expect(facts(HEADLINE, 'Ada Quill reported this story on May 3, 2024', STORY).published).toBe(
      '2024-05-03',
    );
  });
});
