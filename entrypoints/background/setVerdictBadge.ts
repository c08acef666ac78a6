/**
 * Shows the verdict of the last check in a tab on the toolbar button: a short mark on the
 * verdict's colour, and the verdict word in the button's tooltip (so it is not colour
 * alone). Per tab, so each tab shows its own last check.
 */
import { browser } from 'wxt/browser';
import type { CheckOutcome } from '../../lib/protocol';
import { cardVerdictOf } from '../../lib/ui/cardVerdictOf';
import type { Translate } from '../../lib/ui/translate';
import { VERDICT_MESSAGES } from '../../lib/ui/verdictMessages';
import { verdictStyle } from '../../lib/ui/verdictStyle';

/** White on every verdict colour (each is held to 4.5:1 against white by its test). */
const BADGE_TEXT_COLOR = '#ffffff';

/** Chrome MV3 has `action`; Firefox MV2 has `browserAction` with the same badge calls. */
export function toolbarAction(): typeof browser.action {
  return (
    browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction
  );
}

export async function setVerdictBadge(
  tabId: number,
  outcome: CheckOutcome,
  t: Translate,
): Promise<void> {
  const verdict = cardVerdictOf(outcome);
  const style = verdictStyle(verdict);
  const action = toolbarAction();
  await Promise.all([
    action.setBadgeText({ tabId, text: style.badge }),
    action.setBadgeBackgroundColor({ tabId, color: style.color }),
    action.setTitle({ tabId, title: `${t('extName')}: ${t(VERDICT_MESSAGES[verdict].word)}` }),
    // Older browsers lack setBadgeTextColor; the badge still reads with their default.
    action.setBadgeTextColor?.({ tabId, color: BADGE_TEXT_COLOR }),
  ]);
}
