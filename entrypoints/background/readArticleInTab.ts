/**
 * "Add this article": reads the article in a tab, on the user's click only (the popup's or
 * the menu's `activeTab` grant): injects the extractor (`extract-article.js`), which reads
 * a clone of the page's document (Readability, the page's facts, the quotation sieves) and
 * answers with the review's draft. The worker itself has no DOM.
 */
import { browser } from 'wxt/browser';
import type { ArticleDraft } from '../../lib/reader/ArticleDraft';
import { err, type QcError, type Result } from '../../lib/result';
import type { Translate } from '../../lib/ui/translate';

/** Where WXT writes the `extract-article` unlisted script. */
export const EXTRACT_SCRIPT = '/extract-article.js';

const isResult = (v: unknown): v is Result<ArticleDraft, QcError> =>
  typeof v === 'object' && v !== null && 'ok' in v;

export async function readArticleInTab(
  tabId: number,
  t: Translate,
): Promise<Result<ArticleDraft, QcError>> {
  try {
    const [first] = await browser.scripting.executeScript({
      target: { tabId },
      files: [EXTRACT_SCRIPT],
    });
    const answer: unknown = first?.result;
    if (!isResult(answer)) return err({ code: 'unreadable-page', message: t('errorUnreadable') });
    if (!answer.ok) {
      return err({ code: answer.error.code, message: t('errorNoArticle', [answer.error.message]) });
    }
    return answer;
  } catch {
    return err({ code: 'unreadable-page', message: t('errorUnreadable') });
  }
}
