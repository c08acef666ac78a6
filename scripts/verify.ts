/**
 * `npm run -s verify -- [--json] [--jsonl] [--speaker NAME] [--context TEXT] [--corpus FILE] TEXT`
 *
 * Checks a selection against the corpus (default `corpus/quotes.json`, with the
 * prebuilt `index.json` beside it when present). With `--jsonl`, reads one request
 * per line on standard input and writes one JSON answer per line, in order.
 * Exit status: 0 answered, 1 bad usage, 2 corpus missing or invalid.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadMatcher } from '../lib/match/loadMatcher';
import { toResultJson } from '../lib/match/toResultJson';
import { formatReadable } from './verify/formatReadable';
import { parseRequestLine } from './verify/parseRequestLine';
import { readJsonFile } from './verify/readJsonFile';

const USAGE =
  'usage: npm run -s verify -- [--json] [--jsonl] [--speaker NAME] [--context TEXT] [--corpus FILE] TEXT';
const DEFAULT_CORPUS = resolve(import.meta.dirname, '../corpus/quotes.json');

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
  const corpusJson = readJsonFile(corpusPath);
  if (!corpusJson.ok) fail(2, `verify: ${shown}: ${corpusJson.error.message}`);
  const indexPath = join(dirname(corpusPath), 'index.json');
  const indexJson = existsSync(indexPath) ? readJsonFile(indexPath) : null;
  const loaded = loadMatcher(corpusJson.value, indexJson?.ok ? indexJson.value : undefined);
  if (!loaded.ok) fail(2, `verify: ${shown}: ${loaded.error.message}`);
  const matcher = loaded.value;

  if (values.jsonl) {
    let n = 0;
    for await (const line of createInterface({
      input: process.stdin,
      crlfDelay: Number.POSITIVE_INFINITY,
    })) {
      n++;
      const req = parseRequestLine(line, n);
      const out = req.ok ? toResultJson(matcher.verify(req.value)) : { error: req.error.message };
      process.stdout.write(`${JSON.stringify(out)}\n`);
    }
    return;
  }
  if (positionals.length === 0) fail(1, `verify: no text to check\n${USAGE}`);
  const result = matcher.verify({
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
    },
  });
}

main().catch((e: unknown) => fail(1, `verify: ${(e as Error).message ?? String(e)}`));
