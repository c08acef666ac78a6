import { describe, expect, it } from 'vitest';
import type { Article, Corpus } from '../../corpus/schema';
import { summarizeCorpus } from '../summarizeCorpus';

const article = (id: string, published: string | null, title = id): Article => ({
  id,
  title,
  outlet: null,
  url: null,
  published,
  dateSource: published ? 'article' : null,
  byline: null,
});

const corpus: Corpus = {
  schemaVersion: 1,
  speakers: [
    { id: 'a', name: 'A', aliases: [], description: '' },
    { id: 'b', name: 'B', aliases: [], description: '' },
  ],
  articles: [
    article('old', '2020-10-29'),
    article('undated', null, 'Zed'),
    article('new', '2021-08-23'),
  ],
  quotes: [
    { id: 'old#1', text: 'x', speakerId: 'a', articleId: 'old', kind: 'direct', context: 'x' },
    { id: 'new#1', text: 'y', speakerId: 'b', articleId: 'new', kind: 'direct', context: 'y' },
    { id: 'new#2', text: 'z', speakerId: 'b', articleId: 'new', kind: 'reported', context: 'z' },
  ],
  narration: [],
};

describe('summarizeCorpus', () => {
  it('counts quotes, speakers and articles', () => {
    const summary = summarizeCorpus(corpus);
    expect([summary.quotes, summary.speakers, summary.articles]).toEqual([3, 2, 3]);
  });

  it('lists sources newest first, undated last, with their quote counts', () => {
    const { sources } = summarizeCorpus(corpus);
    expect(sources.map((s) => [s.id, s.quotes])).toEqual([
      ['new', 2],
      ['old', 1],
      ['undated', 0],
    ]);
  });

  it('summarises an empty corpus without failing', () => {
    expect(
      summarizeCorpus({ schemaVersion: 1, speakers: [], articles: [], quotes: [], narration: [] }),
    ).toEqual({ quotes: 0, speakers: 0, articles: 0, sources: [] });
  });
});
