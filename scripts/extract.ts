/**
 * `npm run -s extract -- FILE`: prints one article (Markdown with front matter, or plain
 * text as copied from a page) as JSON of the same shape as corpus/quotes.json.
 * Problems print as one line `FILE:LINE: problem` and exit 2.
 */
import { readFileSync } from 'node:fs';
import { buildCorpus } from '../lib/corpus/buildCorpus.ts';
import { formatBuildError } from '../lib/corpus/formatBuildError.ts';
import { serializeCorpus } from '../lib/corpus/serializeCorpus.ts';

function main(args: string[]): number {
  const [file, ...rest] = args;
  if (!file || rest.length > 0) {
    process.stderr.write(
      'usage: npm run -s extract -- FILE (one article: Markdown with front matter, or plain text)\n',
    );
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    process.stderr.write(
      `extract: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`,
    );
    return 2;
  }
  const built = buildCorpus([{ path: file, text }], { allowPlainText: true });
  if (!built.ok) {
    process.stderr.write(`${formatBuildError(built.error)}\n`);
    return 2;
  }
  process.stdout.write(serializeCorpus(built.value));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
