import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../corpus/parseCorpus';
import { IMPORT_CONFIG } from '../importConfig';
import { mergeChunks } from '../mergeChunks';
import { readCollection } from '../readCollection';
import type { ImportProgress } from '../types';
import { gzip, importAll, qb, streamOf } from './support';

/** n good lines: three speakers (one of them twice over, with two different qids), a share unattributed. */
function goodLines(n: number, from = 1): string[] {
  const people = [
    { speaker: 'Mira Castellane', qids: ['Q4242'] },
    { speaker: 'Tomas Brand', qids: [] },
    { speaker: 'Lee Hana', qids: ['Q77'] },
    { speaker: 'Lee Hana', qids: ['Q78'] },
    { speaker: 'None', qids: [] },
  ];
  return Array.from({ length: n }, (_, k) => {
    const i = from + k;
    const who = people[i % people.length]!;
    return qb({
      quoteID: `2020-01-16-${String(i).padStart(6, '0')}`,
      quotation: `Made-up quotation number ${i} about the harbour bridge.`,
      ...who,
      probas: [[who.speaker, '0.9']],
      urls: [`https://news${i % 4}.test/story/${Math.floor(i / 3)}`],
    });
  });
}

describe('readCollection: Quotebank lines', () => {
  it('reads every quotation into chunks that are each a valid corpus', async () => {
    const text = goodLines(23).join('\n');
    const { result, chunks } = await importAll(streamOf(text, 50).stream, { chunkQuotes: 5 });
    if (!result.ok) throw new Error(result.error.message);
    expect(chunks.map((c) => c.index)).toEqual([0, 1, 2, 3, 4]);
    expect(chunks.map((c) => c.corpus.quotes.length)).toEqual([5, 5, 5, 5, 3]);
    for (const c of chunks) expect(parseCorpus(c.corpus).ok, `chunk ${c.index}`).toBe(true);
    expect(result.value).toMatchObject({
      format: 'quotebank',
      compression: null,
      lines: 23,
      quotes: 23,
      unattributed: 4,
      speakers: 4,
      chunks: 5,
      skipped: { count: 0, listed: [] },
    });
    expect(result.value.bytesRead).toBe(new TextEncoder().encode(text).byteLength);
  });

  it('one speaker per distinct name and qids, with the same id in every chunk', async () => {
    const { result, corpora } = await importAll(streamOf(goodLines(20).join('\n')).stream, {
      chunkQuotes: 4,
    });
    expect(result.ok).toBe(true);
    const all = mergeChunks(corpora);
    expect(all.speakers.map((s) => [s.id, s.name, s.qids])).toEqual([
      ['tomas-brand', 'Tomas Brand', undefined],
      ['lee-hana-q77', 'Lee Hana', ['Q77']],
      ['lee-hana-q78', 'Lee Hana', ['Q78']],
      ['mira-castellane-q4242', 'Mira Castellane', ['Q4242']],
    ]);
    // Every chunk that names Mira holds the same record for her.
    const miras = corpora.flatMap((c) => c.speakers.filter((s) => s.name === 'Mira Castellane'));
    expect(miras.length).toBeGreaterThan(1);
    for (const m of miras) expect(m).toEqual(miras[0]);
  });

  it('the source URL gives link and outlet; the date is marked as the collection’s; an idPrefix keeps imports apart', async () => {
    const { corpora } = await importAll(streamOf(qb()).stream, { idPrefix: 'imp7/' });
    const [c] = corpora;
    expect(c!.articles).toEqual([
      {
        id: expect.stringMatching(/^imp7\/a[0-9a-f]{16}$/),
        title: 'https://www.harbour-gazette.test/2020/01/16/bridge',
        outlet: 'harbour-gazette.test',
        url: 'https://www.harbour-gazette.test/2020/01/16/bridge',
        published: '2020-01-16',
        dateSource: 'collection',
        byline: null,
        addedAt: '2026-11-30',
      },
    ]);
    expect(c!.quotes[0]).toMatchObject({
      id: 'imp7/L1-2020-01-16-000001',
      speakerId: 'imp7/mira-castellane-q4242',
      kind: 'direct',
    });
  });

  it('quotations from one URL and date share one article, in every chunk with the same id', async () => {
    const same = (i: number) =>
      qb({ quotation: `Line ${i} of the same story.`, urls: ['https://one.test/story'] });
    const { corpora } = await importAll(streamOf([1, 2, 3, 4].map(same).join('\n')).stream, {
      chunkQuotes: 2,
    });
    const ids = corpora.map((c) => c.articles.map((a) => a.id));
    expect(ids).toHaveLength(2);
    expect(ids[0]).toHaveLength(1);
    expect(ids[1]).toEqual(ids[0]);
  });

  it('reads a gzip file the same as the plain one, detected by its magic bytes', async () => {
    const text = goodLines(12).join('\n');
    const plain = await importAll(streamOf(text).stream, { chunkQuotes: 5 });
    const gz = await gzip(text);
    const zipped = await importAll(streamOf(gz, 37).stream, { chunkQuotes: 5 });
    if (!zipped.result.ok) throw new Error(zipped.result.error.message);
    expect(zipped.result.value.compression).toBe('gzip');
    expect(zipped.result.value.bytesRead).toBe(gz.byteLength);
    expect(zipped.corpora).toEqual(plain.corpora);
  });

  it('a damaged gzip file is one error, after which the caller keeps nothing', async () => {
    const gz = await gzip(goodLines(2000).join('\n'));
    const cut = gz.slice(0, Math.floor(gz.byteLength / 2));
    const { result } = await importAll(streamOf(cut, 512).stream);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('import-failed');
      expect(result.error.message).toMatch(/could not be read to the end .* Nothing was added\./);
    }
  });

  it('every bad input of the issue is a skipped line with its number and reason; the rest is kept', async () => {
    const lines = [
      qb({ quoteID: 'ok-1' }), // 1
      '{"quoteID": "broken", "quotation": "no closing', // 2: not JSON
      '["a", "list"]', // 3: not an object
      qb({ quotation: undefined }), // 4: no quotation
      qb({ quotation: 'x'.repeat(1_000_000) }), // 5: 1 MB quotation
      qb({ date: 'sometime in spring' }), // 6: not a date
      qb({ quoteID: 'js', urls: ['javascript:alert(document.cookie)'] }), // 7: kept, no link
      qb({ quoteID: 'html', speaker: '<b onclick="x()">Mira</b>', probas: [] }), // 8: kept as text
      '', // 9: blank, passed over
      qb({ quoteID: 'ok-2', speaker: 'None' }), // 10
    ];
    const { result, corpora } = await importAll(streamOf(lines.join('\n'), 4096).stream);
    if (!result.ok) throw new Error(result.error.message);
    const s = result.value;
    expect(s.skipped.count).toBe(5);
    expect(s.skipped.listed.map((l) => l.line)).toEqual([2, 3, 4, 5, 6]);
    expect(s.skipped.listed[0]!.reason).toMatch(/^not JSON \(/);
    expect(s.skipped.listed.slice(1).map((l) => l.reason)).toEqual([
      'not a JSON object (got an array)',
      'no "quotation"',
      '"quotation" has 1,000,000 characters, over the cap of 10,000',
      '"date" is not a date: "sometime in spring"',
    ]);
    expect(s.notes.listed.map((l) => l.line)).toEqual([7, 8]);
    expect(s.quotes).toBe(4);
    const all = mergeChunks(corpora);
    const js = all.quotes.find((q) => q.id.endsWith('-js'))!;
    expect(all.articles.find((a) => a.id === js.articleId)).toMatchObject({
      url: null,
      outlet: null,
    });
    expect(all.articles.every((a) => a.url === null || /^https?:\/\//.test(a.url))).toBe(true);
    const html = all.quotes.find((q) => q.id.endsWith('-html'))!;
    expect(all.speakers.find((p) => p.id === html.speakerId)!.name).toBe(
      '<b onclick="x()">Mira</b>',
    );
    expect(all.quotes.find((q) => q.id.endsWith('-ok-2'))!.speakerId).toBeNull();
  });

  it('a line longer than the line cap is skipped unread', async () => {
    const huge = `{"quotation": "${'y'.repeat(IMPORT_CONFIG.maxLineBytes)}"}`;
    const { result } = await importAll(streamOf([qb(), huge, qb()].join('\n'), 1 << 20).stream);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.skipped.listed).toEqual([
      {
        line: 2,
        reason: expect.stringMatching(/^line of 16,777,23\d bytes, over the cap of 16,777,216$/),
      },
    ]);
    expect(result.value.quotes).toBe(2);
  });

  it('counts every skipped line but lists only the first ones', async () => {
    const lines = [qb(), ...Array.from({ length: IMPORT_CONFIG.maxListed + 5 }, () => '[]')];
    const { result } = await importAll(streamOf(lines.join('\n'), 4096).stream);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.skipped.count).toBe(IMPORT_CONFIG.maxListed + 5);
    expect(result.value.skipped.listed).toHaveLength(IMPORT_CONFIG.maxListed);
  });

  it('reports progress with growing byte and line counts', async () => {
    const text = goodLines(12_000).join('\n');
    const seen: ImportProgress[] = [];
    const { result } = await importAll(streamOf(text, 8192).stream, {
      onProgress: (p) => seen.push(p),
    });
    expect(result.ok).toBe(true);
    expect(seen.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i]!.bytesRead).toBeGreaterThanOrEqual(seen[i - 1]!.bytesRead);
      expect(seen[i]!.lines).toBeGreaterThanOrEqual(seen[i - 1]!.lines);
    }
    expect(seen.at(-1)).toMatchObject({ lines: 12_000, quotes: 12_000 });
    // Quotes count as they are read, not only when a chunk of 50,000 is handed over.
    expect(seen.some((p) => p.quotes > 0 && p.quotes < 12_000)).toBe(true);
    for (let i = 1; i < seen.length; i++)
      expect(seen[i]!.quotes).toBeGreaterThanOrEqual(seen[i - 1]!.quotes);
  });

  it('cancelling stops the reading and returns an error; the chunks so far are the caller’s to drop', async () => {
    const source = streamOf(goodLines(5000).join('\n'), 4096);
    const controller = new AbortController();
    const { result, chunks } = await importAll(source.stream, {
      chunkQuotes: 1000,
      signal: controller.signal,
      onChunk: () => controller.abort(),
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('import-cancelled');
      expect(result.error.message).toBe('the import was cancelled; nothing was added');
    }
    expect(chunks).toHaveLength(0); // onChunk was replaced; nothing kept by the test either
    expect(source.cancelled()).toBe(true);
    expect(source.pulled()).toBeLessThan(
      new TextEncoder().encode(goodLines(5000).join('\n')).length,
    );
  });

  it('an import cancelled before it starts reads nothing', async () => {
    const source = streamOf(qb());
    const controller = new AbortController();
    controller.abort();
    const { result } = await importAll(source.stream, { signal: controller.signal });
    expect(!result.ok && result.error.code).toBe('import-cancelled');
    expect(source.pulled()).toBe(0);
  });

  it('a caller that fails to store a chunk ends the import with that reason', async () => {
    const { result } = await importAll(streamOf(goodLines(10).join('\n')).stream, {
      chunkQuotes: 3,
      onChunk: (c) => {
        if (c.index === 1) throw new Error('the disk is full');
      },
    });
    expect(!result.ok && result.error).toEqual({
      code: 'import-failed',
      message: 'chunk 2 could not be stored: the disk is full',
    });
  });

  it('a forced format wins over detection', async () => {
    const { result } = await importAll(streamOf(qb()).stream, { format: 'corpus' });
    expect(!result.ok && result.error.message).toMatch(/without "schemaVersion"/);
  });
});

