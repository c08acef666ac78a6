import { describe, expect, it } from 'vitest';
import { article, read } from './inventedArticle.ts';

/** [who, text] for each reported quote of an invented article. */
const reported = (...paragraphs: string[]) =>
  read(article(...paragraphs))
    .quotes.filter((q) => q.kind === 'reported')
    .map((q) => [q.speaker ?? `${q.sourceKind}: ${q.source}`, q.text]);

const INTRO =
  'Tomas Vell, the harbour treasurer, spoke on Monday. Mira Quell, a councillor, spoke too.';

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
