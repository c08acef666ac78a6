import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../corpus/schema';
import { buildSegment } from '../../segment/buildSegment';
import { checksum32 } from '../../segment/checksum32';
import { openSegment } from '../../segment/openSegment';
import { relayoutSegment } from '../../segment/relayoutSegment';
import { SECTION, type SectionName } from '../../segment/segmentFormat';
import { sectionTable, splitSegment } from '../../segment/splitSegment';
import { wordFrequencies } from '../../segment/wordFrequencies';
import { ReaderStore } from '../ReaderStore';
import {
  articleCorpus,
  damageSection,
  entryFields,
  freshIndexedDb,
  freshStore,
  manyArticles,
  putStoredBytes,
  QUOTES,
  startWorker,
} from './support';

/** Two added articles (web-1, web-2) in a fresh store; web-1's segment record and bytes. */
async function twoArticles() {
  const store = await freshStore();
  const worker = await startWorker(store);
  const a = articleCorpus('web-1', QUOTES[3]!);
  const b = articleCorpus('web-2', QUOTES[4]!);
  await worker.reader.addArticle(a, entryFields(a));
  await worker.reader.addArticle(b, entryFields(b));
  // The segment of web-1 (two added in one millisecond may list in either order).
  const web1 = (await store.entries()).find((e) => e.articleId === 'web-1')!;
  const first = (await store.segmentRecords()).find((r) => r.entryIds.includes(web1.id));
  const [good] = await store.segmentBytesOf([first!.id]);
  return { store, first, good };
}

