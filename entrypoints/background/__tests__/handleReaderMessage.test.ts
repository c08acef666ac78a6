import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { HARBOUR, harbourArticleHtml } from '../../../e2e/fixtures/harbourArticle';
import { parseHtmlArticle } from '../../../lib/extract/parseArticle';
import type { ArticleDraft } from '../../../lib/reader/ArticleDraft';
import { draftFromExtraction } from '../../../lib/reader/draftFromExtraction';
import { err, ok } from '../../../lib/result';
import { freshStore, startWorker } from '../../../lib/store/__tests__/support';
import { createArticleDrafts } from '../articleDrafts';
import { createReaderMessageHandler, type ReaderMessageDeps } from '../handleReaderMessage';
import { t } from './fakes';

const URL = `http://127.0.0.1:8123${HARBOUR.path}`;

function pageDraft(): ArticleDraft {
  const { document } = parseHTML(harbourArticleHtml('http://127.0.0.1:8123'));
  const read = parseHtmlArticle('page', document as unknown as Document);
  if (!read.ok) throw new Error(read.error.message);
  return draftFromExtraction(read.value, URL);
}

async function setup(over: Partial<ReaderMessageDeps> = {}) {
  const store = await freshStore();
  const worker = await startWorker(store);
  const drafts = createArticleDrafts();
  const deps = {
    getReader: async () => ok(worker.reader),
    readArticle: vi.fn(async () => ok(pageDraft())),
    openReview: vi.fn(async () => {}),
    drafts,
    scheduleMerge: vi.fn(),
    today: () => '2026-11-30',
    t,
    ...over,
  } satisfies ReaderMessageDeps;
  let n = 0;
  const handle = createReaderMessageHandler({ ...deps, newId: () => `id-${++n}` });
  return { handle, deps, worker, store, drafts };
}

