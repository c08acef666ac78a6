import { describe, expect, it, vi } from 'vitest';
import { ok } from '../../result';
import { ReaderStore } from '../ReaderStore';
import type { EntryRecord } from '../readerDb';
import { freshStore } from './support';

const entry = (id: string, over: Partial<EntryRecord> = {}): EntryRecord => ({
  id,
  kind: 'article',
  state: 'live',
  title: `Title ${id}`,
  outlet: 'The Harbour Post',
  published: '2026-04-02',
  url: `https://harbour-post.test/${id}`,
  quotes: 3,
  speakers: 2,
  articles: 1,
  addedAt: '2026-11-30',
  addedAtMs: Number(id.replace(/\D/g, '') || 0),
  ...over,
});
const bytes = (n: number, fill = 7) => new Uint8Array(n).fill(fill).buffer;
const segment = (id: string, n = 16) => ({ id, bytes: bytes(n), docs: 4, quotes: 3 });

describe('ReaderStore', () => {
  it('stores an added article (entry, segment record and bytes) and reads it back after reopening', async () => {
    const store = await freshStore();
    await store.addArticle(entry('e1'), segment('s1', 24));
    await store.addArticle(entry('e2'), segment('s2', 8));
    const name = store.db.name;
    store.close();
    const again = await ReaderStore.open(name);
    expect((await again.entries()).map((e) => e.id)).toEqual(['e2', 'e1']);
    const records = await again.segmentRecords();
    expect(records.map((r) => [r.id, r.entryIds, r.state, r.byteLength])).toEqual([
      ['s1', ['e1'], 'live', 24],
      ['s2', ['e2'], 'live', 8],
    ]);
    const [b1, missing] = await again.segmentBytesOf(['s1', 'nope']);
    expect(new Uint8Array(b1!)).toEqual(new Uint8Array(24).fill(7));
    expect(missing).toBeNull();
    expect(await again.articleAt('https://harbour-post.test/e2')).toMatchObject({ id: 'e2' });
    expect(await again.articleAt('https://harbour-post.test/e3')).toBeNull();
  });

  it('reads what opening the corpus needs in one transaction: live records wanted, oldest first, their bytes and the live titles', async () => {
    const store = await freshStore();
    await store.addArticle(entry('e1'), segment('s1', 24));
    await store.addArticle(entry('e2'), segment('s2', 8));
    const writer = await store.beginImport(entry('e3', { kind: 'import', state: 'pending' }));
    await writer.addSegment(segment('s3'));
    const transaction = vi.spyOn(store.db, 'transaction');
    const all = await store.storedSegments();
    expect(transaction).toHaveBeenCalledTimes(1);
    expect(all.records.map((r) => r.id)).toEqual(['s1', 's2']);
    expect(all.bytes.map((b) => b?.byteLength)).toEqual([24, 8]);
    expect([...all.titles]).toEqual([
      ['e1', 'Title e1'],
      ['e2', 'Title e2'],
    ]);
    const some = await store.storedSegments((r) => r.id !== 's1');
    expect(some.records.map((r) => r.id)).toEqual(['s2']);
    expect(some.bytes.map((b) => b?.byteLength)).toEqual([8]);
  });

  it('writes an article all or nothing: a record that cannot be stored leaves no segment behind', async () => {
    const store = await freshStore();
    // A function cannot be cloned into IndexedDB: its request cannot even be made, after
    // the entry's and the segment record's were; the transaction is undone as a whole.
    const bad = { ...segment('s1'), bytes: (() => 1) as unknown as ArrayBuffer };
    await expect(store.addArticle(entry('e1'), bad)).rejects.toThrow();
    expect(await store.entries()).toEqual([]);
    expect(await store.db.getAll('segments')).toEqual([]);
    expect(await store.db.getAll('segmentBytes')).toEqual([]);
  });

  it('keeps an import pending (never listed, never searched) until commit turns it all live at once', async () => {
    const store = await freshStore();
    const writer = await store.beginImport(entry('i1', { kind: 'import', state: 'pending' }));
    await writer.addSegment(segment('c1'));
    await writer.addSegment(segment('c2'));
    expect(await store.entries()).toEqual([]);
    expect(await store.segmentRecords()).toEqual([]);
    expect((await store.db.getAll('segments')).map((s) => s.state)).toEqual(['pending', 'pending']);
    await writer.commit({ quotes: 6, skipped: 2 });
    expect(await store.entries()).toMatchObject([
      { id: 'i1', kind: 'import', state: 'live', quotes: 6, skipped: 2 },
    ]);
    expect((await store.segmentRecords()).map((s) => [s.id, s.kind, s.state])).toEqual([
      ['c1', 'import', 'live'],
      ['c2', 'import', 'live'],
    ]);
  });

  it('aborts an import: its entry and every segment written are deleted, the rest stays', async () => {
    const store = await freshStore();
    await store.addArticle(entry('e1'), segment('s1'));
    const writer = await store.beginImport(entry('i1', { kind: 'import', state: 'pending' }));
    await writer.addSegment(segment('c1'));
    await writer.abort();
    expect((await store.db.getAll('entries')).map((e) => e.id)).toEqual(['e1']);
    expect((await store.db.getAll('segments')).map((s) => s.id)).toEqual(['s1']);
    expect((await store.db.getAll('segmentBytes')).map((s) => s.id)).toEqual(['s1']);
  });

  it('discards imports left pending by a browser closed mid-import, not those still running', async () => {
    const store = await freshStore();
    const left = await store.beginImport(entry('i1', { kind: 'import', state: 'pending' }));
    await left.addSegment(segment('c1'));
    const running = await store.beginImport(entry('i2', { kind: 'import', state: 'pending' }));
    await running.addSegment(segment('c2'));
    expect(await store.discardPending(async () => new Set(['i2']))).toBe(1);
    expect((await store.db.getAll('segments')).map((s) => s.id)).toEqual(['c2']);
    await running.commit({});
    expect((await store.entries()).map((e) => e.id)).toEqual(['i2']);
  });

  it('keeps an import that started after its entry list was read, and one that committed meanwhile', async () => {
    const store = await freshStore();
    await store.beginImport(entry('i0', { kind: 'import', state: 'pending' }));
    // Another page begins an import while the worker asks which imports run (after reading
    // the pending entries): the answer does not name it, and it is kept.
    let late: Awaited<ReturnType<ReaderStore['beginImport']>> | undefined;
    expect(
      await store.discardPending(async () => {
        late = await store.beginImport(entry('i3', { kind: 'import', state: 'pending' }));
        return new Set();
      }),
    ).toBe(1);
    await late!.addSegment(segment('c3'));
    // An import seen pending, which commits (and lets go of its lock) before the answer.
    const done = await store.beginImport(entry('i4', { kind: 'import', state: 'pending' }));
    await done.addSegment(segment('c4'));
    expect(
      await store.discardPending(async () => {
        await done.commit({});
        return new Set(['i3']);
      }),
    ).toBe(0);
    expect((await store.entries()).map((e) => e.id).sort()).toEqual(['i4']);
    expect((await store.db.getAll('segments')).map((s) => s.id).sort()).toEqual(['c3', 'c4']);
  });

  it('deletes nothing when it cannot tell which imports run', async () => {
    const store = await freshStore();
    await store.beginImport(entry('i5', { kind: 'import', state: 'pending' }));
    expect(await store.discardPending(async () => null)).toBe(0);
    expect((await store.db.getAll('entries')).map((e) => e.id)).toEqual(['i5']);
  });

  it('removes an entry in one step: its own segments dropped, its masks in shared ones stored', async () => {
    const store = await freshStore();
    await store.addArticle(entry('e1'), segment('s1'));
    await store.replaceMerged(['s1'], {
      ...segment('m1'),
      kind: 'article',
      entryIds: ['e1', 'e2'],
    });
    await store.addArticle(entry('e3'), segment('s3'));
    await store.removeEntry('e1', { drop: [], masks: [{ segmentId: 'm1', removed: [0] }] });
    await store.removeEntry('e3', { drop: ['s3'], masks: [] });
    expect((await store.db.getAll('entries')).map((e) => e.id)).toEqual([]);
    expect(await store.segmentRecords()).toMatchObject([
      { id: 'm1', entryIds: ['e2'], removed: [0] },
    ]);
    expect((await store.db.getAll('segmentBytes')).map((s) => s.id)).toEqual(['m1']);
  });

  it('replaces a segment’s bytes (a repair) and notes a damaged one', async () => {
    const store = await freshStore();
    await store.addArticle(entry('e1'), segment('s1', 8));
    await store.markDamaged('s1', 'the quote store is damaged');
    expect((await store.segmentRecords())[0]?.damaged).toBe('the quote store is damaged');
    await store.replaceBytes('s1', bytes(32, 1));
    const [record] = await store.segmentRecords();
    expect(record).toMatchObject({ byteLength: 32 });
    expect(record?.damaged).toBeUndefined();
    expect(new Uint8Array((await store.segmentBytesOf(['s1']))[0]!)).toEqual(
      new Uint8Array(32).fill(1),
    );
  });

  it('using: opens for one piece of work and closes after; a refused store or a failure is one error', async () => {
    const store = await freshStore();
    let closed = false;
    const tracked = Object.assign(Object.create(store) as ReaderStore, {
      close: () => {
        closed = true;
      },
    });
    const read = await ReaderStore.using(
      'reading it',
      async (s) => ok((await s.entries()).length),
      async () => tracked,
    );
    expect(read).toEqual(ok(0));
    expect(closed).toBe(true);
    const refused = await ReaderStore.using(
      'reading it',
      async () => ok(1),
      async () => {
        throw new DOMException('denied', 'InvalidStateError');
      },
    );
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'storage-failed', message: expect.stringContaining('opening your corpus') },
    });
    const full = await ReaderStore.using(
      'saving it',
      async () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
      async () => store,
    );
    expect(full).toMatchObject({ ok: false, error: { code: 'storage-full' } });
  });
});
