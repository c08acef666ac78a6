import { describe, expect, it, vi } from 'vitest';
import { createMatcher } from '../../../lib/match/createMatcher';
import { READER_CONFIG } from '../../../lib/reader/readerConfig';
import { ok } from '../../../lib/result';
import { segmentOf } from '../../../lib/segment/__tests__/segmentOf';
import { SegmentSet } from '../../../lib/segment/SegmentSet';
import {
  articleCorpus,
  entryFields,
  freshStore,
  QUOTES,
  startWorker,
} from '../../../lib/store/__tests__/support';
import { ReaderStore } from '../../../lib/store/ReaderStore';
import { createArticleDrafts, MAX_DRAFTS } from '../articleDrafts';
import { createReaderHost } from '../readerHost';

const bundledMatcher = () =>
  createMatcher(
    new SegmentSet([
      segmentOf(articleCorpus('bundled', 'The bundled sentence about tides and harbours')),
    ]),
  );

describe('createReaderHost', () => {
  it('joins the stored segments to the matcher before its first check', async () => {
    const store = await freshStore();
    const { reader } = await startWorker(store);
    const a = articleCorpus('web-1', QUOTES[7]!, 'Ada Brook');
    await reader.addArticle(a, entryFields(a));
    const host = createReaderHost({
      openStore: async () => store,
      importsRunning: async () => null,
    });
    const matcher = bundledMatcher();
    await host.attach(matcher);
    expect((await matcher.verify({ text: QUOTES[7]! })).best).toMatchObject({
      speaker: 'Ada Brook',
      origin: 'reader',
    });
    expect((await host.current()).ok).toBe(true);
  });

  it('reads the store when prepared, before the matcher is there, and attach takes that read', async () => {
    const store = await freshStore();
    const { reader } = await startWorker(store);
    const a = articleCorpus('web-1', QUOTES[7]!, 'Ada Brook');
    await reader.addArticle(a, entryFields(a));
    const openStore = vi.fn(async () => store);
    const read = vi.spyOn(store, 'storedSegments');
    const host = createReaderHost({ openStore, importsRunning: async () => null });
    await host.prepare();
    expect(read).toHaveBeenCalledTimes(1);
    const matcher = bundledMatcher();
    await host.attach(matcher);
    expect(openStore).toHaveBeenCalledTimes(1);
    expect(read).toHaveBeenCalledTimes(1);
    expect((await matcher.verify({ text: QUOTES[7]! })).best).toMatchObject({
      speaker: 'Ada Brook',
      origin: 'reader',
    });
  });

  it('prepared or not, a store that cannot be opened leaves the bundled corpus working', async () => {
    const host = createReaderHost({
      openStore: async () => {
        throw new DOMException('The user denied permission', 'InvalidStateError');
      },
    });
    await expect(host.prepare()).resolves.toBeUndefined();
    await host.attach(bundledMatcher());
    expect(await host.current()).toMatchObject({ ok: false, error: { code: 'storage-failed' } });
  });

  it('leaves the bundled corpus working when IndexedDB cannot be opened, and says why', async () => {
    const host = createReaderHost({
      openStore: async () => {
        throw new DOMException('The user denied permission', 'InvalidStateError');
      },
    });
    const matcher = bundledMatcher();
    await host.attach(matcher);
    expect(await host.current()).toMatchObject({
      ok: false,
      error: { code: 'storage-failed', message: expect.stringContaining('denied') },
    });
    expect(
      (await matcher.verify({ text: 'The bundled sentence about tides and harbours' })).verdict,
    ).toBe('verbatim');
  });

  it('deletes imports a closed browser left pending, never one still being written', async () => {
    const store = await freshStore();
    const entry = (id: string) => ({
      ...entryFields(articleCorpus(id, QUOTES[0]!)),
      id,
      kind: 'import' as const,
      state: 'pending' as const,
    });
    const left = await store.beginImport(entry('left'));
    await left.addSegment({ id: 's-left', bytes: new ArrayBuffer(8), docs: 1, quotes: 1 });
    const running = await store.beginImport(entry('running'));
    await running.addSegment({ id: 's-running', bytes: new ArrayBuffer(8), docs: 1, quotes: 1 });
    const host = createReaderHost({
      openStore: async () => new ReaderStore(store.db),
      importsRunning: async () => new Set(['running']),
    });
    await host.attach(bundledMatcher());
    await vi.waitFor(async () =>
      expect(await store.db.getAllKeys('segments')).toEqual(['s-running']),
    );
  });

  it('merges added articles a few seconds after the last one', async () => {
    // A clock of our own: IndexedDB (fake-indexeddb) keeps the real one.
    let now = 0;
    const due: { at: number; run: () => void; id: number }[] = [];
    let ids = 0;
    const timers = {
      set: (run: () => void, ms: number) => {
        due.push({ at: now + ms, run, id: ++ids });
        return ids;
      },
      clear: (id: number | undefined) => {
        const k = due.findIndex((d) => d.id === id);
        if (k >= 0) due.splice(k, 1);
      },
    };
    const advance = async (ms: number) => {
      now += ms;
      for (const d of due.filter((x) => x.at <= now)) {
        due.splice(due.indexOf(d), 1);
        d.run();
      }
      await new Promise((r) => setTimeout(r, 0));
    };
    const store = await freshStore();
    const host = createReaderHost({
      openStore: async () => store,
      importsRunning: async () => null,
      mergeDelayMs: 1000,
      timers,
    });
    await host.attach(bundledMatcher());
    const reader = await host.current();
    if (!reader.ok) throw new Error(reader.error.message);
    const merge = vi.spyOn(reader.value, 'merge').mockResolvedValue(ok(0));
    host.scheduleMerge();
    await advance(600);
    host.scheduleMerge();
    await advance(600);
    expect(merge).not.toHaveBeenCalled();
    await advance(500);
    expect(merge).toHaveBeenCalledTimes(1);
  });
});

describe('createArticleDrafts', () => {
  it('keeps a page’s draft for its review until it is too old, and a bounded number of them', () => {
    let now = 0;
    const drafts = createArticleDrafts(() => now);
    const first = drafts.put(ok({} as never));
    expect(drafts.get(first)).toEqual(ok({}));
    // Asked again (a reload of the review page): still there.
    expect(drafts.get(first)).toEqual(ok({}));
    now = READER_CONFIG.draftTtlMs + 1;
    expect(drafts.get(first)).toBeNull();
    const tokens = Array.from({ length: MAX_DRAFTS + 5 }, () => drafts.put(ok({} as never)));
    expect(drafts.get(tokens[0]!)).toBeNull();
    expect(drafts.get(tokens.at(-1)!)).toEqual(ok({}));
  });
});
