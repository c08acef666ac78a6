import { describe, expect, it } from 'vitest';
import { HARBOUR_INTRO, reportedOf } from './inventedArticle.ts';

const reported = reportedOf;

const INTRO = HARBOUR_INTRO;

describe('“told” an owner’s programme or paper, then a clause without “that”', () => {
  it('“told Radio Tarrow’s Morning Tide programme the board had …”', () => {
    expect(
      reported(
        INTRO,
        'But Vell told Radio Tarrow’s Morning Tide programme the board had acted to fix the pier.',
        'Quell told the Harbour Gazette’s weekend desk she would stand again in May.',
      ),
    ).toEqual([
      ['Tomas Vell', 'the board had acted to fix the pier'],
      ['Mira Quell', 'she would stand again in May'],
    ]);
  });

  it('not a longer object without an owner, nor words after it with no finite verb', () => {
    expect(
      reported(
        INTRO,
        'Vell told a small group of dock workers the story of the old pier.',
        'Quell told Radio Tarrow’s Morning Tide programme the other day.',
      ),
    ).toEqual([]);
  });
});
