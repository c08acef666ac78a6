/**
 * Injects the in-page card's content script into the tab's top frame (only now, on the
 * user's click: no content script is declared in the manifest) and hands it the outcome
 * to show. When the selection is in a frame below the top one, it first has that frame
 * tell the top frame where the selection sits (`frameProbe.ts`), so the card stands next
 * to it. The card's own refusal (`card-hidden`: the page hid it) comes back as it is.
 */
import { browser } from 'wxt/browser';
import type { CheckOutcome, ProtocolMessage, ShowCardRequest } from '../../lib/protocol';
import { err, ok, type QcError, type Result } from '../../lib/result';
import type { Translate } from '../../lib/ui/translate';
import { relayFrameProbe, sendFrameProbe } from '../shared/frameProbe';

/** Where WXT writes the `card.content` entrypoint (a runtime-registered content script). */
const CARD_SCRIPT = '/content-scripts/card.js';

async function probeFrame(tabId: number, frameId: number): Promise<ShowCardRequest['frame']> {
  const nonce = crypto.randomUUID();
  await browser.scripting.executeScript({
    target: { tabId, allFrames: true },
    func: relayFrameProbe,
    args: [nonce],
  });
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    func: sendFrameProbe,
    args: [nonce],
  });
  return { frameId, nonce };
}

export async function showCardInTab(
  tabId: number,
  /** The frame holding the selection (0: the top frame). */
  frameId: number,
  outcome: CheckOutcome,
  t: Translate,
  /** For a quotation the page scan marked: where the scan script left its range. */
  mark?: ShowCardRequest['mark'],
): Promise<Result<null, QcError>> {
  try {
    const frame = frameId === 0 ? null : await probeFrame(tabId, frameId);
    await browser.scripting.executeScript({ target: { tabId }, files: [CARD_SCRIPT] });
    const message: ProtocolMessage<'showCard'> = {
      type: 'showCard',
      data: { outcome, frame, ...(mark ? { mark } : {}) },
    };
    const response = (await browser.tabs.sendMessage(tabId, message, { frameId: 0 })) as
      | Result<null, QcError>
      | undefined;
    return response ?? ok(null);
  } catch {
    return err({ code: 'unreadable-page', message: t('errorUnreadable') });
  }
}
