import { describe, expect, it } from 'vitest';
import { textFactsOf as facts, HEADLINE, MORE, STORY } from './textFactsOf.ts';

describe('a text-size control copied after the date line', () => {
  it('"HNA, May 3, 2016 Adjust font size:" is the date line', () => {
    expect(facts(HEADLINE, 'HNA, May 3, 2016 Adjust font size:', STORY, MORE).published).toBe(
      '2016-05-03',
    );
    expect(facts(HEADLINE, 'May 3, 2016 Text Size', STORY, MORE).published).toBe('2016-05-03');
  });
});
