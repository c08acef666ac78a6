/**
 * The reader's corpus, as `exportCorpus` writes it, from the stored segments: only what
 * is live (a removed article is in no part), each speaker once (people of different
 * segments made one as the matcher makes them one: `unifySpeakers`), each article once
 * (an import's story whose quotes fell in two chunks is in two segments), quotes and
 * narration article by article. Quotes and narration are decoded one at a time, as the
 * export writes them.
 */
import type { Article, Narration, Quote, Speaker } from '../corpus/schema';
import type { ExportParts } from '../import/exportCorpus';
import type { Segment } from '../segment/Segment';
import { unifySpeakers } from '../segment/unifySpeakers';

export interface LiveSegment {
  segment: Segment;
  /** Article indices removed from it. */
  removed: ReadonlySet<number>;
}

export interface ReaderExport extends ExportParts {
  /** Counts, known once the export has been written. */
  counts(): { speakers: number; articles: number; quotes: number; narration: number };
}

export function readerExportParts(segments: readonly LiveSegment[]): ReaderExport {
  const live = (s: LiveSegment) =>
    Array.from({ length: s.segment.articleCount }, (_, a) => a).filter((a) => !s.removed.has(a));
  // Each segment's speakers that a live quote names (the others are left out).
  const used = segments.map((s) => {
    const list: (Speaker | null)[] = new Array(s.segment.speakerCount).fill(null);
    for (const a of live(s)) {
      const [from, to] = s.segment.quoteRange(a);
      for (let d = from; d < to; d++) {
        const k = s.segment.speakerOf(d);
        if (k !== null && list[k] === null) list[k] = s.segment.speaker(k);
      }
    }
    return list;
  });
  const unified = unifySpeakers(used);
  const counts = { speakers: unified.speakers.length, articles: 0, quotes: 0, narration: 0 };
  const seenArticles = new Set<string>();

  function* articles(): Generator<Article> {
    for (const s of segments) {
      for (const a of live(s)) {
        const article = s.segment.article(a);
        if (seenArticles.has(article.id)) continue;
        seenArticles.add(article.id);
        counts.articles++;
        yield article;
      }
    }
  }

  function* quotes(): Generator<Quote> {
    for (const [i, s] of segments.entries()) {
      for (const a of live(s)) {
        const [from, to] = s.segment.quoteRange(a);
        for (let d = from; d < to; d++) {
          const quote = s.segment.quote(d);
          const k = s.segment.speakerOf(d);
          counts.quotes++;
          yield k === null
            ? quote
            : { ...quote, speakerId: unified.speakers[unified.indexOf[i]![k]!]!.id };
        }
      }
    }
  }

  function* narration(): Generator<Narration> {
    for (const s of segments) {
      for (const a of live(s)) {
        const [from, to] = s.segment.narrationRange(a);
        for (let d = from; d < to; d++) {
          counts.narration++;
          yield s.segment.narration(d);
        }
      }
    }
  }

  return {
    speakers: unified.speakers,
    articles: articles(),
    quotes: quotes(),
    narration: narration(),
    counts: () => ({ ...counts }),
  };
}
