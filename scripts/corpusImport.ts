/**
 * `npm run -s corpus:import -- FILE [--format corpus|quotebank] --out OUT.json [--prefix P] [--added YYYY-MM-DD]`
 *
 * Writes a corpus file (the schema of corpus/quotes.json) from Quotebank JSON lines or a
 * Quote Check export, plain or gzip, by the same reader as the extension (lib/import).
 * It streams: chunks go to temporary files as they come, and the corpus file is written
 * from them at the end, beside OUT and renamed over it only when complete.
 * On stderr: the counts, then every skipped line and every note by line number.
 * Exit status: 0 written (lines may have been skipped), 1 bad usage, 2 nothing written
 * (the file is missing, no collection at all, damaged, or OUT cannot be written).
 */
import { createReadStream, createWriteStream, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Corpus } from '../lib/corpus/schema';
import { isIsoDate } from '../lib/extract/isIsoDate';
import { exportCorpus } from '../lib/import/exportCorpus';
import { readCollection } from '../lib/import/readCollection';
import type { CappedList, CollectionFormat, ImportSummary } from '../lib/import/types';
import { isoDay } from '../lib/reader/isoDay';

const USAGE =
  'usage: npm run -s corpus:import -- FILE [--format corpus|quotebank] --out OUT.json [--prefix P] [--added YYYY-MM-DD]';

const SECTIONS = ['speakers', 'articles', 'quotes', 'narration'] as const;
type Section = (typeof SECTIONS)[number];

const say = (line: string) => process.stderr.write(`${line}\n`);
const n = (x: number) => x.toLocaleString('en');
const count = (x: number, word: string) => `${n(x)} ${word}${x === 1 ? '' : 's'}`;

async function main(argv: string[]): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (e) {
    say(`corpus:import: ${(e as Error).message}\n${USAGE}`);
    return 1;
  }
  const { values, positionals } = args;
  const format = values.format as CollectionFormat | undefined;
  if (positionals.length !== 1 || !values.out) {
    say(`corpus:import: give one FILE and --out OUT.json\n${USAGE}`);
    return 1;
  }
  if (format !== undefined && format !== 'corpus' && format !== 'quotebank') {
    say(`corpus:import: --format is corpus or quotebank, got "${format}"\n${USAGE}`);
    return 1;
  }
  const addedAt = values.added ?? isoDay();
  if (!isIsoDate(addedAt)) {
    say(`corpus:import: --added must be a date YYYY-MM-DD, got "${addedAt}"`);
    return 1;
  }
  const input = positionals[0]!;
  const out = resolve(values.out);

  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(input, 'r');
    if ((await handle.stat()).isDirectory()) {
      await handle.close();
      say(`corpus:import: ${input}: is a directory`);
      return 2;
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    say(
      `corpus:import: ${input}: ${code === 'ENOENT' ? 'file not found' : `cannot be read (${code})`}`,
    );
    return 2;
  }
  const started = performance.now();
  const work = mkdtempSync(join(tmpdir(), 'qc-corpus-import-'));
  try {
    const sections = new SectionFiles(work);
    const stream = Readable.toWeb(
      createReadStream('', { fd: handle.fd, autoClose: false }),
    ) as unknown as ReadableStream<Uint8Array>;
    const result = await readCollection(stream, {
      format,
      addedAt,
      idPrefix: values.prefix ?? '',
      // The collection's name is the same plain or compressed.
      collectionName: basename(input).replace(/\.gz$/i, ''),
      // stderr names every skipped line, however many.
      maxListed: Number.POSITIVE_INFINITY,
      onChunk: (chunk) => sections.add(chunk.corpus),
    });
    await handle.close();
    await sections.close();
    if (!result.ok) {
      say(`corpus:import: ${input}: ${result.error.message}`);
      return 2;
    }
    const temp = `${out}.tmp-${process.pid}`;
    try {
      const file = createWriteStream(temp);
      for await (const piece of exportCorpus(sections.readBack())) {
        if (!file.write(piece)) await new Promise((r) => file.once('drain', r));
      }
      file.end();
      await finished(file);
      renameSync(temp, out);
    } catch (e) {
      rmSync(temp, { force: true });
      say(`corpus:import: cannot write ${values.out}: ${(e as Error).message}`);
      return 2;
    }
    report(input, values.out, result.value, (performance.now() - started) / 1000);
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      prefix: { type: 'string' },
      added: { type: 'string' },
    },
  });
}

/**
 * The entries of every chunk, one JSON line each, in a temporary file per array; a
 * speaker or article repeated in several chunks is written once.
 */
class SectionFiles {
  private readonly files: Record<Section, ReturnType<typeof createWriteStream>>;
  private readonly seen = { speakers: new Set<string>(), articles: new Set<string>() };

  constructor(private readonly dir: string) {
    this.files = Object.fromEntries(
      SECTIONS.map((s) => [s, createWriteStream(join(dir, `${s}.jsonl`))]),
    ) as Record<Section, ReturnType<typeof createWriteStream>>;
  }

  async add(corpus: Corpus): Promise<void> {
    for (const section of SECTIONS) {
      const seen = section === 'speakers' || section === 'articles' ? this.seen[section] : null;
      let text = '';
      for (const entry of corpus[section]) {
        if (seen) {
          if (seen.has(entry.id)) continue;
          seen.add(entry.id);
        }
        text += `${JSON.stringify(entry)}\n`;
      }
      const file = this.files[section];
      if (text && !file.write(text)) await new Promise((r) => file.once('drain', r));
    }
  }

  async close(): Promise<void> {
    for (const s of SECTIONS) this.files[s].end();
    await Promise.all(SECTIONS.map((s) => finished(this.files[s])));
  }

  readBack() {
    const lines = async function* (path: string) {
      for await (const line of createInterface({
        input: createReadStream(path),
        crlfDelay: Infinity,
      })) {
        if (line) yield JSON.parse(line);
      }
    };
    return {
      speakers: lines(join(this.dir, 'speakers.jsonl')),
      articles: lines(join(this.dir, 'articles.jsonl')),
      quotes: lines(join(this.dir, 'quotes.jsonl')),
      narration: lines(join(this.dir, 'narration.jsonl')),
    };
  }
}

function report(input: string, out: string, s: ImportSummary, seconds: number): void {
  const how = [s.format, s.compression].filter(Boolean).join(', ');
  const weak = s.weakSpeakerDropped
    ? `, ${n(s.weakSpeakerDropped)} of them because Quotebank gave the named speaker less than an even chance`
    : '';
  say(
    `corpus:import: ${input} (${how}): ${count(s.quotes, 'quote')} (${n(s.unattributed)} unattributed${weak}), ${count(s.speakers, 'speaker')}, ${count(s.articles, 'article')} from ${count(s.lines, 'line')} in ${seconds.toFixed(1)} s -> ${out}`,
  );
  list('skipped', s.skipped);
  list('kept with a note', s.notes);
}

function list(what: string, l: CappedList): void {
  if (l.count === 0) return;
  const shown = l.listed.length < l.count ? ` (the first ${n(l.listed.length)} listed)` : '';
  say(`corpus:import: ${count(l.count, 'line')} ${what}${shown}:`);
  for (const item of l.listed) say(`  line ${item.line}: ${item.reason}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      say(`corpus:import: ${(e as Error).message ?? String(e)}`);
      process.exitCode = 2;
    },
  );
}
