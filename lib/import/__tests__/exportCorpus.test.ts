import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../corpus/parseCorpus';
import type { Corpus } from '../../corpus/schema';
import seed from '../../match/__tests__/fixtures/seedCorpus.json';
import { exportCorpus } from '../exportCorpus';
import { mergeChunks } from '../mergeChunks';
import { gzip, importAll, qb, streamOf } from './support';

async function exported(corpus: Corpus): Promise<string> {
  let out = '';
  for await (const piece of exportCorpus(corpus)) out += piece;
  return out;
}

/** The seed corpus with every extended field in use: qids, a collection date, addedAt, an unattributed quote. */
function extended(): Corpus {
  const parsed = parseCorpus(structuredClone(seed));
  if (!parsed.ok) throw new Error(parsed.error.message);
  const c = parsed.value;
  c.speakers[0]!.qids = ['Q4242'];
  c.articles[0]!.dateSource = 'collection';
  c.articles[0]!.published = '2020-01-16';
  for (const a of c.articles) a.addedAt = '2026-11-29';
  c.quotes[1]!.speakerId = null;
  return c;
}

/** Speakers and articles in id order: the one thing an import may change is the order it first meets them in. */
const canonical = (c: Corpus): Corpus => ({
  ...c,
  speakers: [...c.speakers].sort((a, b) => a.id.localeCompare(b.id)),
  articles: [...c.articles].sort((a, b) => a.id.localeCompare(b.id)),
});

describe('exportCorpus', () => {
  it('writes one JSON file in the schema of corpus/quotes.json, one entry per line', async () => {
    const c = extended();
    const text = await exported(c);
    expect(text.startsWith('{"schemaVersion":1,\n"speakers":[\n{"id":')).toBe(true);
    expect(text.endsWith('\n]}\n')).toBe(true);
    const parsed = parseCorpus(JSON.parse(text));
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.value).toEqual(c);
    expect(text.split('\n')).toHaveLength(
      c.speakers.length + c.articles.length + c.quotes.length + c.narration.length + 10,
    );
  });

  it('an empty corpus is a valid file too', async () => {
    const empty: Corpus = {
      schemaVersion: 1,
      speakers: [],
      articles: [],
      quotes: [],
      narration: [],
    };
    const text = await exported(empty);
    expect(JSON.parse(text)).toEqual(empty);
    const back = await importAll(streamOf(text).stream);
    expect(back.result.ok && back.result.value.quotes).toBe(0);
    expect(back.chunks).toHaveLength(0);
  });

  it('round trip: importing the export gives the same corpus, in chunks or not, plain or gzip', async () => {
    const c = extended();
    const text = await exported(c);
    for (const chunkQuotes of [1, 3, 1000]) {
      const { result, corpora } = await importAll(streamOf(text, 97).stream, { chunkQuotes });
      if (!result.ok) throw new Error(result.error.message);
      expect(result.value).toMatchObject({
        format: 'corpus',
        quotes: c.quotes.length,
        unattributed: 1,
        speakers: c.speakers.length,
        articles: c.articles.length,
        narration: c.narration.length,
        skipped: { count: 0 },
      });
      for (const part of corpora) expect(parseCorpus(part).ok).toBe(true);
      expect(canonical(mergeChunks(corpora)), `chunks of ${chunkQuotes}`).toEqual(canonical(c));
    }
    const zipped = await importAll(streamOf(await gzip(text), 50).stream);
    expect(canonical(mergeChunks(zipped.corpora))).toEqual(canonical(c));
  });

  it('round trip from Quotebank: import, export, import again gives the same corpus and, once more, the same bytes', async () => {
    const lines = [
      qb(),
      qb({ quoteID: 'b', quotation: 'Another made-up sentence.', speaker: 'None' }),
      qb({ quoteID: 'c', quotation: 'A third one.', urls: ['javascript:void(0)'] }),
    ];
    const first = mergeChunks((await importAll(streamOf(lines.join('\n')).stream)).corpora);
    const once = await exported(first);
    const second = mergeChunks(
      (await importAll(streamOf(once).stream, { chunkQuotes: 1 })).corpora,
    );
    expect(canonical(second)).toEqual(canonical(first));
    expect(await exported(second)).toBe(once);
  });

  it('reads the bundled corpus/quotes.json (two-space JSON) as a corpus file, articles dated on import', async () => {
    const path = resolve(import.meta.dirname, '../../../corpus/quotes.json');
    const bytes = readFileSync(path);
    const { result, corpora } = await importAll(streamOf(new Uint8Array(bytes), 4096).stream);
    if (!result.ok) throw new Error(result.error.message);
    const bundled = JSON.parse(bytes.toString('utf8')) as Corpus;
    const got = mergeChunks(corpora);
    expect(got.quotes).toEqual(bundled.quotes);
    expect(got.narration).toEqual(bundled.narration);
    expect(got.articles.every((a) => a.addedAt === '2026-11-30')).toBe(true);
    expect(result.value.lines).toBeGreaterThan(100);
  });
});

