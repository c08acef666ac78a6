import { describe, expect, it } from 'vitest';
import { gzip, qb, streamOf } from '../../import/__tests__/support';
import { exportCorpus } from '../../import/exportCorpus';
import { importIntoStore } from '../importIntoStore';
import type { ReaderStore } from '../ReaderStore';
import { articleCorpus, entryFields, freshStore, QUOTES, startWorker } from './support';

/** Quotebank lines, each a different made-up quotation by one of three people. */
const lines = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => {
    const k = from + i;
    return qb({
      quoteID: `2020-01-16-${String(k).padStart(6, '0')}`,
      quotation: `${QUOTES[k % QUOTES.length]} and the council promised ${k} more seats`,
      speaker: ['Mira Castellane', 'Tomas Renn', 'None'][k % 3],
      urls: [`https://harbour-gazette.test/2020/story-${Math.floor(k / 4)}`],
    });
  }).join('\n');

const options = { fileName: 'quotes-2020.json', addedAt: '2026-11-30' };

/** Everything the store holds, pending or live. */
const everything = async (store: ReaderStore) => ({
  entries: await store.db.getAllKeys('entries'),
  segments: await store.db.getAllKeys('segments'),
  bytes: await store.db.getAllKeys('segmentBytes'),
});
const EMPTY = { entries: [], segments: [], bytes: [] };

describe('importIntoStore: a collection into the reader’s store, all or nothing', () => {
  it('writes each chunk as a segment and commits the import, which the worker then answers from', async () => {
    const store = await freshStore();
    const worker = await startWorker(store);
    const progress: number[] = [];
    const report = await importIntoStore(streamOf(lines(30)).stream, store, {
      ...options,
      chunkQuotes: 10,
      onProgress: (p) => progress.push(p.segments),
    });
    expect(report.ok).toBe(true);
    if (!report.ok) return;
    expect(report.value.segments).toBe(3);
    expect(report.value.entry).toMatchObject({
      kind: 'import',
      state: 'live',
      title: 'quotes-2020.json',
      quotes: 30,
      speakers: 2,
      // Eight stories; the third's quotes fall in two chunks (segments), so it is in both.
      articles: 9,
      format: 'quotebank',
      outlets: 1,
      dateFrom: '2020-01-16',
      dateTo: '2020-01-16',
      skipped: 0,
    });
    expect(progress).toContain(3);
    expect((await store.entries()).map((e) => e.title)).toEqual(['quotes-2020.json']);
    expect(await store.segmentRecords()).toHaveLength(3);
    await worker.reader.sync();
    const found = await worker.matcher.verify({
      text: `${QUOTES[4]} and the council promised 4 more seats`,
    });
    expect(found).toMatchObject({
      verdict: 'verbatim',
      best: {
        speaker: 'Tomas Renn',
        origin: 'reader',
        article: {
          url: 'https://harbour-gazette.test/2020/story-1',
          dateSource: 'collection',
          addedAt: '2026-11-30',
        },
      },
    });
  });

  it('reads gzip the same way', async () => {
    const store = await freshStore();
    const report = await importIntoStore(streamOf(await gzip(lines(12))).stream, store, options);
    expect(report).toMatchObject({ ok: true, value: { entry: { quotes: 12 } } });
  });

  it('cancelled halfway, leaves nothing: the store is exactly as before', async () => {
    const store = await freshStore();
    const worker = await startWorker(store);
    const kept = articleCorpus('web-1', QUOTES[0]!);
    await worker.reader.addArticle(kept, entryFields(kept));
    const before = await everything(store);
    const controller = new AbortController();
    const report = await importIntoStore(streamOf(lines(60)).stream, store, {
      ...options,
      chunkQuotes: 10,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.segments === 2) controller.abort();
      },
    });
    expect(report).toMatchObject({ ok: false, error: { code: 'import-cancelled' } });
    expect(await everything(store)).toEqual(before);
    const restarted = await startWorker(store);
    expect(
      (
        await restarted.matcher.verify({
          text: `${QUOTES[1]} and the council promised 1 more seats`,
        })
      ).verdict,
    ).toBe('no-match');
  });

  it('stops when the disk is full, says so, and leaves nothing', async () => {
    const store = await freshStore();
    let writes = 0;
    const full: Pick<ReaderStore, 'beginImport'> = {
      beginImport: async (entry) => {
        const writer = await store.beginImport(entry);
        return {
          ...writer,
          addSegment: async (segment) => {
            if (++writes === 2) throw new DOMException('quota', 'QuotaExceededError');
            await writer.addSegment(segment);
          },
        };
      },
    };
    const report = await importIntoStore(streamOf(lines(30)).stream, full, {
      ...options,
      chunkQuotes: 10,
    });
    expect(report).toMatchObject({
      ok: false,
      error: { code: 'storage-full', message: expect.stringMatching(/no more room/) },
    });
    expect(writes).toBe(2);
    expect(await everything(store)).toEqual(EMPTY);
  });

  it('refuses a file that is no collection at all with one error, and adds nothing', async () => {
    const store = await freshStore();
    const report = await importIntoStore(
      streamOf('name,quote\nMira,"We will sail"\n').stream,
      store,
      options,
    );
    expect(report).toMatchObject({ ok: false, error: { code: 'import-not-collection' } });
    expect(await everything(store)).toEqual(EMPTY);
  });

  it('imports our own export, leaving out the articles the corpus holds already', async () => {
    const store = await freshStore();
    const worker = await startWorker(store);
    const a = articleCorpus('web-1', QUOTES[2]!, 'Jon Vale');
    const b = articleCorpus('web-2', QUOTES[3]!, 'Ada Brook');
    await worker.reader.addArticle(a, entryFields(a));
    const both = {
      speakers: [...a.speakers, ...b.speakers],
      articles: [...a.articles, ...b.articles],
      quotes: [...a.quotes, ...b.quotes],
      narration: [...a.narration, ...b.narration],
    };
    let file = '';
    for await (const piece of exportCorpus(both)) file += piece;
    const report = await importIntoStore(streamOf(file).stream, store, {
      ...options,
      fileName: 'quote-check-corpus.json',
      knownArticles: async (ids) => {
        const known = await worker.reader.knownArticles(ids);
        return known.ok ? known.value : [];
      },
    });
    expect(report).toMatchObject({
      ok: true,
      value: {
        alreadyHeld: { articles: 1, quotes: 1 },
        entry: { quotes: 1, articles: 1, format: 'corpus' },
      },
    });
    await worker.reader.sync();
    // The import's segments, opened from their stored heads, with their word tables (made
    // from the words the import indexed); the added article's is the one built here, whole.
    const heads = worker.set.segments.filter((s) => !s.whole);
    expect(heads.length).toBeGreaterThan(0);
    expect(heads.every((s) => s.hasWordTable)).toBe(true);
    const found = await worker.matcher.verify({ text: QUOTES[3]! });
    expect(found.best).toMatchObject({ speaker: 'Ada Brook', origin: 'reader' });
    // Imported again: nothing new, nothing written.
    const before = await everything(store);
    const again = await importIntoStore(streamOf(file).stream, store, {
      ...options,
      knownArticles: async (ids) => {
        const known = await worker.reader.knownArticles(ids);
        return known.ok ? known.value : [];
      },
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'import-nothing-new' } });
    expect(await everything(store)).toEqual(before);
  });
});
