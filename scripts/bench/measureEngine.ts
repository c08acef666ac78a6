/**
 * The engine's side of one benchmark size, in a process of its own, as the extension's
 * worker holds nothing but the matcher (the benchmark's own corpus objects and query
 * sets would otherwise weigh on its heap and its collections): reads the segment file,
 * opens it, runs the queries, adds a 30-quote article as a segment of its own, and
 * prints what it measured as one JSON line.
 *
 * `node --expose-gc --import tsx scripts/bench/measureEngine.ts DIR`, DIR holding
 * `corpus.qcs`, `job.json` ({ firstCheck, queries: string[] }) and `article.json` (a corpus).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMatcher } from '../../lib/match/createMatcher';
import { buildSegment } from '../../lib/segment/buildSegment';
import { openSegment } from '../../lib/segment/openSegment';
import { SegmentSet } from '../../lib/segment/SegmentSet';
import type { StoredCorpus } from '../../lib/segment/StoredCorpus';

export interface EngineMeasure {
  readMs: number;
  loadMs: number;
  firstCheckMs: number;
  heapMB: number;
  addArticleMs: number;
  /** Per query: the best match's quote id, or `null` when it named none. */
  answers: (string | null)[];
  times: number[];
  /** Whether the added article's last quote was found, as the reader's. */
  addedFound: boolean;
}

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
  const article = JSON.parse(readFileSync(join(dir, 'article.json'), 'utf8')) as StoredCorpus;
  gc();
  const before = used();
  let t = performance.now();
  const bytes = readFileSync(join(dir, 'corpus.qcs'));
  const readMs = performance.now() - t;
  t = performance.now();
  const opened = openSegment(bytes, { origin: 'bundled', name: 'bench segment' });
  if (!opened.ok) throw new Error(opened.error.message);
  const set = new SegmentSet([opened.value]);
  const matcher = createMatcher(set);
  const loadMs = performance.now() - t;
  t = performance.now();
  await matcher.verify({ text: job.firstCheck });
  const firstCheckMs = performance.now() - t;
  const answers: (string | null)[] = [];
  const times: number[] = [];
  for (const text of job.queries) {
    const t0 = performance.now();
    const r = await matcher.verify({ text });
    times.push(performance.now() - t0);
    answers.push(r.best?.quoteId ?? null);
  }
  gc();
  const heapMB = (used() - before) / 2 ** 20;
  t = performance.now();
  const added = openSegment(buildSegment(article), { origin: 'reader', name: 'added article' });
  if (!added.ok) throw new Error(added.error.message);
  set.add(added.value);
  const addArticleMs = performance.now() - t;
  const probe = article.quotes[article.quotes.length - 1]!;
  const found = await matcher.verify({ text: probe.text });
  const addedFound = found.best?.quoteId === probe.id && found.best.origin === 'reader';
  return { readMs, loadMs, firstCheckMs, heapMB, addArticleMs, answers, times, addedFound };
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
