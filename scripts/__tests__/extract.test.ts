import { existsSync, mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractionJson } from '../../lib/corpus/extractionToJson.ts';
import type { Corpus } from '../../lib/corpus/schema.ts';
import { MAX_ARTICLE_BYTES } from '../../lib/extract/decodeArticle.ts';
import { CORPUS_FILE } from '../corpus.ts';
import { SHARED_DIR } from '../sharedDir.ts';
import { CLI_TEST_TIMEOUT_MS, ROOT, runScript } from './support/runScript.ts';
import { scratchDirs } from './support/scratchDirs.ts';

const extract = (file: string) => runScript('extract.ts', [file]);
const scratch = scratchDirs('qc-extract-');

/** The untouched seeds, as copied from their pages (see corpusArticles.test.ts). */
const SEEDS = `${SHARED_DIR}/seeds`;
/**
 * What only a curator's front matter knows, so a raw page cannot: 000's outlet (the page
 * prints only an e-mail address), 003's date (the text says "the 23rd", no month or year).
 */
const FRONT_MATTER_ONLY: Record<string, string[]> = {
  '000_1461a4e715c05d43': ['outlet'],
  '002_4a49de1aac6f285b': [],
  '003_005e97e9032f4c24': ['published', 'dateSource'],
};

describe.skipIf(!existsSync(SEEDS) && !process.env.CI)(
  'npm run -s extract on the raw seed pages',
  { timeout: CLI_TEST_TIMEOUT_MS },
  () => {
    const curated = JSON.parse(readFileSync(join(ROOT, CORPUS_FILE), 'utf8')) as Corpus;
    for (const [id, onlyCurated] of Object.entries(FRONT_MATTER_ONLY)) {
      it(`${id}: the curated corpus's quotes, narration, speakers and article facts`, () => {
        const result = extract(resolve(SEEDS, `${id}.txt`));
        expect([result.status, result.stderr]).toEqual([0, '']);
        const raw = JSON.parse(result.stdout) as ExtractionJson;
        // The corpus fields of each quote, then where it stands: its text at its offsets.
        const corpusFields = raw.quotes
          .filter((q) => q.inCorpus)
          .map(({ line: _l, start: _s, end: _e, sieve: _v, inCorpus: _c, ...q }) => q);
        expect(corpusFields).toEqual(curated.quotes.filter((q) => q.articleId === id));
        expect(raw.unattributed).toEqual([]);
        expect(raw.narration).toEqual(curated.narration.filter((n) => n.articleId === id));
        const article = curated.articles.find((a) => a.id === id)!;
        expect(raw.articles).toHaveLength(1);
        const got = raw.articles[0]! as unknown as Record<string, unknown>;
        const want = article as unknown as Record<string, unknown>;
        for (const field of Object.keys(want)) {
          if (onlyCurated.includes(field)) expect(got[field], field).toBeNull();
          else expect(got[field], field).toEqual(want[field]);
        }
        // Speakers: the same people; across the corpus they gather more aliases and roles.
        for (const s of raw.speakers) {
          const merged = curated.speakers.find((c) => c.id === s.id);
          expect(merged?.name).toBe(s.name);
          for (const alias of s.aliases) expect(merged?.aliases).toContain(alias);
        }
        expect(raw.speakers.map((s) => s.id).sort()).toEqual(
          [
            ...new Set(curated.quotes.filter((q) => q.articleId === id).map((q) => q.speakerId)),
          ].sort(),
        );
      });
    }

    it('a copy saved as UTF-16 with CRLF line ends, no-break spaces and zero-width spaces reads the same', () => {
      const id = '002_4a49de1aac6f285b';
      const page = readFileSync(resolve(SEEDS, `${id}.txt`), 'utf8');
      const messy = `\ufeff${page}`
        .replace(/\n/g, '\r\n')
        .replace(/ said/g, '\u00a0said')
        .replace(/Lee /g, 'Lee\u200b ');
      const dir = scratch();
      const file = join(dir, `${id}.txt`);
      writeFileSync(file, Buffer.from(messy, 'utf16le'));
      const clean = extract(resolve(SEEDS, `${id}.txt`));
      const result = extract(file);
      expect([result.status, result.stderr]).toEqual([0, '']);
      expect(result.stdout).toBe(clean.stdout);
      // Two runs of the CLI in child processes: beyond the default 5 s when the suite loads
      // both cores.
    }, 20_000);
  },
);

describe('npm run -s extract on files that are no article', {
  timeout: CLI_TEST_TIMEOUT_MS,
}, () => {
  const dir = scratch();
  const HOW = 'give it one article as UTF-8 text';
  const cases: [name: string, make: (path: string) => void, message: string][] = [
    ['empty.txt', (p) => writeFileSync(p, ''), `is empty: ${HOW}`],
    ['blank.txt', (p) => writeFileSync(p, ' \n\t\n\n'), `holds only blank space: ${HOW}`],
    [
      'photo.jpg',
      (p) => writeFileSync(p, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46])),
      `is not text (a NUL byte at offset 4: binary data, or UTF-16 without a byte-order mark): ${HOW}`,
    ],
    [
      'latin1.txt',
      (p) => writeFileSync(p, Buffer.from('Café owner says prices will rise\n', 'latin1')),
      'is not UTF-8 text (the byte at offset 3 is not UTF-8; Latin-1 or Windows-1252?): save it as UTF-8',
    ],
    [
      'huge.txt',
      (p) => {
        writeFileSync(p, '');
        truncateSync(p, 3 * MAX_ARTICLE_BYTES); // sparse: refused before it is read
      },
      `is 6.0 MiB, more than one article can be (at most 2.0 MiB): ${HOW}`,
    ],
    ['folder', (p) => mkdirSync(p), 'is a folder: give it one article file'],
  ];
  for (const [name, make, message] of cases) {
    it(`${name}: one line, exit 2, nothing on stdout`, () => {
      const path = join(dir, name);
      make(path);
      const result = extract(path);
      expect([result.status, result.stdout, result.stderr]).toEqual([
        2,
        '',
        `extract: ${path} ${message}\n`,
      ]);
    });
  }
});
