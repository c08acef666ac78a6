import { describe, expect, it } from 'vitest';
import { HARBOUR_INTRO, reportedOf } from './inventedArticle.ts';

describe('“said 17 laptops, 9 routers … have been recovered”: a count opens the reported clause', () => {
  it('reads a counted subject whose verb comes after a list, an appositive or brackets', () => {
    expect(
      reportedOf(
        HARBOUR_INTRO,
        'Quell said 230 reports to the (Harbour Fraud Desk) were traced back to the same gang.',
        'Vell said 17 laptops, 9 routers, four ledgers, and three forged licences have been recovered.',
        'Quell said 3,412 homes, housing 11,980 people, have lost power since the storm.',
      ),
    ).toEqual([
      ['Mira Quell', '230 reports to the (Harbour Fraud Desk) were traced back to the same gang'],
      [
        'Tomas Vell',
        '17 laptops, 9 routers, four ledgers, and three forged licences have been recovered',
      ],
      ['Mira Quell', '3,412 homes, housing 11,980 people, have lost power since the storm'],
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
