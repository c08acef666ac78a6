/**
 * "Add this article", in the page: injected by the worker into one tab on the reader's
 * click (`readArticleInTab`), never declared in the manifest. Reads the article from a
 * clone of the page's document (the page is never changed: `parseHtmlArticle` clones it
 * for Readability) and answers with the review's draft, as the script's result.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { parseHtmlArticle } from '../lib/extract/parseArticle';
import type { ArticleDraft } from '../lib/reader/ArticleDraft';
import { draftFromExtraction } from '../lib/reader/draftFromExtraction';
import { err, ok, type QcError, type Result } from '../lib/result';

export default defineUnlistedScript((): Result<ArticleDraft, QcError> => {
  try {
    const read = parseHtmlArticle('page', document);
    if (!read.ok) return err({ code: 'no-article', message: read.error.message });
    return ok(draftFromExtraction(read.value, location.href));
  } catch (e) {
    return err({ code: 'no-article', message: e instanceof Error ? e.message : String(e) });
  }
});
