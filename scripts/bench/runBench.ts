/**
 * One benchmark size: build the engine (index + matcher) and the plain fuse.js
 * baseline over the same corpus, run the same queries through both, and measure.
 */
import Fuse from 'fuse.js';
import type { Corpus } from '../../lib/corpus/schema';
import { buildShingleIndex } from '../../lib/match/buildShingleIndex';
import { indexToJson } from '../../lib/match/indexToJson';
import { loadMatcher } from '../../lib/match/loadMatcher';
import { tokenize } from '../../lib/text/tokenize';
import type { Query } from './makeQueries';

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
  /** Share of `absent` queries that were given a quote anyway. */
  falseMatchRate: number;
  /** The same, for short (8–15 words) and long (16–40 words) absent texts alone. */
  falseMatchRateShort: number;
  falseMatchRateLong: number;
}

export interface SizeResult {
  quotes: number;
  engine: Stats & {
    buildMs: number;
    indexBytes: number;
    /** Memory of the index: its arrays and the per-document scratch space. */
    heapMB: number;
    /** What loading the whole matcher added to the heap: the index and the validated corpus copy. */
    matcherMB: number;
    loadMs: number;
  };
  baseline: Stats & { name: string };
}

export interface BenchOptions {
  /** Queries the baseline runs (an even share of each kind), fewer than the engine's at large sizes. */
  baselineQueries: number;
  /** Measures heap after a full collection; a no-op where GC cannot be forced. */
  gc: () => void;
}

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

  add(q: Query, ms: number, answerId: string | undefined, quotes: Map<string, string>): void {
    this.times.push(ms);
    if (q.kind === 'absent') {
      const n = this.named[q.length ?? 'short'];
      n[1]!++;
      if (answerId !== undefined) n[0]!++;
    } else {
      const r = this.right[q.kind];
      r[1]!++;
      if (isCorrect(q, answerId, quotes)) r[0]!++;
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

export function runBench(
  corpus: Corpus,
  queries: readonly Query[],
  options: BenchOptions,
): SizeResult {
  const quoteWords = new Map(corpus.quotes.map((q) => [q.id, wordKey(q.text)]));

  // Engine: build the index, serialise it as shipped, load it as the extension does
  // (both files parsed from JSON text), and weigh what loading added to the heap.
  let t = performance.now();
  const index = buildShingleIndex(corpus);
  const buildMs = performance.now() - t;
  let indexText: string | null = JSON.stringify(indexToJson(index));
  let corpusText: string | null = JSON.stringify(corpus);
  const indexBytes = indexText.length;
  // The matcher holds its own validated copy of the corpus; weigh that copy alone first,
  // so that the index's share of the heap can be told apart from the corpus's.
  // Heap counts V8's heap and array buffers (where the index's typed arrays live).
  const used = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  options.gc();
  const heapBefore = used();
  t = performance.now();
  const loaded = loadMatcher(JSON.parse(corpusText), JSON.parse(indexText));
  const loadMs = performance.now() - t;
  if (!loaded.ok) throw new Error(loaded.error.message);
  if (loaded.value.indexSource !== 'prebuilt')
    throw new Error(`index not used: ${loaded.value.indexSource}`);
  const matcher = loaded.value;
  options.gc();
  const matcherMB = (used() - heapBefore) / 2 ** 20;
  indexText = null;
  corpusText = null;
  // The index in memory, exactly: its three arrays and the per-document scratch scores
  // (8 + 4 bytes a document); the matcher's copy of the corpus is in `matcherMB`.
  const heapMB =
    (index.keys.byteLength +
      index.offsets.byteLength +
      index.postings.byteLength +
      index.docCount * 12) /
    2 ** 20;
  options.gc();
  const tally = new Tally();
  for (const q of queries) {
    const t0 = performance.now();
    const r = matcher.verify({ text: q.text });
    tally.add(q, performance.now() - t0, r.best?.quoteId, quoteWords);
  }
  const engine = {
    ...tally.summarize(),
    buildMs: round(buildMs),
    indexBytes,
    heapMB: round(heapMB, 1),
    matcherMB: round(matcherMB, 1),
    loadMs: round(loadMs),
  };

  // Baseline: plain fuse.js over every quote text, as the issue specifies.
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
  return {
    quotes: corpus.quotes.length,
    engine,
    baseline: {
      name: 'fuse.js 7.5 (ignoreLocation, threshold 0.4)',
      ...bTally.summarize(),
    },
  };
}
