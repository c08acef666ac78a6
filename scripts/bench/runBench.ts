/**
 * One benchmark size: build the engine's segment and the plain fuse.js baseline over the
 * same corpus, run the same queries through both, and measure; then add one 30-quote
 * article as a segment of its own, as a reader's "Add this article" will.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Fuse from 'fuse.js';
import type { Corpus } from '../../lib/corpus/schema';
import { buildSegment } from '../../lib/segment/buildSegment';
import { openSegment } from '../../lib/segment/openSegment';
import { tokenize } from '../../lib/text/tokenize';
import type { Query } from './makeQueries';
import type { EngineMeasure } from './measureEngine';
import { mulberry32 } from './mulberry32';
import type { SentenceSource } from './SentenceSource';

export interface Stats {
  queries: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** Share of `exact` and `edited` queries whose first answer is their quote. */
  top1: number;
  /** The same, for `exact` and for `edited` queries alone. */
  top1Exact: number;
  top1Edited: number;
  /**
   * Share of `exact` and `edited` queries the specificity gate answers `common` (too
   * common a phrase to say who said it: no answer, by design), and top-1 over the rest.
   */
  commonRate: number;
  top1Specific: number;
  /** Share of `absent` queries that were given a quote anyway. */
  falseMatchRate: number;
  /** The same, for short (8–15 words) and long (16–40 words) absent texts alone. */
  falseMatchRateShort: number;
  falseMatchRateLong: number;
}

export interface SizeResult {
  quotes: number;
  /** Which sentence source made the corpus. */
  corpus: string;
  engine: Stats & {
    buildMs: number;
    /** The whole segment file (quote store and index). */
    segmentBytes: number;
    /** Its inverted index alone (key directory, keys, postings). */
    indexBytes: number;
    /**
     * What the matcher holds after the queries: the segment's buffer, the per-document
     * scratch space, and the caches of decoded documents and word weights (V8 heap and
     * array buffers, after a full collection).
     */
    heapMB: number;
    /** Reading the segment file into memory. */
    readMs: number;
    /** Opening it (checks, views): ready to answer; the median of three openings. */
    loadMs: number;
    /** The first check after loading (compiles the matching code). */
    firstCheckMs: number;
    /** Building a 30-quote article's segment and adding it to the set; the median of five. */
    addArticleMs: number;
    /** The machine's load average (1 minute) when the engine's run ended: the machine is shared. */
    loadAverage: number;
  };
  baseline: (Stats & { name: string }) | null;
}

export interface BenchOptions {
  /** Queries the baseline runs (an even share of each kind); 0 runs none. */
  baselineQueries: number;
  /** Makes the added article's quotes. */
  source: SentenceSource;
}

const MEASURE_ENGINE = join(import.meta.dirname, 'measureEngine.ts');

/** Its inverted index's share of a segment (key directory, keys, postings). */
function indexBytesOf(bytes: Uint8Array): number {
  const opened = openSegment(bytes, { origin: 'bundled' });
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value.index.byteLength;
}

/** Quotes of the article added at the end, as one "Add this article" brings. */
export const ADDED_ARTICLE_QUOTES = 30;

const wordKey = (text: string) =>
  tokenize(text)
    .filter((t) => t.kind === 'word')
    .map((t) => t.norm)
    .join(' ');

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

/** Counts of right answers and false matches per kind of query. */
class Tally {
  readonly times: number[] = [];
  readonly right = { exact: [0, 0], edited: [0, 0] };
  readonly named = { short: [0, 0], long: [0, 0] };
  /** Excerpts found, of those the specificity gate let through; and those it called common. */
  readonly specific = [0, 0];
  common = 0;

  add(
    q: Query,
    ms: number,
    answerId: string | undefined,
    quotes: Map<string, string>,
    verdict?: string,
  ): void {
    this.times.push(ms);
    if (q.kind === 'absent') {
      const n = this.named[q.length ?? 'short'];
      n[1]!++;
      if (answerId !== undefined) n[0]!++;
    } else {
      const r = this.right[q.kind];
      const correct = isCorrect(q, answerId, quotes);
      r[1]!++;
      if (correct) r[0]!++;
      if (verdict === 'common') this.common++;
      else {
        this.specific[1]!++;
        if (correct) this.specific[0]!++;
      }
    }
  }

