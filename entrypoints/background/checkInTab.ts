/**
 * What "Check quote" (menu) and the keyboard shortcut do in a tab: read the selection and
 * its paragraph, check it, set the tab's badge, and show the card next to the selection.
 * When the page cannot be read, the menu's own copy of the selected text is checked
 * instead; when the card cannot be shown (or the user chose "popup only"), the popup
 * opens with the result.
 */
import type { VerifyRequest, VerifyResult } from '../../lib/match/types';
import type { CheckOutcome } from '../../lib/protocol';
import { err, type QcError, type Result } from '../../lib/result';
import type { Translate } from '../../lib/ui/translate';
import type { PageSelection } from '../shared/readSelectionInPage';
import type { DisplayMode } from '../shared/settings';
import type { PendingChecks } from './pendingChecks';

export interface CheckInTabDeps {
  readSelection: (tabId: number) => Promise<Result<PageSelection, QcError>>;
  verify: (request: VerifyRequest) => Promise<Result<VerifyResult, QcError>>;
  setBadge: (tabId: number, outcome: CheckOutcome) => Promise<void>;
  showCard: (tabId: number, outcome: CheckOutcome) => Promise<Result<null, QcError>>;
  /** Resolves `false` when the browser would not open the popup. */
  openPopup: () => Promise<boolean>;
  displayMode: () => Promise<DisplayMode>;
  pending: PendingChecks;
  t: Translate;
}

export async function checkInTab(
  tabId: number,
  deps: CheckInTabDeps,
  /** The context menu's `info.selectionText`: all we have on a page we cannot read. */
  fallbackText?: string,
): Promise<CheckOutcome> {
  const read = await deps.readSelection(tabId);
  const pageText = read.ok ? read.value.text.trim() : '';
  const text = pageText || fallbackText?.trim() || '';
  const outcome: CheckOutcome = text
    ? {
        text,
        result: await deps.verify({
          text,
          ...(pageText && read.ok && read.value.context ? { context: read.value.context } : {}),
        }),
      }
    : {
        text: '',
        result: read.ok ? err({ code: 'no-selection', message: deps.t('errorNoSelection') }) : read,
      };

  await deps.setBadge(tabId, outcome).catch(() => undefined);

  const mode = await deps.displayMode().catch((): DisplayMode => 'card');
  if (mode === 'card' && read.ok) {
    const shown = await deps.showCard(tabId, outcome);
    if (shown.ok) return outcome;
  }
  deps.pending.put(tabId, outcome);
  await deps.openPopup();
  return outcome;
}
