import { describe, expect, it } from 'vitest';
import { HARBOUR_INTRO, reportedOf } from './inventedArticle.ts';

const reported = reportedOf;

const INTRO = HARBOUR_INTRO;

describe('"said" + where or when it was said + a clause without "that"', () => {
  it('“said during a media briefing he believes …”, “said at the time the ferry was …”', () => {
    expect(
      reported(
        INTRO,
        'Vell said during a media briefing he believes the pier fund would cover the repairs.',
        'Quell said at the time the ferry was a decade older than its papers claimed.',
      ),
    ).toEqual([
      ['Tomas Vell', 'he believes the pier fund would cover the repairs'],
      ['Mira Quell', 'the ferry was a decade older than its papers claimed'],
    ]);
  });

  it('not a setting that goes on (“at the time of the fire”), nor a phrase with no verb', () => {
    expect(
      reported(
        INTRO,
        'Vell said at the time of the storm nothing else.',
        'Quell said in the hallway the other day.',
      ),
    ).toEqual([]);
  });
});
