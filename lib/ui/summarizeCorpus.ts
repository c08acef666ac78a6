/**
 * What the options page shows about the bundled corpus: the counts, and each source
 * article with its date, where that date comes from, and how many quotes it gives.
 * Newest first; undated articles last, by title.
 */

import type { Corpus } from '../corpus/schema';
import type { CorpusSource, CorpusSummary } from '../protocol';

export function summarizeCorpus(corpus: Corpus): CorpusSummary {
  const quotesPerArticle = new Map<string, number>();
  for (const quote of corpus.quotes) {
    quotesPerArticle.set(quote.articleId, (quotesPerArticle.get(quote.articleId) ?? 0) + 1);
  }
  const sources: CorpusSource[] = corpus.articles.map((article) => ({
    id: article.id,
    title: article.title,
    outlet: article.outlet,
    url: article.url,
    published: article.published,
    dateSource: article.dateSource,
    quotes: quotesPerArticle.get(article.id) ?? 0,
  }));
  sources.sort((a, b) => {
    if (a.published && b.published && a.published !== b.published) {
      return a.published < b.published ? 1 : -1;
    }
    if (a.published && !b.published) return -1;
    if (!a.published && b.published) return 1;
    return a.title.localeCompare(b.title);
  });
  return {
    quotes: corpus.quotes.length,
    speakers: corpus.speakers.length,
    articles: corpus.articles.length,
    sources,
  };
}
