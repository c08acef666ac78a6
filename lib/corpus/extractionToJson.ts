import type { ExtractedArticle, UnattributedQuote } from '../extract/types.ts';
import { assembleCorpus, corpusQuote, corpusQuotes } from './buildCorpus.ts';
import type { Corpus, Quote } from './schema.ts';

/** One quote of `npm run -s extract`: the corpus quote, and where it stands and which sieve gave it. */
export type ExtractedQuoteJson = Quote & {
  line: number;
  start: number;
  end: number;
  sieve: string;
  /** False for reported speech of an unnamed source, which the corpus keeps as narration. */
  inCorpus: boolean;
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
  const inCorpus = new Set(corpusQuotes(article));
  let kept = 0;
  let narrated = 0;
  return {
    ...corpus,
    quotes: article.quotes.map((q) => ({
      // The corpus's id for a quote it keeps; `<articleId>!<n>` for one it leaves as narration.
      ...corpusQuote(
        q,
        inCorpus.has(q) ? `${article.id}#${++kept}` : `${article.id}!${++narrated}`,
        article.id,
      ),
      line: q.line,
      start: q.start,
      end: q.end,
      sieve: q.sieve,
      inCorpus: inCorpus.has(q),
    })),
    unattributed: article.unattributed,
  };
}
