/**
 * A deterministic corpus of `size` quotes: the real corpus first, then synthetic
 * quotes (ten to an article, fifty to a speaker) from a sentence source.
 */
import type { Corpus } from '../../lib/corpus/schema';
import { mulberry32 } from './mulberry32';
import { grammarSource, type SentenceSource } from './SentenceSource';

const QUOTES_PER_ARTICLE = 10;
const QUOTES_PER_SPEAKER = 50;

export function makeSyntheticCorpus(
  real: Corpus,
  size: number,
  source: SentenceSource = grammarSource,
  seed = 20261123,
): Corpus {
  const rnd = mulberry32(seed);
  const corpus: Corpus = {
    schemaVersion: real.schemaVersion,
    speakers: [...real.speakers],
    articles: [...real.articles],
    quotes: real.quotes.slice(0, size),
    narration: [...real.narration],
  };
  const seen = new Set(corpus.quotes.map((q) => q.text));
  // `n` counts synthetic quotes added (not sentences drawn): a redrawn duplicate must not
  // skip the quote that opens an article or a speaker, or later quotes would name one
  // that was never added.
  for (let n = 0; corpus.quotes.length < size; ) {
    const text = source.sentence(rnd);
    if (seen.has(text)) continue;
    seen.add(text);
    const articleId = `syn-a${Math.floor(n / QUOTES_PER_ARTICLE)}`;
    const speakerId = `syn-s${Math.floor(n / QUOTES_PER_SPEAKER)}`;
    if (n % QUOTES_PER_ARTICLE === 0) {
      corpus.articles.push({
        id: articleId,
        title: `Synthetic article ${n / QUOTES_PER_ARTICLE}`,
        outlet: 'Synthetic Daily',
        url: null,
        published: null,
        dateSource: null,
        byline: null,
      });
    }
    if (n % QUOTES_PER_SPEAKER === 0) {
      corpus.speakers.push({
        id: speakerId,
        name: `Speaker ${n / QUOTES_PER_SPEAKER}`,
        aliases: [],
        description: 'synthetic',
      });
    }
    corpus.quotes.push({
      id: `${articleId}#${(n % QUOTES_PER_ARTICLE) + 1}`,
      text,
      speakerId,
      articleId,
      kind: 'direct',
      context: text,
    });
    n++;
  }
  return corpus;
}
