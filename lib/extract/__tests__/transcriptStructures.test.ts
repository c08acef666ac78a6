import { describe, expect, it } from 'vitest';
import { parseArticle } from '../parseArticle.ts';

/** Who said what on a made-up page: every sentence is ours, the structures are real transcripts'. */
const who = (...lines: string[]) => {
  const parsed = parseArticle('t.txt', lines.flatMap((l) => [l, '']).join('\n'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value.quotes.map((q) => [q.speaker ?? `${q.sourceKind}: ${q.source}`, q.text]);
};

describe('labels printed without a space after the colon', () => {
  it('a label in capitals glued to the words is still the turn’s speaker', () => {
    expect(
      who(
        'Press Conference by the Harbour Minister (Excerpt)',
        'REPORTER:I would like to ask about the ferry strike at the northern pier.',
        'HARBOUR MINISTER QUILL:Yes, we are talking with the crews every day.',
        'REPORTER:Will the fares rise?',
        'HARBOUR MINISTER QUILL:That has not been decided.',
      ),
    ).toEqual([
      ['anonymous: Reporter', 'I would like to ask about the ferry strike at the northern pier.'],
      ['Quill', 'Yes, we are talking with the crews every day.'],
      ['anonymous: Reporter', 'Will the fares rise?'],
      ['Quill', 'That has not been decided.'],
    ]);
  });

  it('a ticker or a run-together word with a colon is no label', () => {
    expect(
      who(
        'Harbour Freight shares rise',
        'NYSE:HFC shares rose on Tuesday after the company said "we had a very good year" in its report.',
      ),
    ).not.toContainEqual(expect.arrayContaining([expect.stringMatching(/^HFC shares/)]));
  });
});
