/**
 * `npm run bench [-- --json] [--sizes 1000,10000,100000] [--doc docs/benchmark.md]`
 *
 * Builds deterministic synthetic corpora (the real corpus/quotes.json included) and
 * measures the engine against plain fuse.js on the same queries: per size, 100 exact
 * excerpts (8–40 words), 100 excerpts with one to three word edits, 100 texts in no
 * quote (50 short, 50 long; see makeQueries). The baseline scans every quote (about
 * 0.1 ms per quote per query), so it runs fewer queries at larger sizes (see
 * BASELINE_QUERIES); the table gives each side's count.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseCorpus } from '../lib/corpus/parseCorpus';
import { formatTable } from './bench/formatTable';
import { ABSENT_MAX_OVERLAP, makeQueries } from './bench/makeQueries';
import { makeSyntheticCorpus } from './bench/makeSyntheticCorpus';
import { runBench, type SizeResult } from './bench/runBench';
import { readJsonFile } from './verify/readJsonFile';

const DEFAULT_SIZES = [1_000, 10_000, 100_000];
/** Engine queries per kind and size. */
const QUERIES_PER_KIND = 100;
/**
 * Baseline queries per size (a third of each kind; absent ones alternate short and
 * long): plain fuse.js takes one to four seconds a query at 10,000 quotes and 9 to 31 at
 * 100,000 (measured on this machine), so 9 queries there keep its part to about two minutes.
 */
const BASELINE_QUERIES = (size: number) => (size <= 1_000 ? 60 : size <= 10_000 ? 15 : 9);

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
  if (!sizes.every((n) => Number.isInteger(n) && n > 0)) {
    process.stderr.write(
      `bench: --sizes takes quote counts separated by commas (e.g. 1000,10000), got "${values.sizes}"\n`,
    );
    process.exit(1);
  }
  const realPath = resolve(import.meta.dirname, '../corpus/quotes.json');
  const json = readJsonFile(realPath);
  const real = json.ok ? parseCorpus(json.value) : json;
  if (!real.ok) {
    process.stderr.write(`bench: corpus/quotes.json: ${real.error.message}\n`);
    process.exit(2);
  }
  const gc = forcedGc();
  const results: SizeResult[] = [];
  const redrawn: number[] = [];
  for (const size of sizes) {
    const corpus = makeSyntheticCorpus(real.value, size);
    const { queries, absentRedrawn } = makeQueries(corpus, QUERIES_PER_KIND);
    redrawn.push(absentRedrawn);
    const r = runBench(corpus, queries, { baselineQueries: BASELINE_QUERIES(size), gc });
    results.push(r);
    process.stderr.write(`bench: ${size} quotes done\n`);
  }
  const table = formatTable(results);
  const at = sizes.map((s) => s.toLocaleString('en')).join(' / ');
  const note = [
    `Engine: ${QUERIES_PER_KIND} queries of each kind per size: exact excerpts of 8–40 words, the same with one to three word edits, and absent texts (half short, 8–15 words; half long, 16–40). Absent texts are cut from made-up sentences of the corpus's own grammar and vocabulary, and redrawn when any quote holds ${ABSENT_MAX_OVERLAP * 100}% or more of their words, or of one of their sentences' words, in order (${redrawn.join(' / ')} redrawn at ${at} quotes: the grammar's vocabulary is small).`,
    `Plain fuse.js: ${sizes.map((s) => BASELINE_QUERIES(s)).join(' / ')} queries at ${at} quotes, an even share of each kind, absent ones short and long in turn (it scans every quote: seconds a query, so fewer queries at larger sizes). Real corpus: ${real.value.quotes.length} quotes included.`,
  ].join('\n\n');
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
          falseMatchRateShort: baseline.falseMatchRateShort,
          falseMatchRateLong: baseline.falseMatchRateLong,
          queries: baseline.queries,
        },
        engine: {
          p50Ms: engine.p50Ms,
          p95Ms: engine.p95Ms,
          top1: engine.top1,
          top1Exact: engine.top1Exact,
          top1Edited: engine.top1Edited,
          falseMatchRate: engine.falseMatchRate,
          falseMatchRateShort: engine.falseMatchRateShort,
          falseMatchRateLong: engine.falseMatchRateLong,
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
