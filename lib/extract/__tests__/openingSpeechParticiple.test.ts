import { describe, expect, it } from 'vitest';
import { HARBOUR_INTRO, reportedOf } from './inventedArticle.ts';

describe('“Stressing that …, NAME said …”: an opening participle of speech is the main speaker’s', () => {
  it('reads the participle’s clause as the words of the subject that speaks after its comma', () => {
    expect(
      reportedOf(
        HARBOUR_INTRO,
        'Stressing that the flooding in Tarrow was not as bad as last winter, Councillor Quell told residents that the crews were ready.',
        'Conceding that the fees had risen twice this year, Vell said the board would review them.',
      ),
    ).toEqual([
      ['Mira Quell', 'the flooding in Tarrow was not as bad as last winter'],
      ['Mira Quell', 'the crews were ready'],
      ['Tomas Vell', 'the fees had risen twice this year'],
      ['Tomas Vell', 'the board would review them'],
    ]);
  });

  it('reads nothing when no one speaks in the main clause, or the participle takes an object', () => {
    expect(
      reportedOf(
        HARBOUR_INTRO,
        'Noting that the quay was closed, the ferry crews went home early on Friday.',
        'Stressing the need for calm, Quell said the crews were ready.',
      ),
    ).toEqual([['Mira Quell', 'the crews were ready']]);
  });
});
