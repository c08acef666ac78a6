/**
 * Builds a segment from a corpus (validated by `parseCorpus`): the quote store (texts
 * cut into runs and coded by a vocabulary of the corpus's own runs, most frequent
 * first; articles and speakers as small records) and the inverted index of every
 * document's shingle keys. Same corpus, same bytes.
 *
 * Documents are numbered quotes first, grouped by article in the corpus's article
 * order (each article's quotes in their order), then the narration likewise; a corpus
 * whose quotes already come article by article (every corpus `npm run corpus` or an
 * import writes) keeps its order. A large corpus is built in batches of whole articles
 * (`BATCH_DOCS` documents at most each) that are then merged.
 */

import type { Corpus, Quote } from '../corpus/schema';
import { BATCH_DOCS, indexOfTexts } from './indexFromStore';
import { mergeSegments } from './mergeSegments';
import { openSegment } from './openSegment';
import { articleRecord, speakerRecord } from './records';
import { SegmentBuilder } from './SegmentBuilder';
import { SEGMENT_FORMAT } from './segmentFormat';
import { textRuns } from './textRuns';

export interface BuildOptions {
  /** Documents a batch may hold (tests make it small to check that batches merge exactly). */
  batchDocs?: number;
  /** Collects every word indexed (the store's word table is made from them). */
  words?: Set<string>;
}

export function buildSegment(
  corpus: Corpus,
  { batchDocs = BATCH_DOCS, words }: BuildOptions = {},
): ArrayBuffer {
  const onWords = words
    ? (ws: readonly string[]) => {
        for (const w of ws) words.add(w);
      }
    : undefined;
  const articleIndex = new Map(corpus.articles.map((a, i) => [a.id, i]));
  const quotesOf = corpus.articles.map((): Quote[] => []);
  const narrationOf = corpus.articles.map((): Corpus['narration'] => []);
  for (const q of corpus.quotes) {
    const a = articleIndex.get(q.articleId);
    if (a === undefined) throw new RangeError(`quote "${q.id}": no article "${q.articleId}"`);
    quotesOf[a]!.push(q);
  }
  for (const n of corpus.narration) {
    const a = articleIndex.get(n.articleId);
    if (a === undefined) throw new RangeError(`narration "${n.id}": no article "${n.articleId}"`);
    narrationOf[a]!.push(n);
  }
  // Batches of whole articles.
  const batches: number[][] = [];
  let batch: number[] = [];
  let docs = 0;
  corpus.articles.forEach((_, a) => {
    const size = quotesOf[a]!.length + narrationOf[a]!.length;
    if (batch.length > 0 && docs + size > batchDocs) {
      batches.push(batch);
      batch = [];
      docs = 0;
    }
    batch.push(a);
    docs += size;
  });
  batches.push(batch);
  if (batches.length === 1) return buildBatch(corpus, batches[0]!, quotesOf, narrationOf, onWords);
  const segments = batches.map((articles, i) => {
    const opened = openSegment(buildBatch(corpus, articles, quotesOf, narrationOf, onWords), {
      origin: 'reader',
      name: `batch ${i + 1}`,
    });
    if (!opened.ok) throw new Error(opened.error.message);
    return opened.value;
  });
  return mergeSegments(
    segments.map((segment) => ({ segment })),
    { speakers: 'shared' },
  );
}

function buildBatch(
  corpus: Corpus,
  articles: readonly number[],
  quotesOf: readonly Quote[][],
  narrationOf: readonly Corpus['narration'][],
  onWords?: (words: readonly string[]) => void,
): ArrayBuffer {
  const speakerIndex = new Map(corpus.speakers.map((s, i) => [s.id, i]));
  // Every document's text (and each context that is not its text) cut into runs, the
  // runs interned in order of first sight.
  const quotes = articles.flatMap((a) => quotesOf[a]!);
  const narration = articles.flatMap((a) => narrationOf[a]!);
  const runId = new Map<string, number>();
  const runs: string[] = [];
  const counts: number[] = [];
  const cut = (text: string): number[] =>
    textRuns(text).map((r) => {
      let id = runId.get(r);
      if (id === undefined) {
        id = runs.length;
        runId.set(r, id);
        runs.push(r);
        counts.push(0);
      }
      counts[id]!++;
      return id;
    });
  const quoteRuns = quotes.map((q) => cut(q.text));
  const contextRuns = quotes.map((q) => (q.context === q.text ? null : cut(q.context)));
  const narrationRuns = narration.map((n) => cut(n.text));
  // Ranks: most frequent first, ties by code units, so the same corpus gives the same bytes.
  const order = runs.map((_, i) => i);
  order.sort(
    (x, y) => counts[y]! - counts[x]! || (runs[x]! < runs[y]! ? -1 : runs[x]! > runs[y]! ? 1 : 0),
  );
  const rank = new Uint32Array(runs.length);
  order.forEach((id, r) => {
    rank[id] = r;
  });
  const toRanks = (ids: readonly number[]) => ids.map((id) => rank[id]!);

  const builder = new SegmentBuilder(order.map((id) => runs[id]!));
  for (const s of corpus.speakers) builder.addSpeaker(speakerRecord(s));
  let q = 0;
  let n = 0;
  for (const a of articles) {
    const article = corpus.articles[a]!;
    builder.addArticle(articleRecord(article), quotesOf[a]!.length, narrationOf[a]!.length);
    quotesOf[a]!.forEach((quote, k) => {
      const ranks = toRanks(quoteRuns[q]!);
      const context = contextRuns[q];
      const speaker =
        quote.speakerId === null ? SEGMENT_FORMAT.noSpeaker : speakerIndex.get(quote.speakerId);
      if (speaker === undefined)
        throw new RangeError(`quote "${quote.id}": no speaker "${quote.speakerId}"`);
      const contextRanks = context ? toRanks(context) : null;
      builder.addQuote({
        id: quote.id,
        derivedId: quote.id === `${article.id}#${k + 1}`,
        ranks,
        rankCount: ranks.length,
        contextRanks,
        contextRankCount: contextRanks?.length ?? 0,
        speaker,
        reported: quote.kind === 'reported',
        ...(quote.source !== undefined ? { source: quote.source } : {}),
        ...(quote.sourceKind !== undefined ? { sourceKind: quote.sourceKind } : {}),
      });
      q++;
    });
  }
  for (const a of articles) {
    const article = corpus.articles[a]!;
    narrationOf[a]!.forEach((item, k) => {
      const ranks = toRanks(narrationRuns[n]!);
      builder.addNarration({
        id: item.id,
        derivedId: item.id === `${article.id}~${k + 1}`,
        ranks,
        rankCount: ranks.length,
      });
      n++;
    });
  }
  const texts = [...quotes.map((x) => x.text), ...narration.map((x) => x.text)];
  return builder.finish(indexOfTexts(texts.length, (doc) => texts[doc]!, onWords));
}
