/**
 * The chunks of one import as one corpus, in memory: each speaker and article once (a
 * chunk repeats those it shares with others), in the order first met. For small imports
 * and tests; a large one is written out as it streams (scripts/corpusImport.ts).
 */
import type { Article, Corpus, Speaker } from '../corpus/schema';
import { SCHEMA_VERSION } from '../corpus/schema';

export function mergeChunks(chunks: Iterable<Corpus>): Corpus {
  const speakers = new Map<string, Speaker>();
  const articles = new Map<string, Article>();
  const merged: Corpus = {
    schemaVersion: SCHEMA_VERSION,
    speakers: [],
    articles: [],
    quotes: [],
    narration: [],
  };
  for (const c of chunks) {
    for (const s of c.speakers) if (!speakers.has(s.id)) speakers.set(s.id, s);
    for (const a of c.articles) if (!articles.has(a.id)) articles.set(a.id, a);
    merged.quotes.push(...c.quotes);
    merged.narration.push(...c.narration);
  }
  merged.speakers = [...speakers.values()];
  merged.articles = [...articles.values()];
  return merged;
}
