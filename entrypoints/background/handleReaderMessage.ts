/**
 * The router for the reader's own corpus ("Add this article", the review page, the
 * options page's import, export and manage list): one handler per protocol request, each
 * answering a `Result`. Messages that are not these get no answer (`undefined`).
 */
import type { ProtocolMessage, SaveOutcome } from '../../lib/protocol';
import type { ArticleDraft } from '../../lib/reader/ArticleDraft';
import { corpusFromDraft } from '../../lib/reader/corpusFromDraft';
import { err, ok, type QcError, type Result } from '../../lib/result';
import type { Translate } from '../../lib/ui/translate';
import type { ArticleDrafts } from './articleDrafts';
import type { GetReader } from './readerHost';

export interface ReaderMessageDeps {
  getReader: GetReader;
  readArticle: (tabId: number) => Promise<Result<ArticleDraft, QcError>>;
  openReview: (tabId: number, token: string) => Promise<void>;
  drafts: ArticleDrafts;
  scheduleMerge: () => void;
  /** YYYY-MM-DD today. */
  today: () => string;
  newId?: () => string;
  t: Translate;
}

type AnyResponse = Result<unknown, QcError>;

const isString = (v: unknown): v is string => typeof v === 'string' && v !== '';

export function createReaderMessageHandler(deps: ReaderMessageDeps) {
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const bad = (type: string) =>
    Promise.resolve(err({ code: 'bad-request', message: deps.t('errorBadRequest', [type]) }));
  /** The reader's corpus, or the reason it cannot be reached, worded for the reader. */
  const reader = async () => {
    const r = await deps.getReader();
    return r.ok
      ? r
      : err<QcError>({
          code: r.error.code,
          message: deps.t('errorReaderCorpus', [r.error.message]),
        });
  };

  return (message: unknown): Promise<AnyResponse> | undefined => {
    const { type, data } = (message ?? {}) as ProtocolMessage;
    switch (type) {
      case 'addArticle': {
        const { tabId } = (data ?? {}) as { tabId?: unknown };
        if (typeof tabId !== 'number') return bad(type);
        return deps.readArticle(tabId).then(async (read) => {
          if (!read.ok) return read;
          try {
            await deps.openReview(tabId, deps.drafts.put(read));
          } catch (e) {
            return err({
              code: 'review-not-opened',
              message: deps.t('errorReviewNotOpened', [e instanceof Error ? e.message : String(e)]),
            });
          }
          return ok(null);
        });
      }
      case 'articleDraft': {
        const { token } = (data ?? {}) as { token?: unknown };
        if (!isString(token)) return bad(type);
        return (async () => {
          const draft = deps.drafts.get(token);
          if (!draft) return err({ code: 'draft-gone', message: deps.t('errorDraftGone') });
          if (!draft.ok) return draft;
          const r = await reader();
          if (!r.ok) return r;
          const existing = draft.value.url ? await r.value.store.articleAt(draft.value.url) : null;
          return ok({
            draft: draft.value,
            existing: existing
              ? { entryId: existing.id, title: existing.title, addedAt: existing.addedAt }
              : null,
          });
        })();
      }
      case 'saveArticle': {
        const { draft, replace } = (data ?? {}) as { draft?: ArticleDraft; replace?: unknown };
        if (typeof draft !== 'object' || draft === null || !Array.isArray(draft.quotes))
          return bad(type);
        return save(draft, isString(replace) ? replace : null);
      }
      case 'removeEntry': {
        const { entryId } = (data ?? {}) as { entryId?: unknown };
        if (!isString(entryId)) return bad(type);
        return reader().then((r) => (r.ok ? r.value.removeEntry(entryId) : r));
      }
      case 'importCommitted':
        return reader().then(async (r) => {
          if (!r.ok) return r;
          const synced = await r.value.sync();
          return synced.ok ? ok(null) : synced;
        });
      case 'knownArticles': {
        const { ids } = (data ?? {}) as { ids?: unknown };
        if (!Array.isArray(ids) || !ids.every(isString)) return bad(type);
        return reader().then((r) => (r.ok ? r.value.knownArticles(ids) : r));
      }
      default:
        return undefined;
    }
  };

  async function save(
    draft: ArticleDraft,
    replace: string | null,
  ): Promise<Result<SaveOutcome, QcError>> {
    const r = await reader();
    if (!r.ok) return r;
    const corpus = corpusFromDraft(draft, {
      articleId: `web-${newId().replace(/-/g, '').slice(0, 12)}`,
      addedAt: deps.today(),
    });
    if (!corpus.ok) return corpus;
    const article = corpus.value.articles[0]!;
    if (replace === null && article.url) {
      const existing = await r.value.store.articleAt(article.url);
      if (existing)
        return ok({
          kind: 'exists',
          existing: { entryId: existing.id, title: existing.title, addedAt: existing.addedAt },
        });
    }
    const saved = await r.value.addArticle(
      corpus.value,
      {
        title: article.title,
        outlet: article.outlet,
        published: article.published,
        url: article.url,
        quotes: corpus.value.quotes.length,
        speakers: corpus.value.speakers.length,
        articles: 1,
        addedAt: article.addedAt ?? deps.today(),
        addedAtMs: Date.now(),
        articleId: article.id,
      },
      replace,
    );
    if (!saved.ok) return saved;
    deps.scheduleMerge();
    return ok({ kind: 'saved', entry: saved.value });
  }
}
