/**
 * `npm run corpus:index [-- --corpus FILE]`: builds the prebuilt retrieval index of
 * `corpus/quotes.json` and writes it beside it as `index.json`, atomically (a
 * temporary file renamed over the old one) and deterministically (same corpus, same
 * bytes). Exit status 2, with one line naming the file and the problem, when the
 * corpus is missing or invalid or the index cannot be written.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseCorpus } from '../lib/corpus/parseCorpus';
import { buildShingleIndex } from '../lib/match/buildShingleIndex';
import { indexToJson } from '../lib/match/indexToJson';
import { readJsonFile } from './verify/readJsonFile';

const DEFAULT_CORPUS = resolve(import.meta.dirname, '../corpus/quotes.json');

function main(): void {
  const { values } = parseArgs({ options: { corpus: { type: 'string' } } });
  const corpusPath = resolve(values.corpus ?? DEFAULT_CORPUS);
  const shown = relative(process.cwd(), corpusPath) || corpusPath;
  const json = readJsonFile(corpusPath);
  const corpus = json.ok ? parseCorpus(json.value) : json;
  if (!corpus.ok) {
    process.stderr.write(`buildIndex: ${shown}: ${corpus.error.message}\n`);
    process.exit(2);
  }
  const index = buildShingleIndex(corpus.value);
  const out = join(dirname(corpusPath), 'index.json');
  const shownOut = relative(process.cwd(), out) || out;
  const tmp = `${out}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, `${JSON.stringify(indexToJson(index))}\n`);
    renameSync(tmp, out);
  } catch (e) {
    rmSync(tmp, { force: true });
    process.stderr.write(`buildIndex: cannot write ${shownOut}: ${(e as Error).message}\n`);
    process.exit(2);
  }
  process.stdout.write(
    `buildIndex: wrote ${shownOut} (${index.docCount} documents, ${index.keys.length} keys, ${index.postings.length} postings)\n`,
  );
}

main();
