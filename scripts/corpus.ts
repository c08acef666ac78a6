/**
 * `npm run corpus [-- --strict]`: builds corpus/quotes.json from corpus/articles/*.md,
 * then (`--segment`, which the npm script passes) the segment the extension ships
 * (`public/segments/bundled.qcs`).
 * Same articles, same bytes. A malformed article prints `file:line: problem`, exits 2 and
 * leaves the old corpus/quotes.json as it was (the new file is written beside it and
 * renamed over it only when complete). A quotation nothing attributes safely is left out
 * with a warning (`file:line: warning: …`); `--strict` makes any warning exit 2, and then
 * nothing is written either.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { ArticleFile } from '../lib/corpus/buildCorpus.ts';
import { buildCorpus } from '../lib/corpus/buildCorpus.ts';
import { formatBuildError } from '../lib/corpus/formatBuildError.ts';
import { serializeCorpus } from '../lib/corpus/serializeCorpus.ts';
import { decodeArticle } from '../lib/extract/decodeArticle.ts';
import type { Result } from '../lib/result.ts';
import { err, ok } from '../lib/result.ts';

export const ARTICLES_DIR = 'corpus/articles';
export const CORPUS_FILE = 'corpus/quotes.json';

/**
 * The corpus articles as `{path, text}`, paths relative to the repository root, or the
 * one line saying which file cannot be an article (empty, binary, not UTF-8, too large).
 */
export function readArticleFiles(root: string): Result<ArticleFile[], string> {
  const files: ArticleFile[] = [];
  const names = readdirSync(join(root, ARTICLES_DIR))
    .filter((name) => name.endsWith('.md'))
    .sort();
  for (const name of names) {
    const path = `${ARTICLES_DIR}/${name}`;
    const decoded = decodeArticle(readFileSync(join(root, path)));
    if (!decoded.ok) return err(`${path} ${decoded.error.message}`);
    files.push({ path, text: decoded.value });
  }
  return ok(files);
}

/** Longest quotation shown in a warning. */
const PREVIEW_CHARS = 60;
const clip = (text: string) =>
  text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text;

function main(): number {
  const started = performance.now();
  let args: { strict: boolean; segment: boolean };
  try {
    const { values } = parseArgs({
      options: {
        strict: { type: 'boolean', default: false },
        segment: { type: 'boolean', default: false },
      },
    });
    args = { strict: values.strict === true, segment: values.segment === true };
  } catch (e) {
    process.stderr.write(`corpus: ${(e as Error).message} (usage: npm run corpus [-- --strict])\n`);
    return 2;
  }
  const root = process.cwd();
  let files: ArticleFile[];
  try {
    const read = readArticleFiles(root);
    if (!read.ok) {
      process.stderr.write(`${read.error}\n`);
      return 2;
    }
    files = read.value;
  } catch (e) {
    process.stderr.write(`corpus: cannot read ${ARTICLES_DIR}: ${(e as Error).message}\n`);
    return 2;
  }
  let warnings = 0;
  const built = buildCorpus(files, {
    onUnattributed: (w) => {
      warnings++;
      process.stderr.write(
        `${w.path}:${w.line}: warning: left out “${clip(w.text)}”: ${w.reason}\n`,
      );
    },
  });
  if (!built.ok) {
    process.stderr.write(`${formatBuildError(built.error)}\n`);
    return 2;
  }
  if (args.strict && warnings > 0) {
    process.stderr.write(
      `corpus: ${warnings} quotation(s) left out, and --strict is on: ${CORPUS_FILE} not written\n`,
    );
    return 2;
  }
  const target = join(root, CORPUS_FILE);
  const temp = `${target}.tmp-${process.pid}`;
  try {
    writeFileSync(temp, serializeCorpus(built.value));
    renameSync(temp, target);
  } catch (e) {
    rmSync(temp, { force: true });
    process.stderr.write(`corpus: cannot write ${CORPUS_FILE}: ${(e as Error).message}\n`);
    return 2;
  }
  const c = built.value;
  const direct = c.quotes.filter((q) => q.kind === 'direct').length;
  const ms = (performance.now() - started).toFixed(0);
  const left = warnings > 0 ? `, ${warnings} left out (see warnings)` : '';
  process.stdout.write(
    `corpus: ${c.articles.length} articles, ${c.speakers.length} speakers, ${c.quotes.length} quotes (${direct} direct, ${c.quotes.length - direct} reported${left}), ${c.narration.length} narration sentences -> ${CORPUS_FILE} in ${ms} ms\n`,
  );
  if (!args.segment) return 0;
  // The segment is built by its own script, from the file just written.
  const tsx = join(import.meta.dirname, '../node_modules/.bin/tsx');
  const segment = spawnSync(
    tsx,
    [join(import.meta.dirname, 'buildSegment.ts'), '--corpus', target],
    { stdio: 'inherit' },
  );
  return segment.status ?? 2;
}

// Run only as a script, not when a test imports `readArticleFiles` (a URL compare, so a
// checkout path with spaces or other escaped characters still matches).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main();
}