describe('readCollection: a corpus file with bad entries', () => {
  const file = (body: string) => `{"schemaVersion":1,\n${body}\n}\n`;
  const speakers = `"speakers":[
{"id":"s1","name":"Mira Castellane","aliases":[],"description":""},
{"id":"s1","name":"Mira Again","aliases":[],"description":""},
{"id":"s2","name":"","aliases":[],"description":""}
],`;
  const articles = `"articles":[
{"id":"a1","title":"A headline","outlet":null,"url":"https://a.test/1","published":"2020-01-16","dateSource":"collection","byline":null},
{"id":"a2","title":"Bad date","outlet":null,"url":null,"published":"2020-13-01","dateSource":"article","byline":null}
],`;

  it('skips each bad entry with the line it starts on and the reason, and keeps the rest', async () => {
    const text = file(`${speakers}
${articles}
"quotes":[
{"id":"a1#1","text":"We will open the bridge.","speakerId":"s1","articleId":"a1","kind":"direct","context":""},
{"id":"a1#2","text":"Who said this?","speakerId":"s2","articleId":"a1","kind":"direct","context":""},
{"id":"a1#3","text":"${'w'.repeat(10_001)}","speakerId":"s1","articleId":"a1","kind":"direct","context":""},
{"id":"a1#1","text":"Duplicate id.","speakerId":null,"articleId":"a1","kind":"direct","context":""},
{"id":"a1#4","text":"Unattributed.","speakerId":null,"articleId":"a1","kind":"direct","context":""},
"not an entry"
],
"narration":[]`);
    const { result, corpora } = await importAll(streamOf(text, 64).stream);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.skipped.listed).toEqual([
      { line: 4, reason: 'speaker "s1" appears twice (this one is left out)' },
      { line: 5, reason: 'speaker "s2": "name" is empty' },
      {
        line: 9,
        reason:
          'article "a2": "published" must be a calendar date YYYY-MM-DD or null, got "2020-13-01"',
      },
      { line: 13, reason: 'quote "a1#2" refers to speaker "s2", which does not exist' },
      { line: 14, reason: 'quote "a1#3" has 10,001 characters, over the cap of 10,000' },
      { line: 15, reason: 'quote "a1#1" appears twice (this one is left out)' },
      { line: 17, reason: 'quote 6 must be an object, got a string' },
    ]);
    const got = mergeChunks(corpora);
    expect(got.quotes.map((q) => q.id)).toEqual(['a1#1', 'a1#4']);
    expect(got.speakers.map((s) => s.name)).toEqual(['Mira Castellane']);
  });

  it('refuses the whole file when quotes come before their speakers, it is cut short, or the schema is another', async () => {
    const early = file(`"quotes":[],\n${speakers}\n${articles}\n"narration":[]`);
    const e1 = await importAll(streamOf(early).stream);
    expect(!e1.result.ok && e1.result.error.message).toBe(
      'line 2: "quotes" comes before "speakers" and "articles"; the file is read in one pass, so speakers and articles must come first (as the export and npm run corpus write them). Nothing was added.',
    );
    const full = await exported(extended());
    const cut = await importAll(streamOf(full.slice(0, Math.floor(full.length * 0.7))).stream, {
      chunkQuotes: 2,
    });
    expect(cut.chunks.length).toBeGreaterThan(0); // handed over before the end was found missing
    expect(!cut.result.ok && cut.result.error).toMatchObject({
      code: 'import-invalid',
      message: expect.stringMatching(
        /^this corpus file is damaged: line \d+: the file ends before the corpus object closes/,
      ),
    });
    const v2 = await importAll(
      streamOf(full.replace('"schemaVersion":1', '"schemaVersion":2')).stream,
    );
    expect(!v2.result.ok && v2.result.error.message).toBe(
      'line 1: schemaVersion is 2; this version of Quote Check reads 1. Nothing was added.',
    );
    const missing = await importAll(streamOf(file(`${speakers}\n"narration":[]`)).stream);
    expect(!missing.result.ok && missing.result.error.message).toMatch(
      /"narration" comes before "articles"/,
    );
  });

  it('a file that is not UTF-8 is refused with where the bad bytes are', async () => {
    const bytes = new TextEncoder().encode(await exported(extended()));
    bytes[200] = 0xff;
    const { result } = await importAll(streamOf(bytes, 128).stream);
    expect(!result.ok && result.error.message).toMatch(
      /^this corpus file is damaged: not UTF-8 text \(within bytes 128–256\)/,
    );
  });
});
