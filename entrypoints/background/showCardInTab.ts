/**
 * Injects the in-page card's content script into one tab (only now, on the user's click:
 * no content script is declared in the manifest) and hands it the outcome to show.
 */
import { browser } from 'wxt/browser';
import type { CheckOutcome, ProtocolMessage } from '../../lib/protocol';
import { err, ok, type QcError, type Result } from '../../lib/result';
import type { Translate } from '../../lib/ui/translate';

/** Where WXT writes the `card.content` entrypoint (a runtime-registered content script). */
const CARD_SCRIPT = '/content-scripts/card.js';

export async function showCardInTab(
  tabId: number,
  outcome: CheckOutcome,
  t: Translate,
): Promise<Result<null, QcError>> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CARD_SCRIPT] });
    const message: ProtocolMessage<'showCard'> = { type: 'showCard', data: { outcome } };
    const response = (await browser.tabs.sendMessage(tabId, message)) as
      | Result<null, QcError>
      | undefined;
    return response ?? ok(null);
  } catch {
    return err({ code: 'unreadable-page', message: t('errorUnreadable') });
  }
}
