import { describe, expect, it } from 'vitest';
import { article, read } from './inventedArticle.ts';

/** [who, text] for each reported quote of an invented article. */
const reported = (...paragraphs: string[]) =>
  read(article(...paragraphs))
    .quotes.filter((q) => q.kind === 'reported')
    .map((q) => [q.speaker ?? `${q.sourceKind}: ${q.source}`, q.text]);

const INTRO =
  'Tomas Vell, the harbour treasurer, spoke on Monday. Mira Quell, a councillor, spoke too.';

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
