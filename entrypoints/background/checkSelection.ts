/**
 * The popup's first question as it opens, answered in one round trip: hand over the check
 * "Check quote" left for the popup (it opened the popup for it), or read the selection
 * and its paragraph in the tab (the popup's `activeTab` grant covers the worker too, in
 * every frame) and check it. A check the menu left is always taken, so it can never turn up
 * in a later popup; it is shown unless the reader has since selected something else.
 */
import type { VerifyRequest, VerifyResult } from '../../lib/match/types';
import type { SelectionCheck } from '../../lib/protocol';
import type { QcError, Result } from '../../lib/result';
import { checkSelectionText } from '../../lib/scan/checkSelectionText';
import type { FrameSelection } from '../shared/pickFrameSelection';
import type { PendingChecks } from './pendingChecks';
import { selectionRequest } from './selectionRequest';

export interface CheckSelectionDeps {
  readSelection: (tabId: number) => Promise<Result<FrameSelection, QcError>>;
  verify: (request: VerifyRequest) => Promise<Result<VerifyResult, QcError>>;
  pending: PendingChecks;
}

export async function checkSelection(
  tabId: number,
  deps: CheckSelectionDeps,
): Promise<SelectionCheck> {
  const pending = deps.pending.take(tabId);
  const [left, read] = await Promise.all([pending, deps.readSelection(tabId)]);
  const text = read.ok ? read.value.text.trim() : '';
  if (left && (!text || text === left.text)) return { kind: 'from-menu', outcome: left };
  if (read.ok && text) {
    return {
      kind: 'checked',
      outcome: await checkSelectionText(
        selectionRequest(text, read.value),
        deps.verify,
        read.value.page,
      ),
    };
  }
  if (!read.ok && read.error.code === 'unreadable-frame') return { kind: 'unreadable-frame' };
  return { kind: read.ok ? 'nothing-selected' : 'unreadable' };
}
