import { describe, expect, it } from 'vitest';
import { quotesOf, speakerAmong } from './inventedArticle.ts';

describe('words of a title or a body before a speaker, and no one named', () => {
  const found = quotesOf(
    'Norland continues to lead the number of visitors to Velmore, Minister of Tourism and Lands Ada Quillon said.',
    'Navy spokesman Major Tomas Brenner said there was "no sign that any sailors were hurt in the storm at all."',
    'The dead included a farmer and his two sons, said the Norland-based Velmore Observatory for Weather Safety.',
    'The Norland Crime Branch told the magistrate that they were looking into the cause of the fire.',
    'Throughout the hearing, lawyers portrayed Quillon as a careful planner and argued that only she had the keys.',
    'The minister of water in arid Burkina Faso, one of the poorest nations, said 12 wells had been dug.',
  );
  const named = (words: string) => {
    const s = speakerAmong(found, words);
    return s === undefined || s.includes(':') ? null : s;
  };

  it('“Lands” ends a portfolio and “Major” is a rank, not part of the name', () => {
    expect(named('Norland continues to lead')).toBe('Ada Quillon');
    expect(named('no sign that any sailors')).toBe('Tomas Brenner');
  });

  it('an observatory, a police branch, a country and “Throughout” name no person', () => {
    expect(named('The dead included a farmer')).toBeNull();
    expect(named('looking into the cause')).toBeNull();
    expect(named('only she had the keys')).toBeNull();
    expect(named('12 wells had been dug')).toBeNull();
  });
});
