/**
 * `npm run -s extract -- FILE`: prints one article (Markdown with front matter, plain text
 * as copied from a page, or a saved web page) as JSON: the shape of corpus/quotes.json,
 * each quote with its line, offsets and sieve, and the quotations left unattributed.
 * What was read around (a date line without a readable date) prints on stderr as
 * `FILE:LINE: warning: …`, and the article is still printed. Problems print as one line (`FILE:LINE: problem`, or `extract: FILE …` when the file
 * itself cannot be an article: missing, a folder, empty, binary, not UTF-8, too large)
 * and exit 2.
 *
 * `npm run -s extract -- --markdown FILE` prints instead a draft corpus article for
 * `corpus/articles/` (front matter from the page's facts, the readable text as its body;
 * `lib/corpus/articleMarkdown.ts`), and on stderr what the curator must check.
 */
import { readFileSync, statSync } from 'node:fs';
import { articleMarkdown } from '../lib/corpus/articleMarkdown.ts';
import { extractionToJson } from '../lib/corpus/extractionToJson.ts';
import { formatBuildError } from '../lib/corpus/formatBuildError.ts';
import { MAX_ARTICLE_BYTES, tooLarge } from '../lib/extract/decodeArticle.ts';
import { readArticleFile } from './readArticleFile.ts';

const USAGE =
  'usage: npm run -s extract -- [--markdown] FILE (one article: Markdown with front matter, plain text, or a saved web page .html)';

async function main(argv: string[]): Promise<number> {
  const markdown = argv.includes('--markdown');
  const [file, ...rest] = argv.filter((a) => a !== '--markdown');
  if (!file || rest.length > 0) return fail(USAGE);
  let bytes: Buffer;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return fail(`extract: ${file} is a folder: give it one article file`);
    // Refused before reading: a file this big is not one article.
    if (stat.size > MAX_ARTICLE_BYTES) return fail(`extract: ${file} ${tooLarge(stat.size)}`);
    bytes = readFileSync(file);
  } catch (e) {
    return fail(
      `extract: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
  const parsed = await readArticleFile(file, bytes);
  if (!parsed.ok) {
    const e = parsed.error;
    return fail('file' in e ? `extract: ${file} ${e.file}` : formatBuildError(e));
  }
  const { article, captured, curated } = parsed.value;
  for (const w of article.warnings)
    process.stderr.write(`${file}:${w.line}: warning: ${w.message}\n`);
  if (markdown) {
    if (curated) return fail(`extract: ${file} is already a corpus article (it has front matter)`);
    const draft = articleMarkdown(article, captured());
    for (const note of draft.notes) process.stderr.write(`${file}: check: ${note}\n`);
    process.stdout.write(draft.markdown);
    return 0;
  }
  process.stdout.write(`${JSON.stringify(extractionToJson(article), null, 2)}\n`);
  return 0;
}

function fail(line: string): number {
  process.stderr.write(`${line}\n`);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
