/**
 * What the popup asks as it opens, started before its first render: the active tab's id,
 * then one round trip to the worker, which reads the selection and checks it.
 */
import type { SelectionCheck } from '../../lib/protocol';
import { ok, type QcError, type Result } from '../../lib/result';
import { sendMessage } from '../shared/sendMessage';
import { activeTabId } from './activeTabId';

export async function firstCheck(): Promise<Result<SelectionCheck, QcError>> {
  const tabId = await activeTabId();
  if (tabId === null) return ok({ kind: 'unreadable' });
  return sendMessage('checkSelection', { tabId });
}
