/**
 * The page scan's messages, routed here from `handleMessage`: the popup's scan, its list
 * and "show in the page"; the page's scan script's batch of checks and its request for a
 * mark's card. Every answer a `Result`; messages that are not the scan's get `undefined`.
 */
import type { VerifyRequest, VerifyResult } from '../../lib/match/types';
import type { ProtocolMessage } from '../../lib/protocol';
import { err, ok, type QcError, type Result } from '../../lib/result';
import { SCAN_TYPES } from '../../lib/scan/protocol';
import type { ScanReport } from '../../lib/scan/types';
import type { Translate } from '../../lib/ui/translate';
import type { MessageSender } from './handleMessage';
import type { ScanStore } from './scanStore';

export interface ScanMessageDeps {
  scan: (tabId: number) => Promise<Result<ScanReport, QcError>>;
  verify: (request: VerifyRequest) => Promise<Result<VerifyResult, QcError>>;
  /** Sends a message to the scan script in the tab's top frame; rejects when none is there. */
  sendToPage: (tabId: number, message: ProtocolMessage) => Promise<unknown>;
  showMarkCard: (
    tabId: number,
    request: ProtocolMessage<'openMarkCard'>['data'],
  ) => Promise<Result<null, QcError>>;
  store: ScanStore;
  t: Translate;
}

/** Requests checked in one batch at most: the page script never sends more (`maxQuotations`). */
const MAX_BATCH = 1000;

const badRequest = (t: Translate, type: string) =>
  Promise.resolve(err({ code: 'bad-request', message: t('errorBadRequest', [type]) }));

const isTabId = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

export function handleScanMessage(
  message: ProtocolMessage,
  sender: MessageSender | undefined,
  deps: ScanMessageDeps,
): Promise<Result<unknown, QcError>> | undefined {
  if (!(SCAN_TYPES as readonly string[]).includes(message.type)) return undefined;
  switch (message.type) {
    case 'scanPage': {
      const { data } = message as ProtocolMessage<'scanPage'>;
      if (!isTabId(data?.tabId)) return badRequest(deps.t, message.type);
      return deps.scan(data.tabId);
    }
    case 'scanState': {
      const { data } = message as ProtocolMessage<'scanState'>;
      if (!isTabId(data?.tabId)) return badRequest(deps.t, message.type);
      return scanState(data.tabId, deps);
    }
    case 'revealMark': {
      const { data } = message as ProtocolMessage<'revealMark'>;
      if (!isTabId(data?.tabId) || typeof data.id !== 'string')
        return badRequest(deps.t, message.type);
      const reveal: ProtocolMessage<'revealInPage'> = {
        type: 'revealInPage',
        data: { id: data.id },
      };
      return deps
        .sendToPage(data.tabId, reveal)
        .then(
          (answer): Result<null, QcError> =>
            isResult(answer) ? (answer as Result<null, QcError>) : ok(null),
        )
        .catch(() => err({ code: 'scan-gone', message: deps.t('scanGone') }));
    }
    case 'verifyBatch': {
      const { data } = message as ProtocolMessage<'verifyBatch'>;
      const requests = data?.requests;
      if (!Array.isArray(requests) || requests.length > MAX_BATCH)
        return badRequest(deps.t, message.type);
      return verifyAll(requests, deps.verify);
    }
    case 'openMarkCard': {
      const { data } = message as ProtocolMessage<'openMarkCard'>;
      const tabId = sender?.tab?.id;
      if (!isTabId(tabId) || typeof data?.nonce !== 'string' || typeof data.outcome !== 'object')
        return badRequest(deps.t, message.type);
      return deps.showMarkCard(tabId, data);
    }
    default:
      // Messages for the page's scan script (revealInPage, scanReportInPage): not ours.
      return undefined;
  }
}

const isResult = (v: unknown) => typeof v === 'object' && v !== null && 'ok' in v;

/** The checks of one page, one after another (each check is short; the worker is one thread). */
async function verifyAll(
  requests: readonly VerifyRequest[],
  verify: ScanMessageDeps['verify'],
): Promise<Result<Result<VerifyResult, QcError>[], QcError>> {
  const answers: Result<VerifyResult, QcError>[] = [];
  for (const request of requests) answers.push(await verify(request));
  return ok(answers);
}

/** The tab's last scan: the worker's copy, else the page's own (the worker may have restarted). */
async function scanState(
  tabId: number,
  deps: ScanMessageDeps,
): Promise<Result<ScanReport | null, QcError>> {
  const kept = deps.store.get(tabId);
  if (kept) return ok(kept);
  const ask: ProtocolMessage<'scanReportInPage'> = { type: 'scanReportInPage', data: null };
  try {
    const answer = (await deps.sendToPage(tabId, ask)) as Result<ScanReport | null, QcError>;
    if (isResult(answer) && answer.ok && answer.value && Array.isArray(answer.value.items)) {
      deps.store.put(tabId, answer.value);
      return ok(answer.value);
    }
  } catch {
    // No scan script in the page: it was never scanned, or has been left since.
  }
  return ok(null);
}
