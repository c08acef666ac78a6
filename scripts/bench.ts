/**
 * `npm run bench [-- --json] [--sizes 1000,10000,100000] [--doc docs/benchmark.md]`
 *
 * Builds deterministic synthetic corpora (the real corpus/quotes.json included) and
 * measures the engine against plain fuse.js on the same queries: 100 exact excerpts,
 * 100 excerpts with one to three word edits, 100 sentences in no quote per size. The
 * baseline scans every quote (about 0.1 ms per quote per query), so it runs fewer
 * queries at larger sizes (see BASELINE_QUERIES); the table gives each side's count.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseCorpus } from '../lib/corpus/parseCorpus';
import { formatTable } from './bench/formatTable';
import { makeQueries } from './bench/makeQueries';
import { makeSyntheticCorpus } from './bench/makeSyntheticCorpus';
import { runBench, type SizeResult } from './bench/runBench';
import { readJsonFile } from './verify/readJsonFile';

const DEFAULT_SIZES = [1_000, 10_000, 100_000];
/** Engine queries per kind and size. */
const QUERIES_PER_KIND = 100;
/**
 * Baseline queries per size (a third of each kind): plain fuse.js takes seconds a query
 * at 10,000 quotes and ten or more at 100,000, so these keep a full run to a few minutes.
 */
const BASELINE_QUERIES = (size: number) => (size <= 1_000 ? 60 : size <= 10_000 ? 15 : 3);

function forcedGc(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (() => void) | undefined;
  return () => gc?.();
}

function main(): void {
  const { values } = parseArgs({
    options: { json: { type: 'boolean' }, sizes: { type: 'string' }, doc: { type: 'string' } },
  });
  const sizes = values.sizes ? values.sizes.split(',').map(Number) : DEFAULT_SIZES;
  const realPath = resolve(import.meta.dirname, '../corpus/quotes.json');
  const json = readJsonFile(realPath);
  const real = json.ok ? parseCorpus(json.value) : json;
  if (!real.ok) {
    process.stderr.write(`bench: corpus/quotes.json: ${real.error.message}\n`);
    process.exit(2);
  }
  const gc = forcedGc();
  const results: SizeResult[] = [];
  for (const size of sizes) {
    const corpus = makeSyntheticCorpus(real.value, size);
    const queries = makeQueries(corpus, QUERIES_PER_KIND);
    const r = runBench(corpus, queries, { baselineQueries: BASELINE_QUERIES(size), gc });
    results.push(r);
    process.stderr.write(`bench: ${size} quotes done\n`);
  }
  const table = formatTable(results);
  const note = `Engine: ${QUERIES_PER_KIND} queries of each kind (exact, edited, absent) per size; plain fuse.js: ${sizes.map((s) => BASELINE_QUERIES(s)).join(' / ')} queries at ${sizes.map((s) => s.toLocaleString('en')).join(' / ')} quotes (it scans every quote). Real corpus: ${real.value.quotes.length} quotes included.`;
  process.stdout.write(`${table}\n\n${note}\n`);
  if (values.doc) {
    writeFileSync(
      values.doc,
      `# Benchmark\n\nLatest \`npm run bench\` (${new Date().toISOString().slice(0, 10)}, Node ${process.versions.node}).\n\n${table}\n\n${note}\n`,
    );
  }
  const largest = results[results.length - 1];
  if (values.json && largest) {
    const { engine, baseline } = largest;
    process.stdout.write(
      `${JSON.stringify({
        quotes: largest.quotes,
        queries: engine.queries,
        baseline: {
          name: baseline.name,
          p50Ms: baseline.p50Ms,
          p95Ms: baseline.p95Ms,
          top1: baseline.top1,
          falseMatchRate: baseline.falseMatchRate,
          queries: baseline.queries,
        },
        engine: {
          p50Ms: engine.p50Ms,
          p95Ms: engine.p95Ms,
          top1: engine.top1,
          falseMatchRate: engine.falseMatchRate,
          buildMs: engine.buildMs,
          indexBytes: engine.indexBytes,
          heapMB: engine.heapMB,
          matcherMB: engine.matcherMB,
          loadMs: engine.loadMs,
        },
      })}\n`,
    );
  }
}

main();
