import { describe, expect, it } from 'vitest';
import { HARBOUR_INTRO, reportedOf } from './inventedArticle.ts';

const reported = reportedOf;

const INTRO = HARBOUR_INTRO;

describe('an inverted attribution set off inside the clause (“SUBJECT, noted NAME, VERB …”)', () => {
  it('a long subject before it, a finite verb after it: the clause goes on after the attribution', () => {
    expect(
      reported(
        INTRO,
        'The old harbour walls and the stone quays beside them, noted Vell, have been part of the town since its founding.',
      ),
    ).toEqual([['Tomas Vell', 'have been part of the town since its founding']]);
  });

  it('not the words after a quotation and its inverted attribution', () => {
    expect(
      reported(
        INTRO,
        'Such harbour tallies “are vital for every crew at sea”, said Quell, head of the pier board at Tarrow, who was not on the panel.',
      ),
    ).toEqual([]);
  });
});
