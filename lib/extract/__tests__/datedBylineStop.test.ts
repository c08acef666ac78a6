import { describe, expect, it } from 'vitest';
import { textFactsOf as facts, HEADLINE, MORE, STORY } from './textFactsOf.ts';

describe('a byline that closes with its date and a stop', () => {
  it('"By Harbour Wire on March 4, 2025." is a byline that dates the story, no headline', () => {
    const read = facts('By Harbour Wire on March 4, 2025.', STORY, MORE);
    expect(read.published).toBe('2025-03-04');
    expect(read.title).not.toMatch(/^By /);
    expect(facts(HEADLINE, 'By Ada Quill on May 3, 2019.', STORY, MORE).published).toBe(
      '2019-05-03',
    );
  });
});
