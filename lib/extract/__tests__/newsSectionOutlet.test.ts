import { describe, expect, it } from 'vitest';
import { textFactsOf as facts, MORE, STORY } from './textFactsOf.ts';

const TITLE = 'Harbour board raises ferry fares for spring';

describe('a section of news above the headline is no outlet', () => {
  it('a topic’s news or the news archive names no outlet', () => {
    expect(facts('Technology News', TITLE, STORY, MORE).outlet).toBeNull();
    expect(facts('Show News', TITLE, STORY, MORE).outlet).toBeNull();
    expect(facts('News Archive', TITLE, STORY, MORE).outlet).toBeNull();
  });

  it('a name of its own before "News" is the outlet', () => {
    expect(facts('Tarrow News', TITLE, STORY, MORE).outlet).toBe('Tarrow News');
  });
});
