import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../lib/corpus/parseCorpus';
import type { Corpus } from '../../lib/corpus/schema';
import { BAD_KINDS, badLineNumbers, makeQuotebankLines } from '../bench/makeQuotebankLines';
import { CLI_TEST_TIMEOUT_MS, ROOT } from './support/runScript';
import { scratchDirs } from './support/scratchDirs';

const scratch = scratchDirs('qc-corpus-import-test-');

function run(script: string, args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}`, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const LINES = 400;
const quotebank = [...makeQuotebankLines(LINES, { bad: true })].join('\n');

function setUp() {
  const dir = scratch();
  const plain = join(dir, 'quotes-2020.json');
  writeFileSync(plain, quotebank);
  const gz = join(dir, 'quotes-2020.json.gz');
  writeFileSync(gz, gzipSync(quotebank));
  return { dir, plain, gz };
}

const readCorpus = (path: string): Corpus => {
  const parsed = parseCorpus(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
};

describe('npm run corpus:import', { timeout: CLI_TEST_TIMEOUT_MS }, () => {
  it('writes a valid corpus from Quotebank lines and names each skipped line on stderr', () => {
    const { dir, plain } = setUp();
    const out = join(dir, 'mine.json');
    const r = run('corpusImport.ts', [plain, '--out', out, '--added', '2026-11-30']);
    expect(r.status, r.stderr).toBe(0);
    const corpus = readCorpus(out);
    const bad = badLineNumbers(LINES);
    expect(corpus.quotes).toHaveLength(LINES - 5); // two of the seven bad lines are kept, noted
    expect(r.stderr).toMatch(
      new RegExp(
        `^corpus:import: .*quotes-2020\\.json \\(quotebank\\): ${LINES - 5} quotes \\(\\d+ unattributed`,
      ),
    );
    expect(r.stderr).toContain('corpus:import: 5 lines skipped:');
    for (const line of bad.slice(0, 5))
      expect(r.stderr).toMatch(new RegExp(`^  line ${line}: `, 'm'));
    expect(r.stderr).toContain('corpus:import: 2 lines kept with a note:');
    expect(r.stderr).toMatch(
      new RegExp(`^  line ${bad[5]}: URL "javascript:.*not http\\(s\\)`, 'm'),
    );
    expect(r.stderr).toMatch(
      new RegExp(`^  line ${bad[6]}: speaker name .* kept as plain text`, 'm'),
    );
    expect(BAD_KINDS).toHaveLength(7);
    expect(corpus.articles.every((a) => a.addedAt === '2026-11-30')).toBe(true);
    expect(corpus.articles.every((a) => a.url === null || a.url.startsWith('https://'))).toBe(true);
    expect(readdirSync(dir).sort()).toEqual([
      'mine.json',
      'quotes-2020.json',
      'quotes-2020.json.gz',
    ]);
  });

  it('reads the gzip file to the same corpus; and its own output back, as a corpus file', () => {
    const { dir, plain, gz } = setUp();
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    const c = join(dir, 'c.json');
    expect(run('corpusImport.ts', [plain, '--out', a, '--added', '2026-11-30']).status).toBe(0);
    const rb = run('corpusImport.ts', [gz, '--out', b, '--added', '2026-11-30']);
    expect(rb.status).toBe(0);
    expect(rb.stderr).toMatch(/\(quotebank, gzip\)/);
    expect(readFileSync(b, 'utf8')).toBe(readFileSync(a, 'utf8'));
    const rc = run('corpusImport.ts', [a, '--out', c]);
    expect(rc.stderr).toMatch(/\(corpus\)/);
    expect(readFileSync(c, 'utf8')).toBe(readFileSync(a, 'utf8'));
  });

  it('verify --corpus checks against it: an unattributed quotation has speakerId and speaker null, a source its URL and date', () => {
    const { dir, plain } = setUp();
    const out = join(dir, 'mine.json');
    expect(run('corpusImport.ts', [plain, '--out', out]).status).toBe(0);
    const corpus = readCorpus(out);
    const none = corpus.quotes.find((q) => q.speakerId === null)!;
    const r = run('verify.ts', ['--corpus', out, '--json', none.text]);
    expect(r.status, r.stderr).toBe(0);
    const best = JSON.parse(r.stdout).best;
    expect(best).toMatchObject({
      quoteId: none.id,
      speakerId: null,
      speaker: null,
    });
    expect(best.article.url).toMatch(
      /^https:\/\/www\.[a-z-]+\.example\/\d{4}\/\d{2}\/\d{2}\/story-\d+$/,
    );
    expect(best.article.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(best.article.dateSource).toBe('collection');
    const named = corpus.quotes.find((q) => q.speakerId !== null)!;
    const readable = run('verify.ts', ['--corpus', out, named.text]);
    expect(readable.stdout).toMatch(
      /^Date: +\d{4}-\d{2}-\d{2} \(date from an imported collection/m,
    );
  });

  it('names every skipped line, past the thousand the options page lists', () => {
    const { dir } = setUp();
    const lines = [...makeQuotebankLines(3)];
    for (let i = 0; i < 1200; i++) lines.push('[]');
    const input = join(dir, 'many.jsonl');
    writeFileSync(input, lines.join('\n'));
    const r = run('corpusImport.ts', [input, '--out', join(dir, 'many.json')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('corpus:import: 1,200 lines skipped:\n');
    expect(r.stderr).toMatch(/^ {2}line 1203: not a JSON object \(got an array\)$/m);
  });

  it('exit 2 and no file when the input is no collection at all, missing, or bzip2', () => {
    const { dir } = setUp();
    const out = join(dir, 'never.json');
    const text = join(dir, 'letter.txt');
    writeFileSync(text, 'Dear editor,\nhere are some thoughts.\n');
    const r = run('corpusImport.ts', [text, '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /letter\.txt: this file is not a quote collection: none of its 2 lines/,
    );
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    const bz = join(dir, 'quotes.json.bz2');
    writeFileSync(bz, Buffer.from('BZh91AY&SY', 'latin1'));
    expect(run('corpusImport.ts', [bz, '--out', out]).stderr).toMatch(
      /bzip2 \(\.bz2\) is not supported/,
    );
    const missing = run('corpusImport.ts', [join(dir, 'nope.jsonl'), '--out', out]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/nope\.jsonl: file not found/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('never'))).toEqual([]);
  });

  it('an output it cannot write leaves nothing behind; bad usage is exit 1', () => {
    const { dir, plain } = setUp();
    const folder = join(dir, 'taken.json');
    mkdirSync(folder);
    const r = run('corpusImport.ts', [plain, '--out', folder]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot write .*taken\.json/);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
    expect(run('corpusImport.ts', [plain]).status).toBe(1);
    expect(
      run('corpusImport.ts', [plain, '--out', join(dir, 'x.json'), '--format', 'csv']).status,
    ).toBe(1);
  });
});
