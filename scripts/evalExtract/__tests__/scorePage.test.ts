import { describe, expect, it } from 'vitest';
import type { ExtractedArticle, FoundQuote } from '../../../lib/extract/types.ts';
import { scorePage } from '../scorePage.ts';
import type { Annotation } from '../types.ts';

const TEXT =
  'JM: Your predecessor said in 2019 that the board would build a pipeline. What happened to it?';

const quote = (text: string, speaker: string): FoundQuote => {
  const start = TEXT.indexOf(text);
  return {
    text,
    speaker,
    source: null,
    sourceKind: null,
    kind: 'direct',
    context: TEXT,
    line: 1,
    start,
    end: start + text.length,
    sieve: 'test',
  };
};

const article = (quotes: FoundQuote[]): ExtractedArticle => ({
  id: 'page',
  meta: {
    title: 'A made-up interview',
    outlet: null,
    url: null,
    published: null,
    dateSource: null,
    byline: null,
    language: 'en',
  },
  warnings: [],
  people: [],
  quotes,
  unattributed: [],
  narration: [],
  text: TEXT,
  paragraphs: [{ line: 1, role: 'body', start: 0, end: TEXT.length }],
});

const annotation = (speaker: string): Annotation => ({
  page: 'page',
  input: 'page.txt',
  headline: null,
  published: null,
  outlet: null,
  quotes: [{ locate: 'the board would build a pipeline', speaker, source: null, kind: 'reported' }],
  notQuotes: [],
});

describe('scorePage', () => {
  it('scores the innermost quotation the locating words fall in', () => {
    // The question is the interviewer's; the clause inside it is the predecessor's.
    const outer = quote(TEXT.slice(4), 'Jonah Mwale');
    const inner = quote('the board would build a pipeline', 'Halvard Brun');
    for (const order of [
      [outer, inner],
      [inner, outer],
    ]) {
      const score = scorePage(annotation('Halvard Brun'), article(order));
      expect(score.right).toBe(1);
      expect(score.wrongPerson).toBe(0);
    }
    const wrong = scorePage(annotation('Halvard Brun'), article([outer]));
    expect(wrong.wrongPerson).toBe(1);
  });

  it('a name without its middle initial is the same person; a different name is not', () => {
    const inner = quote('the board would build a pipeline', 'Halvard Brun');
    expect(scorePage(annotation('Halvard T. Brun'), article([inner])).right).toBe(1);
    expect(scorePage(annotation('Brun'), article([inner])).right).toBe(1);
    expect(scorePage(annotation('Halvard Brunner'), article([inner])).wrongPerson).toBe(1);
    expect(scorePage(annotation('Halvard Brunner'), article([inner])).partialName).toBe(0);
  });

  it('a part of the annotated name is wrong, and counted apart as a part of the name', () => {
    const surname = quote('the board would build a pipeline', 'Brun');
    const score = scorePage(annotation('Halvard Brun'), article([surname]));
    expect(score.wrongPerson).toBe(1);
    expect(score.partialName).toBe(1);
    expect(score.notes.some((n) => n.startsWith('WRONG (part of the name)'))).toBe(true);
  });

  it('a name with or without a middle name is the same person; another first name is not', () => {
    const full = quote('the board would build a pipeline', 'Halvard Tomas Brun');
    expect(scorePage(annotation('Halvard Brun'), article([full])).right).toBe(1);
    const short = quote('the board would build a pipeline', 'Halvard Brun');
    expect(scorePage(annotation('Halvard Tomas Brun'), article([short])).right).toBe(1);
    expect(scorePage(annotation('Tomas Brun'), article([full])).wrongPerson).toBe(1);
  });

  it('a not-quote counts when extracted as itself, or as most of a quotation, not when a long one mentions it', () => {
    const withNotQuote = (notQuote: string, extracted: FoundQuote) =>
      scorePage({ ...annotation('Jonah Mwale'), notQuotes: [notQuote] }, article([extracted]))
        .notQuotesExtracted;
    expect(
      withNotQuote(
        'the board would build a pipeline',
        quote('the board would build a pipeline', 'X'),
      ),
    ).toBe(1);
    expect(
      withNotQuote('would build a pipeline', quote('the board would build a pipeline', 'X')),
    ).toBe(1);
    expect(withNotQuote('build a pipeline', quote(TEXT.slice(4), 'Jonah Mwale'))).toBe(0);
  });
});
