import { describe, expect, it } from 'vitest';
import { HARBOUR_INTRO, reportedOf } from './inventedArticle.ts';

const INTRO = HARBOUR_INTRO;

describe('an adverb or a time between the verb and its “that”', () => {
  it('belongs to the verb: the clause starts after “that”', () => {
    expect(
      reportedOf(
        INTRO,
        'Vell said recently that the pier levy would be reviewed in the spring.',
        'Quell said late on Monday that the ferry timetable had been cut.',
        'Vell noted again that the harbour crews had not been paid.',
        'Quell told reporters last week that the dredging contract would be signed soon.',
      ),
    ).toEqual([
      ['Tomas Vell', 'the pier levy would be reviewed in the spring'],
      ['Mira Quell', 'the ferry timetable had been cut'],
      ['Tomas Vell', 'the harbour crews had not been paid'],
      ['Mira Quell', 'the dredging contract would be signed soon'],
    ]);
  });

  it('“late” or “early” with no time after it is the clause’s own word', () => {
    expect(reportedOf(INTRO, 'Vell said late payments had hurt the harbour crews.')).toEqual([
      ['Tomas Vell', 'late payments had hurt the harbour crews'],
    ]);
  });
});

describe('“stressed” and “emphasised” report a clause without “that”', () => {
  it('when a finite verb soon follows', () => {
    expect(
      reportedOf(
        INTRO,
        'Vell stressed the pier levy was only temporary.',
        'Quell emphasised the ferry crews had passed every safety drill.',
        'Vell emphasizes the harbour board is still solvent.',
      ),
    ).toEqual([
      ['Tomas Vell', 'the pier levy was only temporary'],
      ['Mira Quell', 'the ferry crews had passed every safety drill'],
      ['Tomas Vell', 'the harbour board is still solvent'],
    ]);
  });

  it('not an object: “stressed the importance of …”', () => {
    expect(
      reportedOf(
        INTRO,
        'Vell stressed the importance of the pier to the town.',
        'Quell emphasised the need for a second ferry.',
      ),
    ).toEqual([]);
  });
});
