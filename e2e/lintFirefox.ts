/**
 * `npm run lint:firefox`: Mozilla's linter (`web-ext lint`) over the Firefox build.
 *
 * Fails on any error. Fails on any warning too, except one that is known and harmless:
 * UNSAFE_VAR_ASSIGNMENT for `innerHTML` in a bundle whose every innerHTML write is a
 * library's, of two kinds:
 * - Preact's renderer (`el.innerHTML = x.__html`, its `dangerouslySetInnerHTML` branch),
 *   which runs only for a component that passes `dangerouslySetInnerHTML`;
 * - @mozilla/readability's two (restoring its working copy of the article, unwrapping a
 *   `<noscript>` image), in `extract-article.js` ("Add this article") and the page scan's
 *   `content-scripts/scan.js`: they write the
 *   page's own markup into the clone of the page `readHtmlPage` makes, a document with no
 *   browsing context, where no script runs and nothing loads.
 * This script also proves our own source never passes `dangerouslySetInnerHTML` nor writes
 * HTML any other way, so the warning can never be about text we render.
 * Notices are printed and never fail (the store reviews them; they are not defects).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const BUILD_DIR = resolve('.output/firefox-mv2');
const WEB_EXT = resolve('node_modules/.bin/web-ext');
/** Our code that renders anything: an HTML sink here would make the warning real. */
const OWN_SOURCE_DIRS = ['entrypoints', 'components', 'lib'];
const HTML_SINKS =
  /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write\(/;

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
}
interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '__tests__' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function line(m: LintMessage): string {
  return `  ${m.code}: ${m.message} (${m.file ?? '?'}${m.line ? `:${m.line}` : ''})`;
}

const output = (() => {
  try {
    return execFileSync(
      WEB_EXT,
      ['lint', '--source-dir', BUILD_DIR, '--self-hosted', '--output', 'json'],
      {
        encoding: 'utf8',
      },
    );
  } catch (e) {
    // web-ext exits non-zero when it finds errors; the JSON report is still on stdout.
    const stdout = (e as { stdout?: string }).stdout;
    if (!stdout) throw e;
    return stdout;
  }
})();
const report = JSON.parse(output.slice(output.indexOf('{'))) as LintReport;

const sinks = OWN_SOURCE_DIRS.flatMap((dir) => sourceFiles(resolve(dir))).filter((file) =>
  HTML_SINKS.test(readFileSync(file, 'utf8')),
);
/** Preact's only HTML write: `el.innerHTML = props.dangerouslySetInnerHTML.__html` (minified). */
const PREACT_INNER_HTML = /\.innerHTML=[\w$]+\.__html\b/g;
const ANY_INNER_HTML_WRITE = /\.innerHTML=(?!=)/g;

/** Readability's innerHTML writes, counted in its source (`.innerHTML = `). */
const READABILITY_WRITES = (
  readFileSync(resolve('node_modules/@mozilla/readability/Readability.js'), 'utf8').match(
    /\.innerHTML = /g,
  ) ?? []
).length;
/** A bundle holds Readability when it holds its article-finding pass (a log message of it). */
const READABILITY_MARK = '**** grabArticle ****';

/** Every innerHTML write in the file is Preact's `__html` branch or one of Readability's. */
function onlyLibraryWrites(file: string): boolean {
  const code = readFileSync(join(BUILD_DIR, file), 'utf8');
  const all = code.match(ANY_INNER_HTML_WRITE)?.length ?? 0;
  const preact = code.match(PREACT_INNER_HTML)?.length ?? 0;
  const readability = code.includes(READABILITY_MARK) ? READABILITY_WRITES : 0;
  return all > 0 && all === preact + readability;
}

const isLibraryInnerHtml = (w: LintMessage) =>
  w.code === 'UNSAFE_VAR_ASSIGNMENT' &&
  /innerHTML/.test(w.message) &&
  sinks.length === 0 &&
  w.file !== undefined &&
  onlyLibraryWrites(w.file);

const excused = report.warnings.filter(isLibraryInnerHtml);
const failing = [...report.errors, ...report.warnings.filter((w) => !isLibraryInnerHtml(w))];

console.log(
  `web-ext lint ${BUILD_DIR}: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices`,
);
for (const w of excused)
  console.log(
    `excused (only Preact's dangerouslySetInnerHTML branch or Readability, in its inert clone of the page, writes innerHTML in this file; our source has no HTML sink):\n${line(w)}`,
  );
for (const n of report.notices) console.log(`notice:\n${line(n)}`);
if (sinks.length > 0)
  console.error(
    `Our source writes HTML (so no innerHTML warning is excused):\n  ${sinks.join('\n  ')}`,
  );
if (failing.length > 0) {
  console.error(`web-ext lint failed:\n${failing.map(line).join('\n')}`);
  process.exit(1);
}
