/**
 * The worker's first check after a cold start, in Node: `prepare DIR [--english]` imports
 * 100,000 generated Quotebank lines (the e2e test's file) through the extension's import
 * path and writes each segment as the reader's store keeps it (head, body chunks, word
 * table); `run DIR` (a fresh process: bundle it and run it with `node --cpu-prof` for a
 * profile) opens the bundled segment and the stored heads as the worker does, then runs
 * the one check that woke it and prints where its time went. Cold code as in the worker:
 * nothing ran before it in this process.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { openMatcher } from '../../lib/match/loadMatcher';
import { shippedWordBits } from '../../lib/match/specificity/shippedWordBits';
import { READER_CONFIG } from '../../lib/reader/readerConfig';
import { openSegment } from '../../lib/segment/openSegment';
import { splitSegment } from '../../lib/segment/splitSegment';
import { wordFrequencies } from '../../lib/segment/wordFrequencies';
import { importIntoStore } from '../../lib/store/importIntoStore';
import { isNamedLine } from './isNamedLine';
import { makeQuotebankLines } from './makeQuotebankLines';
import { zipfSource } from './SentenceSource';

const LINES = 100_000;

async function prepare(dir: string, english: boolean): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const options = { bad: true, ...(english ? { sentence: zipfSource().sentence } : {}) };
  const lines = [...makeQuotebankLines(LINES, options)];
  const head = lines.slice(0, 200).map((l) => JSON.parse(l) as Record<string, unknown>);
  const named = head.filter(isNamedLine);
  const sample = english
    ? named.find((r) => String(r.quotation).split(' ').length >= 8)!
    : named[0]!;
  let n = 0;
  const sink = {
    beginImport: async (entry: { id: string }) => ({
      entryId: entry.id,
      addSegment: async (s: { id: string; bytes: ArrayBuffer; words?: ReadonlySet<string> }) => {
        const split = splitSegment(s.bytes, READER_CONFIG.bodyChunkBytes)!;
        const opened = openSegment(s.bytes, { origin: 'reader' });
        if (!opened.ok) throw new Error(opened.error.message);
        const words = wordFrequencies(opened.value, s.words);
        const name = `seg${n++}`;
        writeFileSync(join(dir, `${name}.head`), new Uint8Array(split.head));
        writeFileSync(
          join(dir, `${name}.body`),
          Buffer.concat(split.chunks.map((c) => new Uint8Array(c))),
        );
        writeFileSync(join(dir, `${name}.keys`), new Uint8Array(words.keys.buffer));
        writeFileSync(join(dir, `${name}.dfs`), new Uint8Array(words.dfs.buffer));
        writeFileSync(
          join(dir, `${name}.json`),
          JSON.stringify({
            offset: split.offset,
            chunkBytes: split.chunkBytes,
            checksums: split.checksums,
            wordsChecksum: words.checksum,
          }),
        );
      },
      commit: async () => {},
      abort: async () => {},
    }),
  };
  const text = lines.join('\n');
  const imported = await importIntoStore(
    Readable.toWeb(Readable.from([Buffer.from(text)])) as unknown as ReadableStream<Uint8Array>,
    sink as never,
    { fileName: 'quotes.jsonl', addedAt: '2026-11-30' },
  );
  if (!imported.ok) throw new Error(imported.error.message);
  writeFileSync(
    join(dir, 'sample.json'),
    JSON.stringify({ quotation: sample.quotation, speaker: sample.speaker }),
  );
  console.log(`prepared ${n} segments in ${dir}; sample: ${JSON.stringify(sample.quotation)}`);
}

const copy = (b: Buffer): ArrayBuffer =>
  b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

interface StoredFile {
  name: string;
  head: ArrayBuffer;
  body: Buffer;
  keys: Uint32Array;
  dfs: Uint32Array;
  meta: { offset: number; chunkBytes: number; checksums: number[]; wordsChecksum: number };
}

/** The segments `prepare` wrote, as the store keeps them. */
function readStored(dir: string): StoredFile[] {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.head'))
    .map((f) => f.slice(0, -5))
    .sort();
  return names.map((name) => ({
    name,
    head: copy(readFileSync(join(dir, `${name}.head`))),
    body: readFileSync(join(dir, `${name}.body`)),
    keys: new Uint32Array(copy(readFileSync(join(dir, `${name}.keys`)))),
    dfs: new Uint32Array(copy(readFileSync(join(dir, `${name}.dfs`)))),
    meta: JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as StoredFile['meta'],
  }));
}

type Matcher = Extract<ReturnType<typeof openMatcher>, { ok: true }>['value'];

/**
 * Prints the JSON of many checks against the stored heads opened as the worker does (every
 * `stride`-th generated quotation, whole, its first eight words, and with a word dropped),
 * one line each, for comparing two builds' answers byte for byte.
 */
