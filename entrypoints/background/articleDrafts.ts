/**
 * Pages read by "Add this article", kept in the worker for their review page to ask for
 * (by the token in its address), until READER_CONFIG.draftTtlMs has passed: a reload of
 * the review page finds its draft again; an old one is gone. Bounded, like pendingChecks.
 */
import type { ArticleDraft } from '../../lib/reader/ArticleDraft';
import { READER_CONFIG } from '../../lib/reader/readerConfig';
import type { QcError, Result } from '../../lib/result';

/** More reviews than anyone keeps open at once. */
export const MAX_DRAFTS = 20;

export interface ArticleDrafts {
  /** Keeps a page's draft (or why it could not be read); returns its token. */
  put(draft: Result<ArticleDraft, QcError>): string;
  get(token: string): Result<ArticleDraft, QcError> | null;
}

export function createArticleDrafts(
  now: () => number = Date.now,
  newToken: () => string = () => crypto.randomUUID(),
): ArticleDrafts {
  const byToken = new Map<string, { draft: Result<ArticleDraft, QcError>; at: number }>();
  return {
    put(draft) {
      const token = newToken();
      byToken.set(token, { draft, at: now() });
      for (const [key, entry] of byToken) {
        if (byToken.size > MAX_DRAFTS || now() - entry.at > READER_CONFIG.draftTtlMs)
          byToken.delete(key);
      }
      return token;
    },
    get(token) {
      const entry = byToken.get(token);
      if (!entry || now() - entry.at > READER_CONFIG.draftTtlMs) return null;
      return entry.draft;
    },
  };
}