describe('readCollection: a file that is no collection at all is one error, and nothing is handed over', () => {
  const refused = async (bytes: Uint8Array | string) => {
    const { result, chunks } = await importAll(streamOf(bytes, 1024).stream);
    expect(chunks).toHaveLength(0);
    if (result.ok) throw new Error('expected the file to be refused');
    return result.error;
  };

  it('plain text, CSV, HTML, a JSON array: not JSON lines', async () => {
    for (const text of [
      'Dear editor,\nplease find the quotes below.\n',
      'quotation,speaker\n"We will win",Mira\n',
      '<!doctype html><html><body><p>“We will win,” she said.</p></body></html>',
      '[{"quotation": "We will win"}]',
    ]) {
      const e = await refused(text);
      expect(e.code, text).toBe('import-not-collection');
      expect(e.message).toMatch(
        /^this file is not a quote collection: none of its \d+ lines is a Quotebank quotation/,
      );
      expect(e.message).toMatch(/\(line 1: /);
      expect(e.message).toMatch(/Nothing was added\.$/);
    }
  });

  it('stops after the first 1,000 lines without a quotation instead of reading on', async () => {
    const text = 'not a quotation at all\n'.repeat(50_000);
    const source = streamOf(text, 4096);
    const { result } = await importAll(source.stream);
    expect(!result.ok && result.error.message).toMatch(/none of its first 1,0\d\d lines/);
    expect(source.pulled()).toBeLessThan(text.length / 10);
  });

  it('empty, blank, binary, UTF-16', async () => {
    expect((await refused('')).code).toBe('import-empty');
    expect((await refused('\n  \n\n')).message).toBe(
      'this file is not a quote collection: it holds only blank lines. Nothing was added.',
    );
    expect((await refused(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]))).message).toMatch(
      /binary/,
    );
    expect((await refused(new Uint8Array([0xff, 0xfe, 0x7b, 0x00]))).message).toMatch(/UTF-16/);
  });

  it('bzip2, ZIP, xz and Zstandard say what to do instead', async () => {
    const bz2 = await refused(new Uint8Array([0x42, 0x5a, 0x68, 0x39, 0x31, 0x41, 0x59, 0x26]));
    expect(bz2.code).toBe('import-compression-unsupported');
    expect(bz2.message).toMatch(/^bzip2 \(\.bz2\) is not supported: .*bunzip2 -k FILE.*gzip/);
    expect((await refused(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]))).message).toMatch(/ZIP/);
    expect((await refused(new Uint8Array([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0]))).message).toMatch(
      /xz/,
    );
    expect((await refused(new Uint8Array([0x28, 0xb5, 0x2f, 0xfd, 0]))).message).toMatch(
      /Zstandard/,
    );
  });

  it('gzip of something that is no collection is refused the same way', async () => {
    const e = await refused(await gzip('just some words\nand more words\n'));
    expect(e.code).toBe('import-not-collection');
  });
});

describe('readCollection in the reader’s own terms', () => {
  it('reads a Blob’s stream (what the options page gets from a file input)', async () => {
    const blob = new Blob([goodLines(3).join('\n')]);
    const chunks: number[] = [];
    const r = await readCollection(blob.stream(), {
      addedAt: '2026-11-30',
      onChunk: (c) => {
        chunks.push(c.corpus.quotes.length);
      },
    });
    expect(r.ok && r.value.quotes).toBe(3);
    expect(chunks).toEqual([3]);
  });
});