  summarize(): Stats {
    const sorted = [...this.times].sort((a, b) => a - b);
    const share = (parts: number[][]) => {
      const hit = parts.reduce((n, p) => n + p[0]!, 0);
      const all = parts.reduce((n, p) => n + p[1]!, 0);
      return all === 0 ? 0 : round(hit / all, 3);
    };
    return {
      queries: sorted.length,
      p50Ms: round(percentile(sorted, 0.5)),
      p95Ms: round(percentile(sorted, 0.95)),
      maxMs: round(sorted[sorted.length - 1] ?? 0),
      top1: share([this.right.exact, this.right.edited]),
      top1Exact: share([this.right.exact]),
      top1Edited: share([this.right.edited]),
      commonRate: share([[this.common, this.right.exact[1]! + this.right.edited[1]!]]),
      top1Specific: share([this.specific]),
      falseMatchRate: share([this.named.short, this.named.long]),
      falseMatchRateShort: share([this.named.short]),
      falseMatchRateLong: share([this.named.long]),
    };
  }
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Whether the answer is right: the quote itself, or (for exact excerpts) another quote holding the same words. */
function isCorrect(q: Query, answerId: string | undefined, quotes: Map<string, string>): boolean {
  if (answerId === undefined || q.quoteId === null) return false;
  if (answerId === q.quoteId) return true;
  return q.kind === 'exact' && (quotes.get(answerId) ?? '').includes(wordKey(q.text));
}

/** `n` queries, an even share of each kind (absent ones alternate short and long). */
export function evenShare(queries: readonly Query[], n: number): Query[] {
  const perKind = Math.max(1, Math.floor(n / 3));
  return (['exact', 'edited', 'absent'] as const).flatMap((k) =>
    queries.filter((q) => q.kind === k).slice(0, perKind),
  );
}

export async function runBench(
  corpus: Corpus,
  queries: readonly Query[],
  options: BenchOptions,
): Promise<SizeResult> {
  const quoteWords = new Map(corpus.quotes.map((q) => [q.id, wordKey(q.text)]));

  // Engine: build the segment and write it to a file; a process of its own reads and
  // opens it as the extension's worker does, and runs the queries (measureEngine).
  const t = performance.now();
  const built = new Uint8Array(buildSegment(corpus));
  const buildMs = performance.now() - t;
  const indexBytes = indexBytesOf(built);
  const dir = mkdtempSync(join(tmpdir(), 'qc-bench-'));
  const articles = Array.from({ length: ADDED_ARTICLES }, (_, i) =>
    addedArticle(options.source, i),
  );
  let m: EngineMeasure;
  try {
    writeFileSync(join(dir, 'corpus.qcs'), built);
    writeFileSync(
      join(dir, 'job.json'),
      JSON.stringify({ firstCheck: corpus.quotes[0]!.text, queries: queries.map((q) => q.text) }),
    );
    writeFileSync(join(dir, 'articles.json'), JSON.stringify(articles));
    const child = spawnSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', MEASURE_ENGINE, dir],
      { encoding: 'utf8', maxBuffer: 1 << 26 },
    );
    if (child.status !== 0) throw new Error(`measureEngine failed: ${child.stderr || child.error}`);
    m = JSON.parse(child.stdout) as EngineMeasure;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (!m.addedFound) throw new Error("the added article's quote was not found after adding it");
  const tally = new Tally();
  queries.forEach((q, i) => {
    tally.add(q, m.times[i]!, m.answers[i] ?? undefined, quoteWords, m.verdicts[i]);
  });

  const engine = {
    ...tally.summarize(),
    buildMs: round(buildMs),
    segmentBytes: built.length,
    indexBytes,
    heapMB: round(m.heapMB, 1),
    readMs: round(m.readMs),
    loadMs: round(m.loadMs),
    firstCheckMs: round(m.firstCheckMs),
    addArticleMs: round(m.addArticleMs),
    loadAverage: round(loadavg()[0] ?? 0),
  };

  // Baseline: plain fuse.js over every quote text, as the issue specifies.
  let baseline: SizeResult['baseline'] = null;
  if (options.baselineQueries > 0) {
    const fuse = new Fuse(
      corpus.quotes.map((q) => q.text),
      { ignoreLocation: true, threshold: 0.4, includeScore: true },
    );
    const ids = corpus.quotes.map((q) => q.id);
    const bTally = new Tally();
    for (const q of evenShare(queries, options.baselineQueries)) {
      const t0 = performance.now();
      const hits = fuse.search(q.text, { limit: 5 });
      const top = hits[0] ? ids[hits[0].refIndex] : undefined;
      bTally.add(q, performance.now() - t0, top, quoteWords);
    }
    baseline = { name: 'fuse.js 7.5 (ignoreLocation, threshold 0.4)', ...bTally.summarize() };
  }
  return { quotes: corpus.quotes.length, corpus: options.source.name, engine, baseline };
}

/** Articles added one after another (the median of their times is reported). */
const ADDED_ARTICLES = 5;

/** A new article (the `n`-th) of `ADDED_ARTICLE_QUOTES` made-up quotes, by a new speaker. */
function addedArticle(source: SentenceSource, n: number): Corpus {
  const rnd = mulberry32(0xadd + n);
  const id = `added-article-${n + 1}`;
  return {
    schemaVersion: 1,
    speakers: [{ id: 'added-speaker', name: 'Added Speaker', aliases: [], description: '' }],
    articles: [
      {
        id,
        title: 'An article the reader added',
        outlet: null,
        url: null,
        published: null,
        dateSource: null,
        byline: null,
      },
    ],
    quotes: Array.from({ length: ADDED_ARTICLE_QUOTES }, (_, i) => {
      const text = `${source.sentence(rnd)} ${source.sentence(rnd)}`;
      return {
        id: `${id}#${i + 1}`,
        text,
        speakerId: 'added-speaker',
        articleId: id,
        kind: 'direct' as const,
        context: text,
      };
    }),
    narration: [],
  };
}
