/**
 * `npm run bench:scan [-- --quotes 100000] [--runs 7] [--json]`
 *
 * The page scan's work, in Node: a news page of 50 quotations (`makeScanPage`, our own
 * narration around quotes of a synthetic English corpus of `--quotes` quotes, the real
 * corpus included) read by the same code the scan's content script runs
 * (`readPageQuotations`: Readability, the extractor, each quotation placed in the page;
 * linkedom's DOM here, the live page there), then each quotation checked by the matcher
 * over the corpus's segment, one after another as the worker does for the batch. The same
 * page is also checked against the shipped 32-quote corpus in the same run: the baseline,
 * so the ratio says what the corpus's size costs. Medians of `--runs` runs (after one to
 * warm up). Marking is the browser's part: `e2e/scanSpeed.test.ts` times the whole path.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Window } from 'happy-dom';
import { parseCorpus } from '../../lib/corpus/parseCorpus';
import type { Corpus } from '../../lib/corpus/schema';
import { createMatcher } from '../../lib/match/createMatcher';
import type { Matcher } from '../../lib/match/Matcher';
import { readPageQuotations } from '../../lib/scan/readPageQuotations';
import { buildSegment } from '../../lib/segment/buildSegment';
import { openSegment } from '../../lib/segment/openSegment';
import { SegmentSet } from '../../lib/segment/SegmentSet';
import { cardVerdictOf } from '../../lib/ui/cardVerdictOf';
import { makeScanPage, nameSpeakers } from './makeScanPage';
import { makeSyntheticCorpus } from './makeSyntheticCorpus';
import { median } from './median';
import { zipfSource } from './SentenceSource';

/** The goal: a page of 50 quotations scanned and marked within this, at 100,000 quotes. */
const TARGET_MS = 300;

const round = (x: number) => Math.round(x * 10) / 10;

function matcherOf(corpus: Corpus): Matcher {
  const opened = openSegment(new Uint8Array(buildSegment(corpus)), { origin: 'bundled' });
  if (!opened.ok) throw new Error(opened.error.message);
  return createMatcher(new SegmentSet([opened.value]));
}

interface Run {
  readMs: number;
  checkMs: number;
  totalMs: number;
  found: number;
  placed: number;
  verdicts: Record<string, number>;
}

async function scanOnce(html: string, matcher: Matcher): Promise<Run> {
  const window = new Window({ url: 'http://127.0.0.1/bench.html' });
  window.document.write(html);
  const t0 = performance.now();
  const read = readPageQuotations(window.document as unknown as Document);
  const t1 = performance.now();
  const verdicts: Record<string, number> = {};
  for (const q of read.quotations) {
    const result = await matcher.verify({
      text: q.text,
      ...(q.speaker ? { claimedSpeaker: q.speaker } : {}),
    });
    const v = cardVerdictOf({ text: q.text, result: { ok: true, value: result } });
    verdicts[v] = (verdicts[v] ?? 0) + 1;
  }
  const t2 = performance.now();
  await window.happyDOM.close();
  return {
    readMs: t1 - t0,
    checkMs: t2 - t1,
    totalMs: t2 - t0,
    found: read.quotations.length,
    placed: read.quotations.filter((q) => q.range !== null).length,
    verdicts,
  };
}

async function measure(html: string, matcher: Matcher, runs: number) {
  await scanOnce(html, matcher);
  const all: Run[] = [];
  for (let i = 0; i < runs; i++) all.push(await scanOnce(html, matcher));
  return {
    readMs: round(median(all.map((r) => r.readMs))),
    checkMs: round(median(all.map((r) => r.checkMs))),
    totalMs: round(median(all.map((r) => r.totalMs))),
    minTotalMs: round(Math.min(...all.map((r) => r.totalMs))),
    maxTotalMs: round(Math.max(...all.map((r) => r.totalMs))),
    found: all[0]!.found,
    placed: all[0]!.placed,
    verdicts: all[0]!.verdicts,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      quotes: { type: 'string', default: '100000' },
      runs: { type: 'string', default: '7' },
      json: { type: 'boolean' },
    },
  });
  const size = Number(values.quotes);
  const runs = Number(values.runs);
  if (!Number.isInteger(size) || size < 1000 || !Number.isInteger(runs) || runs < 1) {
    process.stderr.write('bench:scan: --quotes is a whole number ≥ 1000, --runs ≥ 1\n');
    process.exit(1);
  }
  const real = parseCorpus(JSON.parse(readFileSync(resolve('corpus/quotes.json'), 'utf8')));
  if (!real.ok) throw new Error(real.error.message);
  const source = zipfSource();
  const corpus = makeSyntheticCorpus(real.value, size, source);
  nameSpeakers(corpus);
  const page = makeScanPage(corpus, source);
  const large = matcherOf(corpus);
  const small = matcherOf(real.value);
  const atSize = await measure(page.html, large, runs);
  const baseline = await measure(page.html, small, runs);
  const result = {
    quotations: page.quotes.length,
    quotes: size,
    runs,
    atSize,
    baseline: { quotes: real.value.quotes.length, ...baseline },
    ratio: round(atSize.totalMs / baseline.totalMs),
    targetMs: TARGET_MS,
  };
  if (values.json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const line = (label: string, m: typeof atSize) =>
    `| ${label} | ${m.found} | ${m.placed} | ${m.readMs} | ${m.checkMs} | ${m.totalMs} | ${m.minTotalMs}–${m.maxTotalMs} |`;
  process.stdout.write(
    [
      `Page scan, ${page.quotes.length} quotations, median of ${runs} runs (Node ${process.version}, happy-dom's DOM; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores):`,
      '',
      '| corpus | quotations found | placed in the page | read ms | checks ms | total ms | fastest–slowest ms |',
      '|---|---:|---:|---:|---:|---:|---:|',
      line(`${size.toLocaleString('en')} quotes`, atSize),
      line(`${real.value.quotes.length} quotes (shipped)`, baseline),
      '',
      `verdicts at ${size.toLocaleString('en')}: ${JSON.stringify(atSize.verdicts)}`,
      `${size.toLocaleString('en')} quotes against ${real.value.quotes.length}: ×${result.ratio}; goal ≤ ${TARGET_MS} ms at 100,000 (marking included: see e2e/scanSpeed.test.ts)`,
      '',
    ].join('\n'),
  );
}

main().catch((e: unknown) => {
  process.stderr.write(`bench:scan: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
