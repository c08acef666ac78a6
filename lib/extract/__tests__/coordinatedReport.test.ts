import { describe, expect, it } from 'vitest';
import { HARBOUR_INTRO, reportedOf } from './inventedArticle.ts';

const INTRO = HARBOUR_INTRO;

describe('"SUBJECT did X … and said CLAUSE": the second verb of the sentence’s subject', () => {
  it('past a short quoted word or two in the first verb’s object', () => {
    expect(
      reportedOf(
        INTRO,
        'In a letter, Vell also accused the board of spending “easy money” on the pier and said the council should audit its books.',
        'Quell called the fee rise “plain theft” at a meeting on Friday and said the harbour would lose its ferries.',
      ),
    ).toEqual([
      ['Tomas Vell', 'the council should audit its books'],
      ['Mira Quell', 'the harbour would lose its ferries'],
    ]);
  });

  it('past an emphatic "did" before the second verb, and a "that" that points at a noun', () => {
    expect(
      reportedOf(
        INTRO,
        'Vell blamed the weather for the delays but did concede the crews had started late.',
        'Quell dismissed that estimate as “pure fantasy” and said the real cost was far lower.',
      ),
    ).toEqual([
      ['Tomas Vell', 'the crews had started late'],
      ['Mira Quell', 'the real cost was far lower'],
    ]);
  });

  it('not past a longer quotation, nor past a clause "that" opens', () => {
    expect(
      reportedOf(
        INTRO,
        'Vell accused the board of “spending money it does not have on a pier nobody needs” and said the books were a mess.',
        'Quell believes that the ferry crews met the board and said the fees were too high.',
      ),
    ).toEqual([]);
  });
});

describe('a subject with a clause set off by dashes; "but at the same time" with a second verb', () => {
  it('“NAME — who … — said that …”, “NAME — a … — told …”', () => {
    expect(
      reportedOf(
        INTRO,
        'Mira Quell — who could not recall another such storm in the town — said that two piers were lost.',
        'Tomas Vell — a critic of the levy for years — told the board the fees would have to fall.',
      ),
    ).toEqual([
      ['Mira Quell', 'two piers were lost'],
      ['Tomas Vell', 'the fees would have to fall'],
    ]);
  });

  it('“NAME welcomed X but at the same time warned that …”', () => {
    expect(
      reportedOf(
        INTRO,
        'Quell welcomed the harbour plan but at the same time warned that the fees would rise in May.',
      ),
    ).toEqual([['Mira Quell', 'the fees would rise in May']]);
  });
});
