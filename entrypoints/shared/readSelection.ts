/**
 * Reads the selection and its paragraph in a tab, on a user gesture (the `activeTab` grant
 * of a toolbar click, menu click or shortcut). A page the browser keeps extensions out of
 * (its own pages, the PDF viewer, web stores) comes back as `unreadable-page`.
 */
import { browser } from 'wxt/browser';
import { err, ok, type QcError, type Result } from '../../lib/result';
import { type PageSelection, readSelectionInPage } from './readSelectionInPage';
import { t } from './t';

export async function readSelection(tabId: number): Promise<Result<PageSelection, QcError>> {
  try {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId },
      func: readSelectionInPage,
    });
    const value = frame?.result as PageSelection | undefined;
    if (!value || typeof value.text !== 'string') {
      return err({ code: 'unreadable-page', message: t('errorUnreadable') });
    }
    return ok({
      text: value.text,
      context: typeof value.context === 'string' ? value.context : '',
    });
  } catch {
    return err({ code: 'unreadable-page', message: t('errorUnreadable') });
  }
}
