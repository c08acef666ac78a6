import { describe, expect, it } from 'vitest';
import { textFactsOf as facts, MORE, STORY } from './textFactsOf.ts';

const TITLE = 'Harbour Board Raises Ferry Fares for ‘Spring Season’';

describe('a headline with its byline run on after a spaced dash', () => {
  it('the byline, its outlet and its date are no part of the headline', () => {
    expect(
      facts(`${TITLE} – By Ada Quill and Ben Hallam (The Tarrow Ledger) / Mar 4, 2025`, STORY, MORE)
        .title,
    ).toBe(TITLE);
    expect(facts(`${TITLE} - By Ada Quill, Harbour Wire`, STORY, MORE).title).toBe(TITLE);
    expect(facts(`${TITLE} — by Cai Lund | March 4, 2025`, STORY, MORE).title).toBe(TITLE);
  });

  it('a dash before words that are no byline stays in the headline', () => {
    expect(facts('Fares rise – by how much is still unclear', STORY, MORE).title).toBe(
      'Fares rise – by how much is still unclear',
    );
  });
});
