/**
 * `npx tsx e2e/coldStartAB.ts DIR_A DIR_B [grammar|english] [ROUNDS]`: the cold start of two
 * test builds (`QC_E2E=1 wxt build` outputs, e.g. main's and a branch's) in one session, for
 * an A → B comparison on the shared machine. Both browsers get the same 100,000 generated
 * Quotebank lines imported through the options page; then, rounds alternating A, B, A, B…,
 * each stops its worker (DevTools protocol), times the first answer after it wakes and the
 * next one, and reads the worker's own clock (`__qcTest.startup()`). Prints each round and
 * the medians, with the machine's load averages. Not a test: a measuring tool.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { isNamedLine } from '../scripts/bench/isNamedLine';
import { median } from '../scripts/bench/median';
import { zipfSource } from '../scripts/bench/SentenceSource';
import { writeQuotebankFile } from './fixtures/quotebankFile';
import { type LoadedExtension, launchExtension } from './harness/launchExtension';
import { importThroughOptions, seenOf, verifyFrom } from './harness/readerPages';
import { stopWorker, workerStartup } from './harness/workerControl';

const LINES = 100_000;
const [dirA, dirB, corpus = 'grammar', roundsArg = '8'] = process.argv.slice(2);
if (!dirA || !dirB) {
  console.error('usage: tsx e2e/coldStartAB.ts DIR_A DIR_B [grammar|english] [ROUNDS]');
  process.exit(2);
}
const ROUNDS = Number(roundsArg);

interface Side {
  name: string;
  ext: LoadedExtension;
  page: Page;
  cdp: CDPSession;
  cold: number[];
  next: number[];
}

const load = () => loadavg()[0]!.toFixed(1);

async function open(name: string, dir: string, file: string): Promise<Side> {
  const ext = await launchExtension(resolve(dir));
  const page = await ext.context.newPage();
  await page.goto(ext.url('options.html'));
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const imported = await importThroughOptions(page, file);
  console.log(`${name}: imported in ${(imported.ms / 1000).toFixed(1)} s`);
  return { name, ext, page, cdp, cold: [], next: [] };
}

async function round(side: Side, check: { quotation: string; speaker: string }) {
  await stopWorker(side.cdp, side.ext);
  const first = await verifyFrom(side.page, check.quotation);
  const seen = seenOf(first.answer);
  if (seen.speaker !== check.speaker) throw new Error(`${side.name}: ${JSON.stringify(seen)}`);
  const next = await verifyFrom(side.page, check.quotation);
  const at = await workerStartup(side.ext);
  const clock = (ms: number) => at.timeOrigin + ms;
  const started = clock(at.startedAt);
  const ms = (v: number) => v.toFixed(0);
  side.cold.push(first.ms);
  side.next.push(next.ms);
  const split = `${ms(started - first.sentAt)} / ${ms(clock(at.bundledAt) - started)} + ${ms(clock(at.readyAt) - clock(at.bundledAt))} (read ${ms(clock(at.readAt) - started)}) / ${ms(first.sentAt + first.ms - clock(at.readyAt))}`;
  console.log(
    `${side.name} load ${load()}: first ${ms(first.ms)}, next ${ms(next.ms)}; start / bundled + store (read) / check: ${split}; checks ${at.checks.map((c) => ms(c.ms)).join(' ')}`,
  );
}

const work = mkdtempSync(join(tmpdir(), 'qc-ab-'));
const file = join(work, 'quotes.jsonl');
const english = corpus === 'english';
const written = await writeQuotebankFile(
  file,
  LINES,
  english ? { sentence: zipfSource().sentence } : {},
);
const named = (written.head as { quotation: string; speaker: string }[])
  .filter(isNamedLine)
  .filter((r) => !english || r.quotation.split(' ').length >= 8);
const check = { quotation: named[0]!.quotation, speaker: named[0]!.speaker };
const sides: Side[] = [];
try {
  sides.push(await open('A', dirA, file));
  sides.push(await open('B', dirB, file));
  console.log(
    `${corpus}: ${ROUNDS} rounds each, alternating; load at start ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  for (let r = 0; r < ROUNDS; r++) for (const side of sides) await round(side, check);
  for (const s of sides)
    console.log(
      `${s.name} ${corpus}: first answer median ${median(s.cold).toFixed(0)} (${Math.min(...s.cold).toFixed(0)}-${Math.max(...s.cold).toFixed(0)}), next median ${median(s.next).toFixed(0)}; cold: ${s.cold.map((v) => v.toFixed(0)).join(', ')}`,
    );
  console.log(
    `load at end ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
} finally {
  for (const s of sides) await s.ext.close();
  rmSync(work, { recursive: true, force: true });
}
