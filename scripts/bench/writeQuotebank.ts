/**
 * `npx tsx scripts/bench/writeQuotebank.ts --lines 100000 --out FILE [--gzip] [--bad] [--seed N]`
 *
 * Writes made-up Quotebank-format lines (see makeQuotebankLines) for import tests and
 * benchmarks; with --bad, one line of each kind the import must skip or note, whose line
 * numbers it prints on stderr. Same options, same bytes.
 */
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';
import { BAD_KINDS, badLineNumbers, makeQuotebankLines } from './makeQuotebankLines';

const USAGE =
  'usage: npx tsx scripts/bench/writeQuotebank.ts --lines N --out FILE [--gzip] [--bad] [--seed N]';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      lines: { type: 'string' },
      out: { type: 'string' },
      gzip: { type: 'boolean' },
      bad: { type: 'boolean' },
      seed: { type: 'string' },
    },
  });
  const lines = Number(values.lines);
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (
    !Number.isInteger(lines) ||
    lines < 1 ||
    !values.out ||
    (seed !== undefined && !Number.isInteger(seed))
  ) {
    process.stderr.write(`${USAGE}\n`);
    return 1;
  }
  if (values.bad && lines < BAD_KINDS.length + 2) {
    process.stderr.write(`writeQuotebank: --bad needs at least ${BAD_KINDS.length + 2} lines\n`);
    return 1;
  }
  const gen = makeQuotebankLines(lines, { seed, bad: values.bad });
  const text = Readable.from(
    (function* () {
      for (const line of gen) yield `${line}\n`;
    })(),
  );
  const out = createWriteStream(values.out);
  await (values.gzip ? pipeline(text, createGzip(), out) : pipeline(text, out));
  if (values.bad) {
    const at = badLineNumbers(lines);
    for (const [i, kind] of BAD_KINDS.entries()) {
      process.stderr.write(`line ${at[i]}: ${kind}\n`);
    }
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`writeQuotebank: ${(e as Error).message}\n`);
    process.exitCode = 2;
  },
);
