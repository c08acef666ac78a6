import { describe, expect, it } from 'vitest';
import { HARBOUR_INTRO, reportedOf } from './inventedArticle.ts';

describe('after an attributed quotation, a connective and the same speaker’s next verb of speech with “that”', () => {
  it('“before adding that”, “but in the same breath warned that”, “even suggesting that”, “but also stressed that”', () => {
    expect(
      reportedOf(
        HARBOUR_INTRO,
        '“We want the ferries back on the water soon,” Quell said, before adding that she thought the crews were ready.',
        '“The two boards are far nearer a deal today,” Vell remarked, but in the same breath warned that a strike could still come.',
        '“They earn their living on the water,” Quell argued, even suggesting that a grant should be offered to the crews.',
        '“We have paid every crew on time,” Vell said, but also stressed that the winter dues would rise.',
      ),
    ).toEqual([
      ['Mira Quell', 'she thought the crews were ready'],
      ['Tomas Vell', 'a strike could still come'],
      ['Mira Quell', 'a grant should be offered to the crews'],
      ['Tomas Vell', 'the winter dues would rise'],
    ]);
  });

  it('not a verb outside the one list of speech (“but hoped that”, “before learning that”)', () => {
    expect(
      reportedOf(
        HARBOUR_INTRO,
        '“We want the ferries back on the water soon,” Quell said, but hoped that the storms would pass.',
        '“The dues will stay as they are,” Vell said, before learning that the board had raised them.',
      ),
    ).toEqual([]);
  });
});
