import { describe, expect, it } from 'vitest';
import { parseArticle } from '../parseArticle.ts';

/** Invented articles: every sentence here is ours. */
const article = (...paragraphs: string[]) =>
  ['A made-up headline for a test story', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
const who = (text: string) => {
  const parsed = parseArticle('test.txt', text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value.quotes.map((q) => [q.speaker ?? `${q.sourceKind}: ${q.source}`, q.text]);
};

describe('an unnamed source is never given the nearest name', () => {
  it('someone shouting from the crowd is that someone, not the person just named', () => {
    expect(
      who(
        article(
          'Mayor Elin Varga visited the flood centre on Monday.',
          'Ms Varga was interrupted during her speech by a protester.',
          '“The river will take us all, open your eyes,” the man yelled, before he was led from the hall.',
        ),
      ),
    ).toEqual([['anonymous: the man', 'The river will take us all, open your eyes,']]);
    expect(
      who(
        article(
          'Senator Rafe Tolland spoke at the depot.',
          '“Save our jobs,” a heckler shouted as he began.',
        ),
      ),
    ).toEqual([['anonymous: a heckler', 'Save our jobs,']]);
  });

  it('“authorities say” is an organisation speaking, even where the clause says “her”', () => {
    expect(
      who(
        article(
          'Nora Halloran, 61, ran the town’s accounts for twenty years.',
          'Authorities say Halloran spent the money on boats and on her farm, Green Acres LLC.',
        ),
      ),
    ).toEqual([
      [
        'organisation: Authorities',
        'Halloran spent the money on boats and on her farm, Green Acres LLC',
      ],
    ]);
  });
});
