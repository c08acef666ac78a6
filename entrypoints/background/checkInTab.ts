/**
 * What "Check quote" (menu) and the keyboard shortcut do in a tab: read the selection and
 * its paragraph (in whichever frame holds it), check it, set the tab's badge, and show the
 * card next to the selection. When the page or frame cannot be read, the menu's own copy
 * of the selected text is checked instead; when the card cannot be shown (a frame we may
 * not read, a page that hides it) or the user chose "popup only", the popup opens with the
 * result.
 *
 * Firefox opens the popup only from inside the user's action (the menu click or the
 * command, before anything is awaited). So when the display mode, cached in the worker,
 * already says "popup only", the popup is opened first, synchronously, and it waits for
 * this check (`pending` holds its promise).
 */
import type { VerifyRequest, VerifyResult } from '../../lib/match/types';
import type { CheckOutcome } from '../../lib/protocol';
import { err, type QcError, type Result } from '../../lib/result';
import { checkSelectionText } from '../../lib/scan/checkSelectionText';
import type { Translate } from '../../lib/ui/translate';
import type { FrameSelection } from '../shared/pickFrameSelection';
import type { DisplayMode } from '../shared/settings';
import type { PendingChecks } from './pendingChecks';
import { selectionRequest } from './selectionRequest';

export interface CheckInTabDeps {
  readSelection: (tabId: number, frameId?: number) => Promise<Result<FrameSelection, QcError>>;
  verify: (request: VerifyRequest) => Promise<Result<VerifyResult, QcError>>;
  setBadge: (tabId: number, outcome: CheckOutcome) => Promise<void>;
  showCard: (
    tabId: number,
    frameId: number,
    outcome: CheckOutcome,
  ) => Promise<Result<null, QcError>>;
  /** Resolves `false` when the browser would not open the popup. */
  openPopup: () => Promise<boolean>;
  /** The stored setting (may wait for storage). */
  displayMode: () => Promise<DisplayMode>;
  /** The setting as the worker last saw it, without waiting; `undefined` before it is known. */
  displayModeNow: () => DisplayMode | undefined;
  pending: PendingChecks;
  t: Translate;
}

/** Where the request comes from: the context menu gives its frame and its copy of the text. */
export interface CheckFrom {
  /** The context menu's `info.selectionText`: all we have on a page we cannot read. */
  fallbackText?: string;
  /** The context menu's `info.frameId`: the frame the reader right-clicked in. */
  frameId?: number;
}

async function runCheck(
  tabId: number,
  deps: CheckInTabDeps,
  from: CheckFrom,
): Promise<{ outcome: CheckOutcome; read: Result<FrameSelection, QcError> }> {
  const read = await deps.readSelection(tabId, from.frameId);
  const pageText = read.ok ? read.value.text.trim() : '';
  const text = pageText || from.fallbackText?.trim() || '';
  if (!text) {
    const result = read.ok
      ? err({ code: 'no-selection', message: deps.t('errorNoSelection') })
      : read;
    return { outcome: { text: '', result }, read };
  }
  const fromPage = pageText && read.ok ? read.value : null;
  return {
    outcome: await checkSelectionText(
      selectionRequest(text, fromPage),
      deps.verify,
      fromPage?.page,
    ),
    read,
  };
}

export function checkInTab(
  tabId: number,
  deps: CheckInTabDeps,
  from: CheckFrom = {},
): Promise<CheckOutcome> {
  if (deps.displayModeNow() === 'popup') {
    // Synchronously, inside the user's action: the popup opens now and waits for the check.
    const checked = runCheck(tabId, deps, from).then(({ outcome }) => outcome);
    deps.pending.put(tabId, checked);
    void deps.openPopup();
    return checked.then(async (outcome) => {
      await deps.setBadge(tabId, outcome).catch(() => undefined);
      return outcome;
    });
  }
  return checkThenShow(tabId, deps, from);
}

async function checkThenShow(
  tabId: number,
  deps: CheckInTabDeps,
  from: CheckFrom,
): Promise<CheckOutcome> {
  const { outcome, read } = await runCheck(tabId, deps, from);
  await deps.setBadge(tabId, outcome).catch(() => undefined);
  const mode = await deps.displayMode().catch((): DisplayMode => 'card');
  if (mode === 'card' && read.ok) {
    const shown = await deps.showCard(tabId, read.value.frameId, outcome);
    if (shown.ok) return outcome;
  }
  deps.pending.put(tabId, Promise.resolve(outcome));
  await deps.openPopup();
  return outcome;
}
