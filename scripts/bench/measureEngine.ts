/**
 * The engine's side of one benchmark size, in a process of its own, as the extension's
 * worker holds nothing but the matcher (the benchmark's own corpus objects and query
 * sets would otherwise weigh on its heap and its collections): reads the segment file,
 * opens it, runs the queries, adds 30-quote articles each as a segment of its own, and
 * prints what it measured as one JSON line. Opening and adding are timed several times
 * and the median kept: one scheduling hiccup on a shared machine is longer than either.
 *
 * `node --expose-gc --import tsx scripts/bench/measureEngine.ts DIR`, DIR holding
 * `corpus.qcs`, `job.json` ({ firstCheck, queries: string[] }) and `articles.json`
 * (corpora of one article each).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Corpus } from '../../lib/corpus/schema';
import { createMatcher } from '../../lib/match/createMatcher';
import { buildSegment } from '../../lib/segment/buildSegment';
import { openSegment } from '../../lib/segment/openSegment';
import { SegmentSet } from '../../lib/segment/SegmentSet';
import { median } from './median';

export interface EngineMeasure {
  readMs: number;
  /** Median of `OPENS` openings of the segment (the first one among them). */
  loadMs: number;
  firstLoadMs: number;
  firstCheckMs: number;
  heapMB: number;
  /** Median over the articles added, one after another. */
  addArticleMs: number;
  /** Per query: the best match's quote id, or `null` when it named none; and the verdict. */
  answers: (string | null)[];
  verdicts: string[];
  times: number[];
  /** Whether every added article's last quote was found, as the reader's. */
  addedFound: boolean;
}

/** Openings of the segment timed. */
const OPENS = 3;

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const used = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

async function main(dir: string): Promise<EngineMeasure> {
  const job = JSON.parse(readFileSync(join(dir, 'job.json'), 'utf8')) as {
    firstCheck: string;
    queries: string[];
  };
  const articles = JSON.parse(readFileSync(join(dir, 'articles.json'), 'utf8')) as Corpus[];
  gc();
  const before = used();
  let t = performance.now();
  const bytes = readFileSync(join(dir, 'corpus.qcs'));
  const readMs = performance.now() - t;
  const opens: number[] = [];
  let set: SegmentSet | null = null;
  for (let i = 0; i < OPENS; i++) {
    t = performance.now();
    const opened = openSegment(bytes, { origin: 'bundled', name: 'bench segment' });
    if (!opened.ok) throw new Error(opened.error.message);
    set ??= new SegmentSet([opened.value]);
    opens.push(performance.now() - t);
  }
  if (!set) throw new Error('no segment');
  const matcher = createMatcher(set);
  t = performance.now();
  await matcher.verify({ text: job.firstCheck });
  const firstCheckMs = performance.now() - t;
  const answers: (string | null)[] = [];
  const verdicts: string[] = [];
  const times: number[] = [];
  for (const text of job.queries) {
    const t0 = performance.now();
    const r = await matcher.verify({ text });
    times.push(performance.now() - t0);
    answers.push(r.best?.quoteId ?? null);
    verdicts.push(r.verdict);
  }
  gc();
  const heapMB = (used() - before) / 2 ** 20;
  const adds: number[] = [];
  let addedFound = true;
  for (const article of articles) {
    t = performance.now();
    const added = openSegment(buildSegment(article), { origin: 'reader', name: 'added article' });
    if (!added.ok) throw new Error(added.error.message);
    set.add(added.value);
    adds.push(performance.now() - t);
    const probe = article.quotes[article.quotes.length - 1]!;
    const found = await matcher.verify({ text: probe.text });
    addedFound &&= found.best?.quoteId === probe.id && found.best.origin === 'reader';
  }
  return {
    readMs,
    loadMs: median(opens),
    firstLoadMs: opens[0]!,
    firstCheckMs,
    heapMB,
    addArticleMs: median(adds),
    answers,
    verdicts,
    times,
    addedFound,
  };
}

const dir = process.argv[2];
if (dir) {
  main(dir).then(
    (m) => process.stdout.write(`${JSON.stringify(m)}\n`),
    (e: unknown) => {
      process.stderr.write(`measureEngine: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(1);
    },
  );
}