describe('ReaderCorpus: the reader’s segments in the matcher, kept in step with the store', () => {
  it('answers an added article at once, marked as the reader’s, and again after a worker restart', async () => {
    const store = await freshStore();
    const worker = await startWorker(store);
    expect((await worker.matcher.verify({ text: QUOTES[0]! })).verdict).toBe('no-match');
    const corpus = articleCorpus('web-1', QUOTES[0]!, 'Mira Holt');
    const added = await worker.reader.addArticle(corpus, entryFields(corpus));
    expect(added.ok).toBe(true);
    const now = await worker.matcher.verify({ text: QUOTES[0]! });
    expect(now).toMatchObject({
      verdict: 'verbatim',
      best: { speaker: 'Mira Holt', origin: 'reader', article: { addedAt: '2026-11-30' } },
    });
    // A new worker: the bundled segment and whatever the store holds.
    const restarted = await startWorker(store);
    expect(restarted.synced).toMatchObject({ ok: true, value: { added: 1, refused: [] } });
    expect(await restarted.matcher.verify({ text: QUOTES[0]! })).toMatchObject({
      verdict: 'verbatim',
      best: { speaker: 'Mira Holt', origin: 'reader' },
    });
    // The bundled corpus is searched with it.
    expect(
      (
        await restarted.matcher.verify({
          text: 'The bundled corpus holds this one sentence about tides',
        })
      ).best?.origin,
    ).toBe('bundled');
  });

  it('removes an article from every answer at once, and for good', async () => {
    const store = await freshStore();
    const worker = await startWorker(store);
    const a = articleCorpus('web-1', QUOTES[0]!);
    const b = articleCorpus('web-2', QUOTES[1]!);
    const first = await worker.reader.addArticle(a, entryFields(a));
    await worker.reader.addArticle(b, entryFields(b));
    if (!first.ok) throw new Error(first.error.message);
    expect(await worker.reader.removeEntry(first.value.id)).toEqual({ ok: true, value: null });
    expect((await worker.matcher.verify({ text: QUOTES[0]! })).verdict).toBe('no-match');
    expect((await store.entries()).map((e) => e.title)).toEqual(['Headline web-2']);
    const restarted = await startWorker(store);
    expect((await restarted.matcher.verify({ text: QUOTES[0]! })).verdict).toBe('no-match');
    expect((await restarted.matcher.verify({ text: QUOTES[1]! })).verdict).toBe('verbatim');
    expect(await worker.reader.removeEntry(first.value.id)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('replaces the copy of a page added before, when asked to', async () => {
    const store = await freshStore();
    const worker = await startWorker(store);
    const old = articleCorpus('web-1', QUOTES[0]!);
    const first = await worker.reader.addArticle(old, entryFields(old));
    if (!first.ok) throw new Error(first.error.message);
    const fresh = articleCorpus('web-2', QUOTES[1]!);
    const second = await worker.reader.addArticle(fresh, entryFields(fresh), first.value.id);
    expect(second.ok).toBe(true);
    expect((await store.entries()).map((e) => e.articleId)).toEqual(['web-2']);
    expect((await worker.matcher.verify({ text: QUOTES[0]! })).verdict).toBe('no-match');
    expect((await worker.matcher.verify({ text: QUOTES[1]! })).verdict).toBe('verbatim');
    // Replacing a copy removed meanwhile still saves, and says nothing went wrong.
    const third = articleCorpus('web-3', QUOTES[2]!);
    expect(await worker.reader.addArticle(third, entryFields(third), first.value.id)).toMatchObject(
      {
        ok: true,
      },
    );
  });

  it('merges added articles in the background and stores the merge; answers and removals hold after a restart', async () => {
    const store = await freshStore();
    const worker = await startWorker(store);
    const ids: string[] = [];
    for (const [i, text] of QUOTES.slice(0, 12).entries()) {
      const corpus = articleCorpus(`web-${i}`, text);
      const added = await worker.reader.addArticle(corpus, entryFields(corpus));
      if (!added.ok) throw new Error(added.error.message);
      ids.push(added.value.id);
    }
    expect(await store.segmentRecords()).toHaveLength(12);
    expect(await worker.reader.merge()).toEqual({ ok: true, value: 1 });
    const records = await store.segmentRecords();
    // Ten merged into one; two left as they were.
    expect(records.map((r) => r.entryIds.length).sort((x, y) => x - y)).toEqual([1, 1, 10]);
    expect(await store.db.getAllKeys('segmentBytes')).toHaveLength(3);
    // Removing an article that now shares a segment masks it there.
    const inMerged = ids.find((id) =>
      records.find((r) => r.entryIds.length === 10)!.entryIds.includes(id),
    )!;
    const index = ids.indexOf(inMerged);
    await worker.reader.removeEntry(inMerged);
    expect((await worker.matcher.verify({ text: QUOTES[index]! })).verdict).toBe('no-match');
    const restarted = await startWorker(store);
    for (const [i, text] of QUOTES.slice(0, 12).entries()) {
      expect((await restarted.matcher.verify({ text })).verdict, `quote ${i}`).toBe(
        i === index ? 'no-match' : 'verbatim',
      );
    }
  });

  it('repairs a stored segment whose index is damaged, and stores the repaired bytes', async () => {
    const store = await freshStore();
    const worker = await startWorker(store);
    const corpus = articleCorpus('web-1', QUOTES[2]!, 'Jon Vale');
    await worker.reader.addArticle(corpus, entryFields(corpus));
    const [record] = await store.segmentRecords();
    const [good] = await store.segmentBytesOf([record!.id]);
    // The index's keys are in the stored head: opening it finds the damage, reads the body
    // too and rebuilds the index from the texts.
    expect(record!.body).toBeDefined();
    await putStoredBytes(store, record!.id, damageSection(good!, SECTION.keyRemainders));
    const restarted = await startWorker(store);
    expect(restarted.synced).toMatchObject({ ok: true, value: { added: 1, repaired: 1 } });
    expect((await restarted.matcher.verify({ text: QUOTES[2]! })).best?.speaker).toBe('Jon Vale');
    // The store now holds the repaired segment: the next start repairs nothing.
    const again = await startWorker(store);
    expect(again.synced).toMatchObject({ ok: true, value: { added: 1, repaired: 0 } });
  });

  it('refuses a stored segment whose quote store is damaged, with one message, and keeps the rest', async () => {
    const { store, first, good } = await twoArticles();
    // A section of the head (read on opening): refused on opening.
    await putStoredBytes(store, first!.id, damageSection(good!, SECTION.quoteFlags));
    const restarted = await startWorker(store);
    expect(restarted.synced.ok).toBe(true);
    if (!restarted.synced.ok) return;
    expect(restarted.synced.value.added).toBe(1);
    expect(restarted.synced.value.refused).toEqual([
      {
        segmentId: first!.id,
        entryIds: first!.entryIds,
        message: expect.stringMatching(/“Headline web-1”.*quote store is damaged.*quoteFlags/),
      },
    ]);
    // Never a wrong answer from it: left out; the other article answers.
    expect((await restarted.matcher.verify({ text: QUOTES[3]! })).verdict).toBe('no-match');
    expect((await restarted.matcher.verify({ text: QUOTES[4]! })).verdict).toBe('verbatim');
    expect((await store.segmentRecords()).find((r) => r.id === first!.id)?.damaged).toMatch(
      /quote store is damaged/,
    );
    // Removing its entry drops the damaged bytes too, its body's chunks with them.
    await restarted.reader.removeEntry(first!.entryIds[0]!);
    expect(await store.db.getAllKeys('segmentBytes')).toHaveLength(1);
    expect((await store.db.getAllKeys('segmentChunks')).every(([id]) => id !== first!.id)).toBe(
      true,
    );
  });

  it('refuses a segment whose body turns out damaged when a check reads it: the check answers without it', async () => {
    const { store, first, good } = await twoArticles();
    // The texts are in the body, read on demand: the head opens, the chunk fails when read.
    await putStoredBytes(store, first!.id, damageSection(good!, SECTION.textBytes));
    const restarted = await startWorker(store);
    expect(restarted.synced).toMatchObject({ ok: true, value: { added: 2, refused: [] } });
    const found = await restarted.matcher.verify({ text: QUOTES[3]! });
    expect(found.verdict).toBe('no-match');
    expect(restarted.reader.refused).toEqual([
      {
        segmentId: first!.id,
        entryIds: first!.entryIds,
        message: expect.stringMatching(
          /“Headline web-1”.*quote store is damaged: its part 1 fails its checksum/,
        ),
      },
    ]);
    expect(restarted.set.segments).toHaveLength(2); // the bundled one and web-2's
    expect((await restarted.matcher.verify({ text: QUOTES[4]! })).verdict).toBe('verbatim');
    expect((await store.segmentRecords()).find((r) => r.id === first!.id)?.damaged).toMatch(
      /part 1 fails its checksum/,
    );
  });

  it('says which of some article ids the reader’s corpus holds (live ones only)', async () => {
    const store = await freshStore();
    const worker = await startWorker(store);
    const a = articleCorpus('web-1', QUOTES[5]!);
    const b = articleCorpus('web-2', QUOTES[6]!);
    await worker.reader.addArticle(a, entryFields(a));
    const second = await worker.reader.addArticle(b, entryFields(b));
    if (!second.ok) throw new Error(second.error.message);
    await worker.reader.removeEntry(second.value.id);
    expect(await worker.reader.knownArticles(['web-1', 'web-2', 'bundled', 'web-9'])).toEqual({
      ok: true,
      value: ['web-1'],
    });
  });
});

describe('a corpus saved by version 1 of the store', () => {
  it('opens whole and answers, then is stored anew as a head and body chunks, and answers the same from those', async () => {
    // What version 1 saved: its three stores, a segment laid out in section-id order (the
    // body in the middle of the file), kept whole, its record without `body`.
    freshIndexedDb();
    const name = 'reader-v1';
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('segmentBytes', { keyPath: 'id' });
        db.createObjectStore('segments', { keyPath: 'id' });
        db.createObjectStore('entries', { keyPath: 'id' });
      },
    });
    const corpus = articleCorpus('web-1', QUOTES[5]!, 'Mira Holt');
    const ID_ORDER = Object.keys(SECTION) as SectionName[];
    const bytes = relayoutSegment(buildSegment(corpus), ID_ORDER);
    expect(splitSegment(bytes, 64)).toBeNull(); // its body is not at its end
    await v1.put('entries', {
      id: 'e1',
      kind: 'article',
      state: 'live',
      ...entryFields(corpus),
    });
    await v1.put('segments', {
      id: 's1',
      kind: 'article',
      entryIds: ['e1'],
      removed: [],
      state: 'live',
      docs: 2,
      quotes: 1,
      byteLength: bytes.byteLength,
      createdAt: 1,
    });
    await v1.put('segmentBytes', { id: 's1', bytes });
    v1.close();

    const store = await ReaderStore.open(name);
    const worker = await startWorker(store);
    expect(worker.synced).toMatchObject({ ok: true, value: { added: 1, refused: [] } });
    const before = await worker.matcher.verify({ text: QUOTES[5]! });
    expect(before).toMatchObject({ verdict: 'verbatim', best: { speaker: 'Mira Holt' } });

    expect(await worker.reader.convert()).toBe(1);
    const [record] = await store.segmentRecords();
    expect(record!.body).toBeDefined();
    const head = await store.db.get('segmentBytes', 's1');
    expect(head!.bytes.byteLength).toBe(record!.body!.offset);
    expect(await store.db.getAllKeys('segmentChunks')).toHaveLength(record!.body!.checksums.length);
    // The same segment, laid out anew: the same bytes once put back together.
    const [whole] = await store.segmentBytesOf(['s1']);
    expect(new Uint8Array(whole!)).toEqual(new Uint8Array(relayoutSegment(bytes)));
    // Its word table, made from the segment opened before, is the one the new bytes give.
    const relaid = openSegment(whole!, { origin: 'reader' });
    if (!relaid.ok) throw new Error(relaid.error.message);
    expect(head!.words).toEqual(wordFrequencies(relaid.value));
    expect(await worker.reader.convert()).toBe(0);

    // The next start opens the head alone and reads the body as checks need it.
    const restarted = await startWorker(store);
    const reader = restarted.set.segments.find((s) => s.origin === 'reader')!;
    expect(reader.whole).toBe(false);
    expect(reader.hasWordTable).toBe(true);
    const after = await restarted.matcher.verify({ text: QUOTES[5]! });
    expect(after).toEqual(before);
  });
});

