/**
 * `npm run bench:import [-- --lines 100000,1000000] [--gzip] [--keep DIR]`
 *
 * Time and heap of importing generated Quotebank lines (writeQuotebank's, with its bad
 * lines), against a baseline in the same run: Node's own line reader and `JSON.parse` of
 * each line, the least any import of JSON lines does.
 * - `reader`: lib/import's reader alone, chunks handed over and dropped;
 * - `import`: the extension's whole import path (`importIntoStore`: the reader, each chunk
 *   of 50,000 quotes built into a segment and written as it comes, committed at the end),
 *   with files in place of IndexedDB (`FileImportSink`). Issue 10's target: a million
 *   lines in 60 s or less, heap 400 MB or less during the import.
 * Heap: the largest `heapUsed` seen at each chunk and progress report and every 20 ms,
 * minus the heap before (garbage not yet collected included, so an upper bound); segment
 * bytes live outside the V8 heap (`arrayBuffers`), given apart.
 */
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createGunzip, createGzip } from 'node:zlib';
import { readCollection } from '../../lib/import/readCollection';
import { importIntoStore } from '../../lib/store/importIntoStore';
import { FileImportSink } from './FileImportSink';
import { makeQuotebankLines } from './makeQuotebankLines';

const MB = 1024 * 1024;

function forcedGc(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (() => void) | undefined;
  return () => gc?.();
}

async function writeFile(path: string, lines: number, gzip: boolean): Promise<void> {
  const text = Readable.from(
    (function* () {
      for (const line of makeQuotebankLines(lines, { bad: true })) yield `${line}\n`;
    })(),
  );
  const out = createWriteStream(path);
  await (gzip ? pipeline(text, createGzip(), out) : pipeline(text, out));
}

async function baseline(path: string, gzip: boolean): Promise<number> {
  const started = performance.now();
  const input = gzip ? createReadStream(path).pipe(createGunzip()) : createReadStream(path);
  let parsed = 0;
  for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    try {
      JSON.parse(line);
      parsed++;
    } catch {
      // a bad line: counted out, as the reader skips it
    }
  }
  if (parsed === 0) throw new Error('baseline read nothing');
  return (performance.now() - started) / 1000;
}

async function reader(path: string, gc: () => void) {
  gc();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  };
  const timer = setInterval(sample, 20);
  const started = performance.now();
  let chunks = 0;
  const result = await readCollection(
    Readable.toWeb(createReadStream(path)) as unknown as ReadableStream<Uint8Array>,
    {
      addedAt: '2026-11-30',
      onChunk: () => {
        chunks++;
        sample();
      },
      onProgress: sample,
    },
  );
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  sample();
  if (!result.ok) throw new Error(result.error.message);
  return { seconds, peakMB: (peak - before) / MB, summary: result.value, chunks };
}

/** The extension's import path, into segment files. */
async function fullImport(path: string, dir: string, gc: () => void) {
  gc();
  const before = process.memoryUsage();
  let peak = before.heapUsed;
  let peakBuffers = before.arrayBuffers;
  const sample = () => {
    const m = process.memoryUsage();
    peak = Math.max(peak, m.heapUsed);
    peakBuffers = Math.max(peakBuffers, m.arrayBuffers);
  };
  const timer = setInterval(sample, 20);
  const sink = new FileImportSink(dir);
  const started = performance.now();
  const result = await importIntoStore(
    Readable.toWeb(createReadStream(path)) as unknown as ReadableStream<Uint8Array>,
    sink,
    { fileName: 'quotebank.jsonl', addedAt: '2026-11-30', onProgress: sample },
  );
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  sample();
  if (!result.ok) throw new Error(result.error.message);
  return {
    seconds,
    peakMB: (peak - before.heapUsed) / MB,
    buffersMB: (peakBuffers - before.arrayBuffers) / MB,
    quotes: result.value.entry.quotes,
    segments: sink.segments,
    segmentMB: sink.bytes / MB,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { lines: { type: 'string' }, gzip: { type: 'boolean' }, keep: { type: 'string' } },
  });
  const sizes = (values.lines ?? '100000,1000000').split(',').map(Number);
  if (!sizes.every((n) => Number.isInteger(n) && n >= 10)) {
    process.stderr.write(
      `bench:import: --lines takes line counts (at least 10) separated by commas\n`,
    );
    process.exit(1);
  }
  const gzip = values.gzip ?? false;
  const dir = values.keep ?? mkdtempSync(join(tmpdir(), 'qc-import-bench-'));
  const gc = forcedGc();
  const rows: string[] = [
    '| lines | file MB | baseline s (readline + JSON.parse) | reader s | reader ÷ baseline | lines/s | quotes | skipped | chunks | peak heap MB |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const importRows: string[] = [
    '| lines | import s (read, build, write) | lines/s | quotes | segments | segments MB | peak heap MB | peak array buffers MB | target |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  try {
    for (const lines of sizes) {
      const path = join(dir, `quotebank-${lines}.jsonl${gzip ? '.gz' : ''}`);
      await writeFile(path, lines, gzip);
      const fileMB = statSync(path).size / MB;
      const base = await baseline(path, gzip);
      const r = await reader(path, gc);
      rows.push(
        `| ${lines.toLocaleString('en')} | ${fileMB.toFixed(1)} | ${base.toFixed(2)} | ${r.seconds.toFixed(2)} | ${(r.seconds / base).toFixed(2)} | ${Math.round(lines / r.seconds).toLocaleString('en')} | ${r.summary.quotes.toLocaleString('en')} | ${r.summary.skipped.count} | ${r.chunks} | ${r.peakMB.toFixed(1)} |`,
      );
      const f = await fullImport(path, join(dir, `segments-${lines}`), gc);
      const target =
        lines >= 1_000_000
          ? `≤ 60 s: ${f.seconds <= 60 ? 'met' : 'missed'}; heap ≤ 400 MB: ${f.peakMB <= 400 ? 'met' : 'missed'}`
          : '–';
      importRows.push(
        `| ${lines.toLocaleString('en')} | ${f.seconds.toFixed(2)} | ${Math.round(lines / f.seconds).toLocaleString('en')} | ${f.quotes.toLocaleString('en')} | ${f.segments} | ${f.segmentMB.toFixed(1)} | ${f.peakMB.toFixed(1)} | ${f.buffersMB.toFixed(1)} | ${target} |`,
      );
      rmSync(join(dir, `segments-${lines}`), { recursive: true, force: true });
      process.stderr.write(`bench:import: ${lines} lines done\n`);
      if (!values.keep) rmSync(path, { force: true });
    }
  } finally {
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(
    `${rows.join('\n')}\n\n${importRows.join('\n')}\n\nNode ${process.versions.node}${gzip ? ', gzip files' : ''}; generated by scripts/bench/makeQuotebankLines.ts (seeded), 7 bad lines each; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores at the end.\n`,
  );
}

main().catch((e: unknown) => {
  process.stderr.write(`bench:import: ${(e as Error).message}\n`);
  process.exit(2);
});
