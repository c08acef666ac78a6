/**
 * `npm run eval:extract [-- [--verbose] DIR ...]`: scores the extractor against hand
 * annotations (one JSON file per page, format in eval/README.md): by default
 * eval/real-pages/ (inputs under the shared folder, skipped when it is absent) and
 * eval/fixtures/. Prints one line per page and the totals: quotations found with the
 * right speaker over those annotated (recall), speaker precision, quotations pinned on a
 * wrong named person (of them, anonymous sources, and a part of the right person's name such
 * as a surname alone), not-quotes extracted, dates read over dates stated, headlines right,
 * articles refused. `--verbose` lists each miss.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ExtractedArticle } from '../lib/extract/types.ts';
import { scorePage } from './evalExtract/scorePage.ts';
import type { Annotation, PageScore } from './evalExtract/types.ts';
import { readArticleFile } from './readArticleFile.ts';
import { SHARED_DIR } from './sharedDir.ts';

const DEFAULT_DIRS = ['eval/real-pages', 'eval/fixtures'];

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { verbose: { type: 'boolean', default: false } },
  });
  const dirs = positionals.length > 0 ? positionals : DEFAULT_DIRS;
  const scores: PageScore[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) {
      process.stdout.write(`eval:extract: ${dir} does not exist, skipped\n`);
      continue;
    }
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .sort()) {
      const file = join(dir, name);
      const annotation = JSON.parse(readFileSync(file, 'utf8')) as Annotation;
      const input = findInput(file, annotation.input);
      if (!input) {
        process.stdout.write(`${annotation.page}: input ${annotation.input} not found, skipped\n`);
        continue;
      }
      const parsed = await readArticleFile(input, readFileSync(input));
      const article: ExtractedArticle | null = parsed.ok ? parsed.value.article : null;
      const score = scorePage(annotation, article);
      scores.push(score);
      process.stdout.write(`${formatLine(score)}\n`);
      if (values.verbose) for (const m of score.notes) process.stdout.write(`    ${m}\n`);
    }
  }
  if (scores.length === 0) {
    process.stdout.write('eval:extract: no annotated page found\n');
    return 0;
  }
  process.stdout.write(`${formatTotals(scores)}\n`);
  return 0;
}

/** An annotation's input: beside the annotation, else under the shared folder. */
function findInput(annotationFile: string, input: string): string | null {
  for (const base of [dirname(annotationFile), SHARED_DIR]) {
    const path = resolve(base, input);
    if (existsSync(path)) return path;
  }
  return null;
}

const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`);

function formatLine(s: PageScore): string {
  return [
    s.page.padEnd(36),
    s.refused ? 'REFUSED' : '',
    `right ${s.right}/${s.annotated}`,
    `named ${s.namedRight}/${s.namedExtracted}`,
    s.wrongPerson > 0 ? `WRONG ${s.wrongPerson}` : '',
    s.notQuotesExtracted > 0 ? `notQuotes ${s.notQuotesExtracted}` : '',
    s.dateStated ? (s.dateRead ? 'date ok' : 'DATE MISSED') : s.dateWrong ? 'DATE INVENTED' : '',
    s.headlineStated && !s.headlineRight ? 'HEADLINE WRONG' : '',
  ]
    .filter(Boolean)
    .join('  ');
}

function formatTotals(scores: PageScore[]): string {
  const sum = (f: (s: PageScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const annotated = sum((s) => s.annotated);
  const right = sum((s) => s.right);
  const named = sum((s) => s.namedExtracted);
  const namedRight = sum((s) => s.namedRight);
  const stated = sum((s) => (s.dateStated ? 1 : 0));
  const read = sum((s) => (s.dateStated && s.dateRead ? 1 : 0));
  const headlines = sum((s) => (s.headlineRight ? 1 : 0));
  const withHeadline = sum((s) => (s.headlineStated ? 1 : 0));
  const lines = [
    '',
    `pages: ${scores.length} (${sum((s) => (s.refused ? 1 : 0))} refused)`,
    `quotations found with the right speaker: ${right}/${annotated} (${pct(right, annotated)})`,
    `speaker precision (named speakers given to annotated quotations): ${namedRight}/${named} (${pct(namedRight, named)})`,
    `quotations pinned on a wrong named person: ${sum((s) => s.wrongPerson)} (anonymous or unnamed sources among them: ${sum((s) => s.anonymousPinned)}; a part of the right person's name: ${sum((s) => s.partialName)})`,
    `named quotations extracted that no annotation holds: ${sum((s) => s.unannotatedNamed)}`,
    `not-quotes extracted as quotes: ${sum((s) => s.notQuotesExtracted)}/${sum((s) => s.notQuotes)}`,
    `dates read: ${read}/${stated} stated (${pct(read, stated)}); dates given where none is stated: ${sum((s) => (s.dateWrong ? 1 : 0))}`,
    `headline right: ${headlines}/${withHeadline} pages that have one (${pct(headlines, withHeadline)})`,
    `outlet right: ${sum((s) => (s.outletRight ? 1 : 0))}/${scores.length}`,
  ];
  return lines.join('\n');
}

if (basename(process.argv[1] ?? '') === 'evalExtract.ts') process.exitCode = await main();
