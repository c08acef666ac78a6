/**
 * `npm run -s verify -- [--json] [--jsonl] [--speaker NAME] [--context TEXT] [--corpus FILE] [--reader FILE]… TEXT`
 *
 * Checks a selection against the corpus: by default the segment the extension ships
 * (`public/segments/bundled.qcs`, built from `corpus/quotes.json` by `npm run corpus`);
 * `--corpus FILE` takes another segment, or a corpus JSON file (its segment is built in
 * memory). `--reader FILE` (any number) adds the reader's own corpus (an export, what
 * `corpus:import` writes, or a segment), searched together with it as in the extension. With `--jsonl`, reads one request per line on standard input and writes one
 * JSON answer per line, in order.
 * Exit status: 0 answered, 1 bad usage, 2 corpus missing or invalid.
 */
import { relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { toResultJson } from '../lib/match/toResultJson';
import { BUNDLED_SEGMENT_PATH } from '../lib/segment/bundledSegmentPath';
import { formatReadable } from './verify/formatReadable';
import { loadMatcherFile } from './verify/loadMatcherFile';
import { parseRequestLine } from './verify/parseRequestLine';

const USAGE =
  'usage: npm run -s verify -- [--json] [--jsonl] [--speaker NAME] [--context TEXT] [--corpus FILE] [--reader FILE]... TEXT';
const DEFAULT_CORPUS = resolve(import.meta.dirname, '../public', BUNDLED_SEGMENT_PATH.slice(1));

function fail(status: number, line: string): never {
  process.stderr.write(`${line}\n`);
  process.exit(status);
}

async function main(): Promise<void> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse();
  } catch (e) {
    fail(1, `verify: ${(e as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = args;
  const corpusPath = resolve(values.corpus ?? DEFAULT_CORPUS);
  const shown = relative(process.cwd(), corpusPath) || corpusPath;
  const readers = (values.reader ?? []).map((file) => {
    const path = resolve(file);
    return { path, name: relative(process.cwd(), path) || path };
  });
  const loaded = loadMatcherFile(corpusPath, shown, readers);
  if (!loaded.ok) fail(2, `verify: ${loaded.error.message}`);
  const matcher = loaded.value;

  if (values.jsonl) {
    let n = 0;
    for await (const line of createInterface({
      input: process.stdin,
      crlfDelay: Number.POSITIVE_INFINITY,
    })) {
      n++;
      const req = parseRequestLine(line, n);
      const out = req.ok
        ? toResultJson(await matcher.verify(req.value))
        : { error: req.error.message };
      process.stdout.write(`${JSON.stringify(out)}\n`);
    }
    return;
  }
  if (positionals.length === 0) fail(1, `verify: no text to check\n${USAGE}`);
  const result = await matcher.verify({
    text: positionals.join(' '),
    claimedSpeaker: values.speaker,
    context: values.context,
  });
  process.stdout.write(
    values.json ? `${JSON.stringify(toResultJson(result))}\n` : `${formatReadable(result)}\n`,
  );
}

function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      jsonl: { type: 'boolean' },
      speaker: { type: 'string' },
      context: { type: 'string' },
      corpus: { type: 'string' },
      reader: { type: 'string', multiple: true },
    },
  });
}

main().catch((e: unknown) => fail(1, `verify: ${(e as Error).message ?? String(e)}`));
