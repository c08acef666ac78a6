import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../corpus/parseCorpus';
import { qb, streamOf } from '../../import/__tests__/support';
import { exportCorpus } from '../../import/exportCorpus';
import type { VerifyResult } from '../../match/types';
import { importIntoStore } from '../importIntoStore';
import { readerExportParts } from '../readerExportParts';
import { articleCorpus, entryFields, freshStore, QUOTES, startWorker } from './support';

/** What a reader sees of an answer. */
const seen = (r: VerifyResult) => ({
  verdict: r.verdict,
  speaker: r.best?.speaker ?? null,
  source: r.best?.source ?? null,
  origin: r.best?.origin ?? null,
  article: r.best
    ? {
        title: r.best.article.title,
        url: r.best.article.url,
        published: r.best.article.published,
        dateSource: r.best.article.dateSource,
        addedAt: r.best.article.addedAt,
      }
    : null,
});

async function exported(worker: Awaited<ReturnType<typeof startWorker>>) {
  // The worker reads segments' bodies on demand; an export reads them whole (as the
  // options page does, from `segmentBytesOf`).
  await Promise.all(worker.set.segments.map((s) => s.loadAll()));
  const parts = readerExportParts(
    worker.set.entries
      .filter((e) => e.segment.origin === 'reader')
      .map((e) => ({ segment: e.segment, removed: e.removed })),
  );
  let file = '';
  for await (const piece of exportCorpus(parts)) file += piece;
  return { file, counts: parts.counts() };
}

describe('readerExportParts: the reader’s corpus as one file', () => {
  it('exports what is live, each person once, and importing it into a fresh profile gives the same answers', async () => {
    const store = await freshStore();
    const worker = await startWorker(store);
    const a = articleCorpus('web-1', QUOTES[0]!, 'Mira Holt');
    const b = articleCorpus('web-2', QUOTES[1]!, 'Mira Holt');
    const c = articleCorpus('web-3', QUOTES[2]!, 'Jon Vale');
    for (const x of [a, b, c]) await worker.reader.addArticle(x, entryFields(x));
    const removed = (await store.entries()).find((e) => e.articleId === 'web-3')!;
    await worker.reader.removeEntry(removed.id);
    const lines = Array.from({ length: 12 }, (_, k) =>
      qb({
        quoteID: `q${k}`,
        quotation: `${QUOTES[3 + (k % 10)]} said on day ${k}`,
        speaker: k % 2 ? 'Mira Holt' : 'None',
        qids: k % 2 ? ['Q77'] : [],
        urls: [`https://harbour-gazette.test/s${Math.floor(k / 5)}`],
      }),
    ).join('\n');
    await importIntoStore(streamOf(lines).stream, store, {
      fileName: 'q.json',
      addedAt: '2026-11-29',
      chunkQuotes: 5,
    });
    await worker.reader.sync();

    const { file, counts } = await exported(worker);
    const parsed = parseCorpus(JSON.parse(file));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    // Mira Holt of two added articles is one person; the Quotebank Mira Holt (with a qid)
    // has the same name, so the same person too. Jon Vale's only article was removed.
    expect(parsed.value.speakers.map((s) => s.name)).toEqual(['Mira Holt']);
    expect(parsed.value.articles.map((x) => x.id)).not.toContain('web-3');
    expect(parsed.value.quotes.some((q) => q.text === QUOTES[2])).toBe(false);
    expect(counts).toEqual({ speakers: 1, articles: 2 + 3, quotes: 2 + 12, narration: 2 });

    const texts = [
      QUOTES[0]!,
      QUOTES[1]!,
      QUOTES[2]!,
      `${QUOTES[4]} said on day 1`,
      `${QUOTES[5]} said on day 2`,
      `${QUOTES[12]} said on day 9`,
    ];
    const before = await Promise.all(texts.map((text) => worker.matcher.verify({ text })));

    const fresh = await freshStore();
    const imported = await importIntoStore(streamOf(file).stream, fresh, {
      fileName: 'quote-check-corpus.json',
      addedAt: '2026-12-01',
    });
    expect(imported).toMatchObject({
      ok: true,
      value: { entry: { quotes: 14, format: 'corpus' } },
    });
    const other = await startWorker(fresh);
    const after = await Promise.all(texts.map((text) => other.matcher.verify({ text })));
    expect(after.map(seen)).toEqual(before.map(seen));
    expect(before.map((r) => r.verdict)).toEqual([
      'verbatim',
      'verbatim',
      'no-match',
      'verbatim',
      'verbatim',
      'verbatim',
    ]);
    // Exported again from the fresh profile: the same file.
    expect((await exported(other)).file).toBe(file);
  });
});
