import { describe, expect, it } from 'vitest';
import { parseArticle } from '../parseArticle.ts';

/** A made-up radio interview page printed as one paragraph; every sentence is ours. */
const page = (...lines: string[]) =>
  ['Harbour doctor on the new ferry clinic', '', ...lines.flatMap((l) => [l, ''])].join('\n');

const read = (text: string) => {
  const parsed = parseArticle('t.txt', text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return {
    quotes: parsed.value.quotes.map((q) => [q.speaker ?? `${q.sourceKind}: ${q.source}`, q.text]),
    open: parsed.value.unattributed.map((u) => u.text),
  };
};

describe('an interview printed as one paragraph, the questions in brackets', () => {
  it('each bracketed question is the unnamed interviewer’s; the answers between stay open when nobody is named', () => {
    const { quotes, open } = read(
      page(
        'We opened the clinic on the ferry in March and we see about forty people a week. (How many of them had never seen a doctor before?) Almost half of them, which surprised all of us. (What will the clinic need next year? You told us the money runs out in June.) A second nurse, and a boat that does not leak in winter.',
      ),
    );
    expect(quotes).toEqual([
      ['anonymous: the questioner', 'How many of them had never seen a doctor before?'],
      [
        'anonymous: the questioner',
        'What will the clinic need next year? You told us the money runs out in June.',
      ],
    ]);
    expect(open).toEqual([
      'We opened the clinic on the ferry in March and we see about forty people a week.',
      'Almost half of them, which surprised all of us.',
      'A second nurse, and a boat that does not leak in winter.',
    ]);
  });

  it('one bracketed question, or a short aside, is no interview', () => {
    const { quotes } = read(
      page(
        'The clinic (who would have guessed?) is now the busiest on the coast. (Is it the cheapest one too?) Nobody on the board could say.',
      ),
    );
    expect(quotes).toEqual([]);
  });
});
