import { describe, expect, it } from 'vitest';
import { HARBOUR_INTRO, reportedOf } from './inventedArticle.ts';

const INTRO = HARBOUR_INTRO;

describe('"said" + an opening phrase set off by a comma + the clause it reports', () => {
  it('a sentence adverb, a phrase of time and a “by …ing” phrase before the clause', () => {
    expect(
      reportedOf(
        INTRO,
        'Vell said hopefully, the ferry trust will cut the mooring charges by autumn.',
        'Quell says before now, such a storm would have been thought very unlikely.',
        'Vell said by ignoring its promise to keep fees low, the board had lost the trust of the town.',
        'Quell said frankly, the pier plan was never going to work.',
        'Vell has said in his view, the ferry company has failed the islands.',
        'Quell said by raising fees 2.5 percent, the board would drive the ferries away.',
      ),
    ).toEqual([
      ['Tomas Vell', 'hopefully, the ferry trust will cut the mooring charges by autumn'],
      ['Mira Quell', 'before now, such a storm would have been thought very unlikely'],
      [
        'Tomas Vell',
        'by ignoring its promise to keep fees low, the board had lost the trust of the town',
      ],
      ['Mira Quell', 'frankly, the pier plan was never going to work'],
      ['Tomas Vell', 'in his view, the ferry company has failed the islands'],
      ['Mira Quell', 'by raising fees 2.5 percent, the board would drive the ferries away'],
    ]);
  });

  it('no clause after the comma: an appositive of a time, a relative clause, a participle', () => {
    expect(
      reportedOf(
        INTRO,
        'Vell spoke on Friday. Quell said on Friday, the day the board will vote on the fees.',
        'Vell said in a letter, which the board will publish on Monday.',
        'Quell said on May 4, the day the harbour will reopen, nothing at all.',
        'Quell said at the harbour, adding nothing more.',
      ),
    ).toEqual([]);
  });
});
