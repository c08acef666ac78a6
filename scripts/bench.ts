/**
 * `npm run bench [-- --json] [--sizes 1000,10000,100000] [--corpus english|grammar]
 *                 [--no-baseline] [--doc docs/benchmark.md]`
 *
 * Builds deterministic synthetic corpora (the real corpus/quotes.json included) and
 * measures the engine against plain fuse.js on the same queries: per size, 100 exact
 * excerpts (8–40 words), 100 excerpts with one to three word edits, 100 texts in no
 * quote (50 short, 50 long; see makeQueries). Two kinds of corpus (`SentenceSource`):
 * `english`, real English words at their real frequencies (the default), and `grammar`,
 * a small-vocabulary grammar (the stress case). With no `--sizes` and no `--corpus`, it
 * runs English at 1,000 / 10,000 / 100,000 quotes and the grammar at 100,000.
 *
 * The baseline scans every quote (about 0.1 ms per quote per query), so it runs fewer
 * queries at larger sizes (see BASELINE_QUERIES); `--no-baseline` skips it. `--json`
 * prints one JSON line (the largest size run) and nothing else on standard output.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseCorpus } from '../lib/corpus/parseCorpus';
import { formatTable } from './bench/formatTable';
import { ABSENT_MAX_OVERLAP, makeQueries } from './bench/makeQueries';
import { makeSyntheticCorpus } from './bench/makeSyntheticCorpus';
import { runBench, type SizeResult } from './bench/runBench';
import { grammarSource, type SentenceSource, zipfSource } from './bench/SentenceSource';
import { readJsonFile } from './verify/readJsonFile';

const DEFAULT_SIZES = [1_000, 10_000, 100_000];
/** The stress case of the default run: the small-vocabulary grammar at this size. */
const STRESS_SIZE = 100_000;
/** Engine queries per kind and size. */
const QUERIES_PER_KIND = 100;
/**
 * Baseline queries per size (a third of each kind; absent ones alternate short and
 * long): plain fuse.js takes one to four seconds a query at 10,000 quotes and 9 to 31 at
 * 100,000 (measured on this machine), so 9 queries there keep its part to about two minutes.
 */
const BASELINE_QUERIES = (size: number) => (size <= 1_000 ? 60 : size <= 10_000 ? 15 : 9);

function fail(line: string): never {
  process.stderr.write(`bench: ${line}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean' },
      sizes: { type: 'string' },
      corpus: { type: 'string' },
      'no-baseline': { type: 'boolean' },
      doc: { type: 'string' },
    },
  });
  const sizes = values.sizes ? values.sizes.split(',').map(Number) : DEFAULT_SIZES;
  if (!sizes.every((n) => Number.isInteger(n) && n > 0)) {
    fail(`--sizes takes quote counts separated by commas (e.g. 1000,10000), got "${values.sizes}"`);
  }
  if (values.corpus !== undefined && values.corpus !== 'english' && values.corpus !== 'grammar') {
    fail(`--corpus is english or grammar, got "${values.corpus}"`);
  }
  const realPath = resolve(import.meta.dirname, '../corpus/quotes.json');
  const json = readJsonFile(realPath);
  const real = json.ok ? parseCorpus(json.value) : json;
  if (!real.ok) {
    process.stderr.write(`bench: corpus/quotes.json: ${real.error.message}\n`);
    process.exit(2);
  }
  const english = values.corpus !== 'grammar' ? zipfSource() : null;
  const runs: { source: SentenceSource; size: number; baseline: boolean }[] = sizes.map((size) => ({
    source: english ?? grammarSource,
    size,
    baseline: !values['no-baseline'],
  }));
  if (!values.sizes && !values.corpus)
    runs.push({ source: grammarSource, size: STRESS_SIZE, baseline: false });

  const results: SizeResult[] = [];
  const redrawn: string[] = [];
  for (const run of runs) {
    const corpus = makeSyntheticCorpus(real.value, run.size, run.source);
    const { queries, absentRedrawn } = makeQueries(corpus, QUERIES_PER_KIND, run.source);
    redrawn.push(`${absentRedrawn} at ${run.size.toLocaleString('en')} (${run.source.name})`);
    const r = await runBench(corpus, queries, {
      baselineQueries: run.baseline ? BASELINE_QUERIES(run.size) : 0,
      source: run.source,
    });
    results.push(r);
    process.stderr.write(`bench: ${run.source.name}, ${run.size} quotes done\n`);
  }
  const largest = results[results.length - 1];
  if (values.json) {
    if (largest) process.stdout.write(`${JSON.stringify(largest)}\n`);
    return;
  }
  const table = formatTable(results);
  const baselineRuns = runs.filter((r) => r.baseline);
  const note = [
    `Engine: ${QUERIES_PER_KIND} queries of each kind per size: exact excerpts of 8–40 words, the same with one to three word edits, and absent texts (half short, 8–15 words; half long, 16–40). Corpora: "English" quotes are real English words at their real frequencies (SUBTLEX-US, 74,000 words, drawn by their counts: Zipf's law), one to three sentences, about 20 words a quote; "grammar" quotes come from a political-speech grammar of a few hundred words (the stress case: every quote shares most of its words with thousands of others). Edits put in a word outside the 100 most frequent. Absent texts are cut from made-up quotes of the same kind (another seed), and redrawn when any quote holds ${ABSENT_MAX_OVERLAP * 100}% or more of their words, or of one of their sentences' words, in order (redrawn: ${redrawn.join('; ')}).`,
    'Columns: build ms (the segment, from the corpus), read ms (the segment file into memory), load ms (opening it: checksums and views, no parsing; median of three openings), first check ms, add article ms (a 30-quote article built as a segment of its own and added, nothing else rebuilt; median of five articles), segment MB (the file: quote store and index), index MB (its inverted index alone), matcher heap MB (what the matcher holds after the queries: the segment, scratch space, caches; V8 heap and array buffers after a full collection), common (the share of exact and edited excerpts the specificity gate answers `common`: too common a phrase to say who said it, so by design no one is named; with English words drawn at their spoken frequencies, some excerpts are nothing but common words), top-1 of the rest (top-1 over the excerpts the gate lets through), machine load (the 1-minute load average as the engine finished: the 2 cores are shared, and timings grow with it). The engine runs in a process of its own, as the worker holds only the matcher.',
    baselineRuns.length > 0
      ? `Plain fuse.js: ${baselineRuns.map((r) => BASELINE_QUERIES(r.size)).join(' / ')} queries at ${baselineRuns.map((r) => r.size.toLocaleString('en')).join(' / ')} quotes, an even share of each kind, absent ones short and long in turn (it scans every quote: seconds a query, so fewer queries at larger sizes). Real corpus: ${real.value.quotes.length} quotes included.`
      : `Real corpus: ${real.value.quotes.length} quotes included.`,
  ].join('\n\n');
  process.stdout.write(`${table}\n\n${note}\n`);
  if (values.doc) {
    writeFileSync(
      values.doc,
      `# Benchmark\n\nLatest \`npm run bench\` (${new Date().toISOString().slice(0, 10)}, Node ${process.versions.node}).\n\n${table}\n\n${note}\n`,
    );
  }
}

void main();