describe('a body chunk found damaged by a check: rebuilt from what is intact', () => {
  /**
   * 60 articles (120 quotes) stored as one segment in chunks of 1 KB (as a large segment is
   * in chunks of 16 KB), and the chunk of `section` to damage.
   */
  async function stored(section: number) {
    const store = await freshStore(1024);
    const worker = await startWorker(store);
    const corpus = manyArticles(60);
    const added = await worker.reader.addArticle(corpus, entryFields(corpus));
    if (!added.ok) throw new Error(added.error.message);
    const [record] = await store.segmentRecords();
    const body = record!.body!;
    const [whole] = await store.segmentBytesOf([record!.id]);
    const at = sectionTable(new Uint8Array(whole!)).find((t) => t.id === section)!;
    // A chunk wholly inside the section (the second such, if there are two).
    const first = Math.ceil((at.offset - body.offset) / body.chunkBytes);
    const last = Math.floor((at.offset + at.length - body.offset) / body.chunkBytes) - 1;
    expect(last).toBeGreaterThanOrEqual(first);
    const n = Math.min(first + 1, last);
    const chunk = await store.db.get('segmentChunks', [record!.id, n]);
    const bytes = new Uint8Array(chunk!.bytes.slice(0));
    bytes[100] = bytes[100]! ^ 0xff;
    await store.db.put('segmentChunks', { id: record!.id, n, bytes: bytes.buffer });
    return { store, corpus, record: record!, n };
  }

  /** Every quote checked in turn: what the reader gets for each. */
  async function answers(worker: Awaited<ReturnType<typeof startWorker>>, corpus: Corpus) {
    const seen = [];
    for (const q of corpus.quotes) {
      const r = await worker.matcher.verify({ text: q.text });
      seen.push({ verdict: r.verdict, id: r.best?.quoteId ?? null, want: q.id });
    }
    return seen;
  }

  it('an index chunk: the index is rebuilt from the quote store, stored in place, and every quote still answers', async () => {
    const { store, corpus, record, n } = await stored(SECTION.postings);
    const worker = await startWorker(store);
    expect(worker.synced).toMatchObject({ ok: true, value: { added: 1, refused: [] } });
    const seen = await answers(worker, corpus);
    // Nothing lost, nothing refused: each quote is found as itself.
    expect(seen.filter((s) => s.verdict !== 'verbatim' || s.id !== s.want)).toEqual([]);
    expect(worker.reader.refused).toEqual([]);
    const now = (await store.segmentRecords()).find((r) => r.id === record.id)!;
    expect(now.damaged).toBeUndefined();
    expect(now.salvaged).toBeUndefined();
    expect(now).toMatchObject({ docs: record.docs, quotes: record.quotes });
    // The repaired segment is what the store keeps: every chunk passes its checksum.
    const pieces = (await store.segmentPieces(record.id))!;
    expect(pieces.chunks[n]).not.toBeNull();
    expect(pieces.chunks.map((c) => checksum32(new Uint8Array(c!)))).toEqual(now.body!.checksums);
    // The next start reads it as any other.
    const again = await startWorker(store);
    expect(await answers(again, corpus)).toEqual(seen);
    expect(again.reader.refused).toEqual([]);
  }, 30_000);

  it('a quote store chunk: the quotes that are intact are kept, the reader told how many were lost, and no wrong answer', async () => {
    const { store, corpus, record } = await stored(SECTION.textBytes);
    const worker = await startWorker(store);
    expect(worker.synced).toMatchObject({ ok: true, value: { added: 1, refused: [] } });
    const seen = await answers(worker, corpus);
    // Never another quote's answer: a quote is itself, or not found.
    expect(seen.filter((s) => s.verdict !== 'no-match' && s.id !== s.want)).toEqual([]);
    expect(seen.filter((s) => s.verdict !== 'no-match' && s.verdict !== 'verbatim')).toEqual([]);
    const lost = seen.filter((s) => s.verdict === 'no-match').length;
    // A chunk of texts holds a few quotes' words: some lost, most kept.
    expect(lost).toBeGreaterThan(0);
    expect(lost).toBeLessThan(corpus.quotes.length / 2);
    expect(worker.reader.refused).toEqual([]);
    const now = (await store.segmentRecords()).find((r) => r.id === record.id)!;
    expect(now.damaged).toBeUndefined();
    expect(now.salvaged).toMatch(
      new RegExp(
        `“Headline many-0”.*quote store is damaged: its part \\d+ fails its checksum; ${lost} of its 120 quotes could not be read and are left out, the other ${120 - lost} are kept`,
      ),
    );
    expect(now.quotes).toBe(120 - lost);
    // The segment rebuilt from them is what the store keeps, and answers the same.
    const again = await startWorker(store);
    expect(await answers(again, corpus)).toEqual(seen);
    expect(again.reader.refused).toEqual([]);
  }, 30_000);
});
