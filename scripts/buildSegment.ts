/**
 * `npm run corpus:segment [-- --corpus FILE] [--out FILE]`: builds the binary segment of
 * a corpus (default `corpus/quotes.json`) and writes it (default
 * `public/segments/bundled.qcs`, the file the extension ships and its worker fetches),
 * atomically (a temporary file renamed over the old one) and deterministically (same
 * corpus, same bytes). Exit status 2, with one line naming the file and the problem,
 * when the corpus is missing or invalid or the segment cannot be written.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseCorpus } from '../lib/corpus/parseCorpus';
import { buildSegment } from '../lib/segment/buildSegment';
import { BUNDLED_SEGMENT_PATH } from '../lib/segment/bundledSegmentPath';
import { readJsonFile } from './verify/readJsonFile';

const ROOT = resolve(import.meta.dirname, '..');
export const DEFAULT_CORPUS = resolve(ROOT, 'corpus/quotes.json');
export const DEFAULT_SEGMENT = resolve(ROOT, 'public', BUNDLED_SEGMENT_PATH.slice(1));

function main(): void {
  const { values } = parseArgs({
    options: { corpus: { type: 'string' }, out: { type: 'string' } },
  });
  const corpusPath = resolve(values.corpus ?? DEFAULT_CORPUS);
  const shown = relative(process.cwd(), corpusPath) || corpusPath;
  const json = readJsonFile(corpusPath);
  const corpus = json.ok ? parseCorpus(json.value) : json;
  if (!corpus.ok) {
    process.stderr.write(`buildSegment: ${shown}: ${corpus.error.message}\n`);
    process.exit(2);
  }
  const started = performance.now();
  const bytes = new Uint8Array(buildSegment(corpus.value));
  const out = resolve(values.out ?? DEFAULT_SEGMENT);
  const shownOut = relative(process.cwd(), out) || out;
  const tmp = `${out}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(tmp, bytes);
    renameSync(tmp, out);
  } catch (e) {
    rmSync(tmp, { force: true });
    process.stderr.write(`buildSegment: cannot write ${shownOut}: ${(e as Error).message}\n`);
    process.exit(2);
  }
  const c = corpus.value;
  process.stdout.write(
    `buildSegment: wrote ${shownOut} (${c.quotes.length} quotes, ${c.narration.length} narration sentences, ${bytes.length.toLocaleString('en')} bytes) in ${(performance.now() - started).toFixed(0)} ms\n`,
  );
}

main();
