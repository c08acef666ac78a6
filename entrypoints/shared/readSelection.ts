/**
 * Reads the selection and its paragraph in a tab, on a user gesture (the `activeTab` grant
 * of a toolbar click, menu click or shortcut), in whichever frame holds it: every frame we
 * may read (`allFrames`), or the one frame the context menu names. A page the browser
 * keeps extensions out of (its own pages, the PDF viewer, web stores) comes back as
 * `unreadable-page`; a selection in a frame we may not read, as `unreadable-frame`.
 */
import { browser } from 'wxt/browser';
import { err, type QcError, type Result } from '../../lib/result';
import { type FrameSelection, pickFrameSelection } from './pickFrameSelection';
import { t } from './t';

/** Where WXT writes the `selection` unlisted script (`readSelectionInPage`). */
export const SELECTION_SCRIPT = '/selection.js';

export async function readSelection(
  tabId: number,
  /** The context menu's `info.frameId`: read that frame only. */
  frameId?: number,
): Promise<Result<FrameSelection, QcError>> {
  try {
    const answers = await browser.scripting.executeScript({
      target: frameId === undefined ? { tabId, allFrames: true } : { tabId, frameIds: [frameId] },
      files: [SELECTION_SCRIPT],
    });
    return pickFrameSelection(
      answers.map((a) => ({ frameId: a.frameId, result: a.result })),
      t,
      frameId,
    );
  } catch {
    return err(
      frameId
        ? { code: 'unreadable-frame', message: t('errorUnreadableFrame') }
        : { code: 'unreadable-page', message: t('errorUnreadable') },
    );
  }
}
