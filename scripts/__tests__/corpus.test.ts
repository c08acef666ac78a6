import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../lib/corpus/buildCorpus.ts';
import { serializeCorpus } from '../../lib/corpus/serializeCorpus.ts';
import { ARTICLES_DIR, CORPUS_FILE, readArticleFiles } from '../corpus.ts';
import { CLI_TEST_TIMEOUT_MS, ROOT, runScript } from './support/runScript.ts';
import { scratchDirs } from './support/scratchDirs.ts';

const scratchDir = scratchDirs('qc-corpus-');
/** A scratch copy of the corpus folder with an old quotes.json in it. */
const scratch = () => {
  const dir = scratchDir();
  mkdirSync(join(dir, 'corpus'));
  cpSync(join(ROOT, ARTICLES_DIR), join(dir, ARTICLES_DIR), { recursive: true });
  writeFileSync(join(dir, CORPUS_FILE), 'OLD');
  return dir;
};

describe('npm run corpus', { timeout: CLI_TEST_TIMEOUT_MS }, () => {
  it('the committed corpus/quotes.json is what the articles build (run npm run corpus if this fails)', () => {
    const files = readArticleFiles(ROOT);
    if (!files.ok) throw new Error(files.error);
    const built = buildCorpus(files.value);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(readFileSync(join(ROOT, CORPUS_FILE), 'utf8')).toBe(serializeCorpus(built.value));
  });

  it('writes the corpus and says how long it took', () => {
    const dir = scratch();
    const result = runScript('corpus.ts', [], dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^corpus: 3 articles, \d+ speakers, \d+ quotes .* in \d+ ms\n$/);
    expect(readFileSync(join(dir, CORPUS_FILE), 'utf8')).toBe(
      readFileSync(join(ROOT, CORPUS_FILE), 'utf8'),
    );
  });

  it('on a bad article prints one line, exits 2 and leaves the old file alone', () => {
    const dir = scratch();
    writeFileSync(
      join(dir, ARTICLES_DIR, 'zz-bad.md'),
      '---\ntitle: Bad\noutlet: null\nurl: null\npublished: 2024-01-01\ndate_source: curator\nbyline: null\nlanguage: en\nwriter: me\n---\nBad\n',
    );
    const result = runScript('corpus.ts', [], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'corpus/articles/zz-bad.md:9: unknown front matter field "writer" (allowed: title, outlet, url, published, date_source, byline, language)\n',
    );
    expect(readFileSync(join(dir, CORPUS_FILE), 'utf8')).toBe('OLD');
    expect(readdirSync(join(dir, 'corpus')).sort()).toEqual(['articles', 'quotes.json']);
  });
  it('on an article file that is not text prints one line, exits 2 and leaves the old file alone', () => {
    const dir = scratch();
    writeFileSync(join(dir, ARTICLES_DIR, 'zz-photo.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0]));
    const result = runScript('corpus.ts', [], dir);
    expect([result.status, result.stderr]).toEqual([
      2,
      'corpus/articles/zz-photo.md is not text (a NUL byte at offset 4: binary data, or UTF-16 without a byte-order mark): give it one article as UTF-8 text\n',
    ]);
    expect(readFileSync(join(dir, CORPUS_FILE), 'utf8')).toBe('OLD');
  });
});

describe('npm run corpus: quotations it cannot attribute', { timeout: CLI_TEST_TIMEOUT_MS }, () => {
  const withOpenQuote = (dir: string) =>
    writeFileSync(
      join(dir, ARTICLES_DIR, 'zz-open.md'),
      '---\ntitle: Bridge opens\noutlet: null\nurl: null\npublished: null\ndate_source: null\nbyline: null\nlanguage: en\n---\nBridge opens on Monday morning\n\nMayor Ada Quill opened the bridge.\n\n“Nobody asked us about the tolls at all,” he said.\n',
    );

  it('are left out with a warning naming file and line; the rest is written', () => {
    const dir = scratch();
    withOpenQuote(dir);
    const result = runScript('corpus.ts', [], dir);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(
      'corpus/articles/zz-open.md:14: warning: left out “Nobody asked us about the tolls at all,”: no person before "he" fits it\n',
    );
    expect(result.stdout).toMatch(/, 1 left out \(see warnings\)/);
    expect(readFileSync(join(dir, CORPUS_FILE), 'utf8')).not.toBe('OLD');
  });

  it('with --strict, exit 2 and nothing written', () => {
    const dir = scratch();
    withOpenQuote(dir);
    const result = runScript('corpus.ts', ['--strict'], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /warning: left out .*\ncorpus: 1 quotation\(s\) left out, and --strict is on: corpus\/quotes.json not written\n$/,
    );
    expect(readFileSync(join(dir, CORPUS_FILE), 'utf8')).toBe('OLD');
  });
});

describe('npm run extract', { timeout: CLI_TEST_TIMEOUT_MS }, () => {
  it('prints a plain-text page as corpus JSON, metadata read from the text', () => {
    const dir = scratch();
    const page = readFileSync(join(ROOT, ARTICLES_DIR, '002_4a49de1aac6f285b.md'), 'utf8').split(
      '\n---\n',
    )[1]!;
    writeFileSync(join(dir, 'herald.txt'), page);
    const result = runScript('extract.ts', ['herald.txt'], dir);
    expect(result.status).toBe(0);
    const corpus = JSON.parse(result.stdout);
    expect(corpus.articles).toEqual([
      {
        id: 'herald',
        title:
          'Peace on Korean Peninsula ultimate goal of US regardless of election outcome: Ambassador Lee',
        outlet: 'The Korea Herald',
        url: null,
        published: '2020-10-29',
        dateSource: 'article',
        byline: 'Yonhap',
      },
    ]);
    expect(corpus.speakers.map((s: { id: string }) => s.id)).toEqual(['lee-soo-hyuck']);
    // The ambassador's 11, and two unnamed sources' reported words the corpus keeps as narration.
    expect(corpus.quotes.filter((q: { inCorpus: boolean }) => q.inCorpus)).toHaveLength(11);
    expect(corpus.quotes).toHaveLength(13);
  });

  it('fails in one line with exit 2 on a missing file or no argument', () => {
    const dir = scratch();
    const missing = runScript('extract.ts', ['nope.txt'], dir);
    expect([missing.status, missing.stderr]).toEqual([
      2,
      'extract: cannot read nope.txt: ENOENT\n',
    ]);
    const none = runScript('extract.ts', [], dir);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/^usage: npm run -s extract -- \[--markdown\] FILE/);
  });

  it('--markdown: a saved page as a draft corpus article the build takes; a curated one refused', () => {
    const dir = scratch();
    const html = readFileSync(join(ROOT, 'eval/fixtures/health-study.html'), 'utf8');
    writeFileSync(join(dir, 'stairs.html'), html);
    const draft = runScript('extract.ts', ['--markdown', 'stairs.html'], dir);
    expect(draft.status).toBe(0);
    expect(draft.stdout).toMatch(/^---\ntitle: "Climbing a few flights of stairs/);
    // The page prints its date in its byline line ("… · Published Feb 2, 2024 · Updated …").
    expect(draft.stdout).toContain('published: 2024-02-02\ndate_source: article\n');
    expect(draft.stderr).not.toMatch(/check: published/);
    mkdirSync(join(dir, 'corpus/articles'), { recursive: true });
    writeFileSync(join(dir, 'corpus/articles/stairs.md'), draft.stdout);
    const built = runScript('extract.ts', ['corpus/articles/stairs.md'], dir);
    expect(built.status).toBe(0);
    const article = JSON.parse(built.stdout).articles[0];
    expect([article.outlet, article.published, article.dateSource]).toEqual([
      'Wellspring Health News',
      '2024-02-02',
      'article',
    ]);
    const again = runScript('extract.ts', ['--markdown', 'corpus/articles/stairs.md'], dir);
    expect([again.status, again.stderr]).toEqual([
      2,
      'extract: corpus/articles/stairs.md is already a corpus article (it has front matter)\n',
    ]);
    // Three child processes, each loading the extractor (and linkedom for the page).
  }, 30_000);
});
