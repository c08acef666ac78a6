import { describe, expect, it } from 'vitest';
import { textFactsOf as facts, HEADLINE, MORE, STORY } from './textFactsOf.ts';

describe('a publication label the copy kept without its date ("Published: Updated:")', () => {
  it('states nothing: the page’s other date line gives the date', () => {
    expect(
      facts('date 2019-04-02', HEADLINE, 'Harbour Wire, Tarrow', 'Published: Updated:', STORY, MORE)
        .published,
    ).toBe('2019-04-02');
    expect(facts('date 2018-11-20', HEADLINE, '• Posted: , Revised:', STORY, MORE).published).toBe(
      '2018-11-20',
    );
  });

  it('alone, still gives no date', () => {
    expect(facts(HEADLINE, 'Published: Updated:', STORY, MORE).published).toBeNull();
  });
});
