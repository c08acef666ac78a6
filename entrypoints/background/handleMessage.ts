/**
 * The background's message router: one handler per protocol request, each answering a
 * `Result`. Messages that are not ours, or not for the background (`showCard` goes to the
 * in-page card), get no answer (`undefined`), so other listeners can take them.
 */
import {
  type CorpusSummary,
  isProtocolMessage,
  type ProtocolMessage,
  type SelectionCheck,
} from '../../lib/protocol';
import { err, ok, type QcError, type Result } from '../../lib/result';
import { summarizeCorpus } from '../../lib/ui/summarizeCorpus';
import type { Translate } from '../../lib/ui/translate';
import type { FrameSelection } from '../shared/pickFrameSelection';
import { checkSelection } from './checkSelection';
import { handleScanMessage, type ScanMessageDeps } from './handleScanMessage';
import type { GetMatcher } from './matcherHost';
import type { PendingChecks } from './pendingChecks';
import { verifyWith } from './verifyWith';

export interface MessageDeps {
  getMatcher: GetMatcher;
  readSelection: (tabId: number) => Promise<Result<FrameSelection, QcError>>;
  /** Gives focus back to what had it in that frame of that tab (the card closed). */
  restoreFocus: (tabId: number, frameId: number) => Promise<void>;
  pending: PendingChecks;
  t: Translate;
  /** The page scan's messages (`handleScanMessage`); without it they get no answer. */
  scan?: Omit<ScanMessageDeps, 't' | 'verify'>;
}

/** Who sent a message: for the card, the tab it is in. */
export interface MessageSender {
  tab?: { id?: number };
}

type AnyResponse = Result<unknown, QcError>;

export function createMessageHandler(deps: MessageDeps) {
  return (message: unknown, sender?: MessageSender): Promise<AnyResponse> | undefined => {
    if (!isProtocolMessage(message)) return undefined;
    if (deps.scan) {
      const verify: ScanMessageDeps['verify'] = (request) =>
        verifyWith(deps.getMatcher, request, deps.t);
      const scanned = handleScanMessage(message, sender, { ...deps.scan, verify, t: deps.t });
      if (scanned) return scanned;
    }
    switch (message.type) {
      case 'checkSelection': {
        const { data } = message as ProtocolMessage<'checkSelection'>;
        if (typeof data?.tabId !== 'number') {
          return Promise.resolve(
            err({ code: 'bad-request', message: deps.t('errorBadRequest', ['checkSelection']) }),
          );
        }
        return checkSelection(data.tabId, {
          readSelection: deps.readSelection,
          verify: (request) => verifyWith(deps.getMatcher, request, deps.t),
          pending: deps.pending,
        }).then((found) => ok<SelectionCheck>(found));
      }
      case 'verify': {
        const { data } = message as ProtocolMessage<'verify'>;
        return verifyWith(deps.getMatcher, data, deps.t);
      }
      case 'corpusSummary':
        return corpusSummary(deps);
      case 'cardClosed': {
        const { data } = message as ProtocolMessage<'cardClosed'>;
        const tabId = sender?.tab?.id;
        if (typeof data?.frameId !== 'number' || typeof tabId !== 'number') {
          return Promise.resolve(
            err({ code: 'bad-request', message: deps.t('errorBadRequest', ['cardClosed']) }),
          );
        }
        return deps.restoreFocus(tabId, data.frameId).then(
          () => ok(null),
          () => ok(null),
        );
      }
      default:
        return undefined;
    }
  };
}

/** What the bundled corpus holds (the reader's own corpus is listed apart, issue 11). */
async function corpusSummary(deps: MessageDeps): Promise<Result<CorpusSummary, QcError>> {
  const matcher = await deps.getMatcher();
  if (!matcher.ok) {
    return err({
      code: matcher.error.code,
      message: deps.t('errorCorpus', [matcher.error.message]),
    });
  }
  const bundled = matcher.value.segments.segments.filter((s) => s.origin === 'bundled');
  const corpora = bundled.map((s) => s.toCorpus());
  return ok(
    summarizeCorpus({
      schemaVersion: 1,
      speakers: corpora.flatMap((c) => c.speakers),
      articles: corpora.flatMap((c) => c.articles),
      quotes: corpora.flatMap((c) => c.quotes),
      narration: corpora.flatMap((c) => c.narration),
    }),
  );
}
