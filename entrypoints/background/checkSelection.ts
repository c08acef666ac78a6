/**
 * The popup's first question as it opens, answered in one round trip: read the selection
 * and its paragraph in the tab (the popup's `activeTab` grant covers the worker too) and
 * check it; with nothing selected, hand over the check "Check quote" left for the popup.
 */
import type { VerifyRequest, VerifyResult } from '../../lib/match/types';
import type { SelectionCheck } from '../../lib/protocol';
import type { QcError, Result } from '../../lib/result';
import type { PageSelection } from '../shared/readSelectionInPage';
import type { PendingChecks } from './pendingChecks';

export interface CheckSelectionDeps {
  readSelection: (tabId: number) => Promise<Result<PageSelection, QcError>>;
  verify: (request: VerifyRequest) => Promise<Result<VerifyResult, QcError>>;
  pending: PendingChecks;
}

export async function checkSelection(
  tabId: number,
  deps: CheckSelectionDeps,
): Promise<SelectionCheck> {
  const read = await deps.readSelection(tabId);
  const text = read.ok ? read.value.text.trim() : '';
  if (read.ok && text) {
    const context = read.value.context;
    return {
      kind: 'checked',
      outcome: { text, result: await deps.verify({ text, ...(context ? { context } : {}) }) },
    };
  }
  const pending = deps.pending.take(tabId);
  if (pending) return { kind: 'from-menu', outcome: pending };
  return { kind: read.ok ? 'nothing-selected' : 'unreadable' };
}