async function answers(dir: string, english: boolean, stride: number): Promise<void> {
  const loaded = openMatcher([
    {
      bytes: copy(readFileSync('public/segments/bundled.qcs')),
      origin: 'bundled',
      name: 'bundled',
    },
  ]);
  if (!loaded.ok) throw new Error(loaded.error.message);
  const matcher = loaded.value;
  openHeads(readStored(dir), matcher);
  const options = { bad: true, ...(english ? { sentence: zipfSource().sentence } : {}) };
  let i = 0;
  for (const line of makeQuotebankLines(LINES, options)) {
    if (i++ % stride !== 0) continue;
    let quotation: string;
    try {
      quotation = String((JSON.parse(line) as { quotation?: unknown }).quotation ?? '');
    } catch {
      continue;
    }
    const words = quotation.split(' ');
    const dropped = [...words.slice(0, words.length >> 1), ...words.slice((words.length >> 1) + 1)];
    for (const text of [quotation, words.slice(0, 8).join(' '), dropped.join(' ')])
      console.log(JSON.stringify(await matcher.verify({ text })));
  }
}

/** Opens the stored heads as the worker does (the body read in chunks as checks need it). */
function openHeads(files: StoredFile[], matcher: Matcher): { chunks: number; ms: number } {
  const reads = { chunks: 0, ms: 0 };
  for (const f of files) {
    const opened = openSegment(f.head, {
      origin: 'reader',
      name: f.name,
      body: {
        offset: f.meta.offset,
        chunkBytes: f.meta.chunkBytes,
        checksums: f.meta.checksums,
        read: async (chunks) => {
          const s = performance.now();
          await new Promise((r) => setTimeout(r, 0));
          reads.chunks += chunks.length;
          const out = chunks.map((c) => {
            const from = c * f.meta.chunkBytes;
            return new Uint8Array(f.body.subarray(from, from + f.meta.chunkBytes));
          });
          reads.ms += performance.now() - s;
          return out;
        },
      },
    });
    if (!opened.ok) throw new Error(opened.error.message);
    opened.value.useWordTable({ keys: f.keys, dfs: f.dfs, checksum: f.meta.wordsChecksum });
    matcher.segments.add(opened.value, []);
  }
  return reads;
}

async function run(dir: string): Promise<void> {
  const t0 = performance.now();
  const sample = JSON.parse(readFileSync(join(dir, 'sample.json'), 'utf8')) as {
    quotation: string;
    speaker: string;
  };
  const files = readStored(dir);
  const bundledBytes = copy(readFileSync('public/segments/bundled.qcs'));
  const t1 = performance.now();
  const loaded = openMatcher([{ bytes: bundledBytes, origin: 'bundled', name: 'bundled' }]);
  if (!loaded.ok) throw new Error(loaded.error.message);
  const matcher = loaded.value;
  const t2 = performance.now();
  shippedWordBits('the');
  const t3 = performance.now();
  const headsCpu0 = process.cpuUsage();
  const headsFrom = process.hrtime.bigint() / 1000n;
  const reads = openHeads(files, matcher);
  const t4 = performance.now();

  const headsCpu = process.cpuUsage(headsCpu0);
  const checkFrom = process.hrtime.bigint() / 1000n;
  const cpu0 = process.cpuUsage();
  const result = await matcher.verify({ text: sample.quotation });
  const t5 = performance.now();
  const checkTo = process.hrtime.bigint() / 1000n;
  const cpu = process.cpuUsage(cpu0);
  const nextCpu0 = process.cpuUsage();
  const again = await matcher.verify({ text: sample.quotation });
  const nextCpu = process.cpuUsage(nextCpu0);
  const nextTo = process.hrtime.bigint() / 1000n;
  const t6 = performance.now();
  const ms = (a: number, b: number) => (b - a).toFixed(1);
  const warm: string[] = [];
  for (let i = 0; i < Number(process.env.QC_REPEAT ?? 0); i++) {
    const s = performance.now();
    await matcher.verify({ text: sample.quotation });
    warm.push((performance.now() - s).toFixed(1));
  }
  console.log(
    JSON.stringify({
      load: loadavg()[0]!.toFixed(1),
      readFiles: ms(t0, t1),
      bundled: ms(t1, t2),
      wordBits: ms(t2, t3),
      heads: ms(t3, t4),
      check: ms(t4, t5),
      headsCpu: ((headsCpu.user + headsCpu.system) / 1000).toFixed(1),
      checkCpu: ((cpu.user + cpu.system) / 1000).toFixed(1),
      chunksRead: reads.chunks,
      readMs: reads.ms.toFixed(1),
      next: ms(t5, t6),
      nextCpu: ((nextCpu.user + nextCpu.system) / 1000).toFixed(1),
      ...(warm.length ? { warm } : {}),
      verdict: result.verdict,
      speaker: result.best?.speaker ?? null,
      window: [String(checkFrom), String(checkTo)],
      headsWindow: [String(headsFrom), String(checkFrom)],
      nextWindow: [String(checkTo), String(nextTo)],
      same: JSON.stringify(result) === JSON.stringify(again),
    }),
  );
}

const [mode, dir, flag] = process.argv.slice(2);
if (mode === 'prepare' && dir) await prepare(dir, flag === '--english');
else if (mode === 'run' && dir) await run(dir);
else if (mode === 'answers' && dir)
  await answers(dir, flag === '--english', Number(process.argv[5] ?? 100));
else {
  console.error(
    'usage: coldCheck prepare DIR [--english] | run DIR | answers DIR [--english|--grammar] [STRIDE]',
  );
  process.exitCode = 2;
}