describe('the reader’s message router', () => {
  it('addArticle: reads the tab’s article and opens its review with the draft’s token', async () => {
    const { handle, deps, drafts } = await setup();
    expect(await handle({ type: 'addArticle', data: { tabId: 4 } })).toEqual(ok(null));
    expect(deps.readArticle).toHaveBeenCalledWith(4);
    const [tabId, token] = vi.mocked(deps.openReview).mock.calls[0]!;
    expect(tabId).toBe(4);
    expect(drafts.get(token)).toMatchObject({ ok: true, value: { title: HARBOUR.headline } });
  });

  it('addArticle: a page that cannot be read says why, and opens nothing', async () => {
    const unreadable = err({
      code: 'unreadable-page',
      message: 'The browser does not let extensions read this page.',
    });
    const { handle, deps } = await setup({ readArticle: vi.fn(async () => unreadable) });
    expect(await handle({ type: 'addArticle', data: { tabId: 4 } })).toEqual(unreadable);
    expect(deps.openReview).not.toHaveBeenCalled();
  });

  it('saves a reviewed article: checks answer from it at once; the same URL asks before replacing', async () => {
    const { handle, worker, deps, drafts } = await setup();
    const token = drafts.put(ok(pageDraft()));
    const view = await handle({ type: 'articleDraft', data: { token } });
    expect(view).toMatchObject({ ok: true, value: { existing: null, draft: { url: URL } } });
    const draft = pageDraft();
    const saved = await handle({ type: 'saveArticle', data: { draft, replace: null } });
    expect(saved).toMatchObject({
      ok: true,
      value: { kind: 'saved', entry: { title: HARBOUR.headline, quotes: 8, url: URL } },
    });
    expect(deps.scheduleMerge).toHaveBeenCalledTimes(1);
    expect((await worker.matcher.verify({ text: HARBOUR.queueQuote })).best).toMatchObject({
      speaker: HARBOUR.harbourMaster,
      origin: 'reader',
      article: { addedAt: '2026-11-30', url: URL },
    });
    // The review of the same page again knows it was added, and saving asks first.
    expect(await handle({ type: 'articleDraft', data: { token } })).toMatchObject({
      ok: true,
      value: { existing: { title: HARBOUR.headline, addedAt: '2026-11-30' } },
    });
    const again = (await handle({ type: 'saveArticle', data: { draft, replace: null } }))!;
    expect(again).toMatchObject({ ok: true, value: { kind: 'exists' } });
    if (!again.ok) return;
    const existing = (again.value as { existing: { entryId: string } }).existing;
    const replaced = await handle({
      type: 'saveArticle',
      data: { draft: { ...draft, title: 'Ferry timetable, updated' }, replace: existing.entryId },
    });
    expect(replaced).toMatchObject({ ok: true, value: { kind: 'saved' } });
    const entries = await worker.reader.store.entries();
    expect(entries.map((e) => e.title)).toEqual(['Ferry timetable, updated']);
  });

  it('refuses a draft with a javascript: address or no quotation kept, saving nothing', async () => {
    const { handle, store } = await setup();
    const draft = pageDraft();
    expect(
      await handle({
        type: 'saveArticle',
        data: { draft: { ...draft, url: 'javascript:alert(1)' }, replace: null },
      }),
    ).toMatchObject({ ok: false, error: { code: 'draft-url' } });
    const none = { ...draft, quotes: draft.quotes.map((q) => ({ ...q, keep: false })) };
    expect(
      await handle({ type: 'saveArticle', data: { draft: none, replace: null } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'draft-empty' },
    });
    expect(await store.entries()).toEqual([]);
  });

  it('articleDraft: an unknown or expired token says to add the article again', async () => {
    const { handle } = await setup();
    expect(await handle({ type: 'articleDraft', data: { token: 'nope' } })).toMatchObject({
      ok: false,
      error: { code: 'draft-gone', message: expect.stringContaining('Add this article') },
    });
  });

  it('removeEntry and knownArticles go to the reader’s corpus; importCommitted loads new segments', async () => {
    const { handle, worker } = await setup();
    const saved = (await handle({
      type: 'saveArticle',
      data: { draft: pageDraft(), replace: null },
    }))!;
    if (!saved.ok) throw new Error(saved.error.message);
    const entry = (saved.value as { entry: { id: string; articleId: string } }).entry;
    expect(await handle({ type: 'knownArticles', data: { ids: [entry.articleId, 'x'] } })).toEqual(
      ok([entry.articleId]),
    );
    expect(await handle({ type: 'removeEntry', data: { entryId: entry.id } })).toEqual(ok(null));
    expect((await worker.matcher.verify({ text: HARBOUR.queueQuote })).verdict).toBe('no-match');
    expect(await handle({ type: 'importCommitted', data: { entryId: 'i1' } })).toEqual(ok(null));
  });

  it('answers malformed requests with bad-request, and leaves other messages alone', async () => {
    const { handle } = await setup();
    for (const message of [
      { type: 'addArticle', data: {} },
      { type: 'articleDraft', data: { token: 3 } },
      { type: 'saveArticle', data: { draft: 'x' } },
      { type: 'removeEntry', data: null },
      { type: 'knownArticles', data: { ids: [1] } },
    ]) {
      expect(await handle(message), message.type).toMatchObject({
        ok: false,
        error: { code: 'bad-request' },
      });
    }
    expect(handle({ type: 'verify', data: { text: 'x' } })).toBeUndefined();
    expect(handle('nonsense')).toBeUndefined();
  });

  it('says why when the reader’s corpus cannot be reached (an IndexedDB the browser refuses)', async () => {
    const { handle } = await setup({
      getReader: async () =>
        err({
          code: 'storage-failed',
          message: 'Your corpus could not be stored (opening your corpus): denied',
        }),
    });
    expect(await handle({ type: 'removeEntry', data: { entryId: 'e1' } })).toMatchObject({
      ok: false,
      error: {
        code: 'storage-failed',
        message: expect.stringMatching(/^Your own corpus cannot be reached: /),
      },
    });
  });
});
