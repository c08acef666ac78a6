/**
 * `npm run corpus`: builds corpus/quotes.json from corpus/articles/*.md.
 * Same articles, same bytes. On any problem prints `file:line: problem`, exits 2 and
 * leaves the old corpus/quotes.json as it was (the new file is written beside it and
 * renamed over it only when complete).
 */
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
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

function main(): number {
  const started = performance.now();
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
  const built = buildCorpus(files);
  if (!built.ok) {
    process.stderr.write(`${formatBuildError(built.error)}\n`);
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
  process.stdout.write(
    `corpus: ${c.articles.length} articles, ${c.speakers.length} speakers, ${c.quotes.length} quotes (${direct} direct, ${c.quotes.length - direct} reported), ${c.narration.length} narration sentences -> ${CORPUS_FILE} in ${ms} ms\n`,
  );
  return 0;
}

// Run only as a script, not when a test imports `readArticleFiles` (a URL compare, so a
// checkout path with spaces or other escaped characters still matches).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main();
}
