import { describe, expect, it } from 'vitest';
import { HARBOUR_INTRO, reportedOf } from './inventedArticle.ts';

describe('“said 42 phones, 21 cards … have been seized”: a count opens the reported clause', () => {
  it('reads a counted subject whose verb comes after a list, an appositive or brackets', () => {
    expect(
      reportedOf(
        HARBOUR_INTRO,
        'Quell said 148 complaints at the (Regional Fraud Office) were found to be linked with the arrests.',
        'Vell said 42 mobile phones, 21 sim cards, six bank cards, and two fake passports have been seized.',
        'Quell said 9,617 households, comprising 57,701 people, have been affected by the floods.',
      ),
    ).toEqual([
      [
        'Mira Quell',
        '148 complaints at the (Regional Fraud Office) were found to be linked with the arrests',
      ],
      [
        'Tomas Vell',
        '42 mobile phones, 21 sim cards, six bank cards, and two fake passports have been seized',
      ],
      [
        'Mira Quell',
        '9,617 households, comprising 57,701 people, have been affected by the floods',
      ],
    ]);
  });

  it('reads no clause from a span of time or a count with no verb of its own', () => {
    const found = reportedOf(
      HARBOUR_INTRO,
      'Quell said 10 days ago, in front of the whole harbour board, that nothing was decided.',
      'Vell said 40 boats, maybe more, and then he left the meeting.',
    ).map(([, text]) => text);
    expect(found.filter((t) => /^(?:10 days|40 boats)/.test(t ?? ''))).toEqual([]);
  });
});
