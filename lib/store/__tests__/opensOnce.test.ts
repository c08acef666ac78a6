import { describe, expect, it, vi } from 'vitest';
import { openSegment } from '../../segment/openSegment';
import { wordFrequencies } from '../../segment/wordFrequencies';
import { articleCorpus, entryFields, freshStore, QUOTES, startWorker } from './support';

// Every opening of segment bytes is counted, by the bytes opened.
vi.mock('../../segment/openSegment', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../segment/openSegment')>();
  return { ...real, openSegment: vi.fn(real.openSegment) };
});

/** How many times the bytes opened most often were opened. */
function mostOpenings(): number {
  const times = new Map<unknown, number>();
  for (const [bytes] of vi.mocked(openSegment).mock.calls)
    times.set(bytes, (times.get(bytes) ?? 0) + 1);
  return Math.max(0, ...times.values());
}

describe('ReaderCorpus and ReaderStore open the bytes they write once', () => {
  it('an added article and a merge: the word table is made from the segment already opened, and stored', async () => {
    const store = await freshStore();
    const worker = await startWorker(store);
    vi.mocked(openSegment).mockClear();
    for (const [i, text] of QUOTES.slice(0, 12).entries()) {
      const corpus = articleCorpus(`web-${i}`, text);
      expect((await worker.reader.addArticle(corpus, entryFields(corpus))).ok).toBe(true);
    }
    expect(vi.mocked(openSegment)).toHaveBeenCalledTimes(12);
    expect(mostOpenings()).toBe(1);
    vi.mocked(openSegment).mockClear();
    expect(await worker.reader.merge()).toEqual({ ok: true, value: 1 });
    expect(vi.mocked(openSegment)).toHaveBeenCalled();
    expect(mostOpenings()).toBe(1);
    // The merge's stored table is the one its own bytes give (ten articles of two documents).
    const merged = worker.set.segments.find((s) => s.docCount === 20)!;
    const record = (await store.segmentRecords()).find((r) => r.entryIds.length === 10);
    const stored = await store.db.get('segmentBytes', record!.id);
    expect(stored?.words).toEqual(wordFrequencies(merged));
  });
});
