import type { ExtractedArticle, UnattributedQuote } from '../extract/types.ts';
import { assembleCorpus } from './buildCorpus.ts';
import type { Corpus, Quote } from './schema.ts';

/** One quote of `npm run -s extract`: the corpus quote, and where it stands and which sieve gave it. */
export type ExtractedQuoteJson = Quote & {
  line: number;
  start: number;
  end: number;
  sieve: string;
};

/** What `npm run -s extract -- FILE` prints: the article as corpus JSON, plus what was left out. */
export type ExtractionJson = Omit<Corpus, 'quotes'> & {
  quotes: ExtractedQuoteJson[];
  unattributed: UnattributedQuote[];
};

/**
 * The JSON of one extracted article: the corpus shape (`corpus/quotes.json`), each quote
 * with its line, `[start, end)` offsets in the article's text and the sieve that
 * attributed it, then the quotations left unattributed with the reason.
 */
export function extractionToJson(article: ExtractedArticle): ExtractionJson {
  const corpus = assembleCorpus([article]);
  return {
    ...corpus,
    quotes: corpus.quotes.map((q, i) => {
      const found = article.quotes[i]!;
      return { ...q, line: found.line, start: found.start, end: found.end, sieve: found.sieve };
    }),
    unattributed: article.unattributed,
  };
}
