/**
 * The one messaging protocol between the extension's contexts (popup, options page,
 * in-page card, background worker). Every request names its `type`; every response is
 * a `Result`, so a failure travels as a value with a sentence a person can act on.
 *
 * Pure types plus a guard: no browser APIs here, so both sides and the tests share it.
 */
import type { Article } from './corpus/schema';
import type { VerifyRequest, VerifyResult } from './match/types';
import type { ArticleDraft } from './reader/ArticleDraft';
import type { QcError, Result } from './result';
import { SCAN_TYPES, type ScanProtocolMap } from './scan/protocol';
import type { EntryRecord } from './store/readerDb';

/** What the options page shows about the bundled corpus. */
export interface CorpusSummary {
  quotes: number;
  speakers: number;
  articles: number;
  sources: CorpusSource[];
}

/** A source of the bundled corpus as the options page lists it: the article's fields and its quote count. */
export interface CorpusSource
  extends Pick<Article, 'id' | 'title' | 'outlet' | 'url' | 'published' | 'dateSource'> {
  quotes: number;
}

/** One finished check: what was checked and what the matcher answered (or why it could not). */
export interface CheckOutcome {
  text: string;
  result: Result<VerifyResult, QcError>;
  /** The page the text was read on (for "Copy as ClaimReview"); absent for typed text. */
  page?: PageRef;
  /**
   * A selection holding several quotations (or running past what the matcher reads):
   * each quotation's part of it checked on its own, with the speaker the page gives it,
   * in page order. `result` is then the part the reader most needs to see (a
   * misattribution, then altered words, …: `worstPart`).
   */
  parts?: CheckOutcome[];
  /** For `parts`: characters of the selection read, when it was longer than that. */
  covered?: { readChars: number; totalChars: number };
}

/** A page as its tab names it. */
export interface PageRef {
  url: string;
  title: string;
}

/**
 * What the popup finds as it opens: the selection checked; or the check "Check quote" ran in
 * this tab when it could not show the card in the page (it opened the popup instead; taken
 * once); or nothing selected; or a page the browser keeps extensions out of.
 */
export type SelectionCheck =
  | { kind: 'checked'; outcome: CheckOutcome }
  | { kind: 'from-menu'; outcome: CheckOutcome }
  | { kind: 'nothing-selected' }
  | { kind: 'unreadable' }
  /** Nothing selected we could read, and focus is in a frame the browser keeps us out of. */
  | { kind: 'unreadable-frame' };

/** What the background hands the in-page card (in the tab's top frame). */
export interface ShowCardRequest {
  outcome: CheckOutcome;
  /**
   * When the selection is in a frame below the top one: that frame's id, and the nonce of
   * the probe that told the top frame where the selection sits (`frameProbe.ts`).
   */
  frame?: { frameId: number; nonce: string } | null;
  /**
   * For a quotation the page scan marked and the reader clicked: the nonce under which the
   * scan's script (same extension world of the top frame) left the quotation's range.
   */
  mark?: { nonce: string } | null;
}

/** An article the reader added before, from the same address (the review asks before replacing it). */
export interface ExistingArticle {
  entryId: string;
  title: string;
  /** YYYY-MM-DD. */
  addedAt: string;
}

/** What the review page gets for its token: the page's draft, and the copy of it added before, if any. */
export interface DraftView {
  draft: ArticleDraft;
  existing: ExistingArticle | null;
}

/** "Save to my corpus": saved, or not yet because the address was added before (ask, then replace). */
export type SaveOutcome =
  | { kind: 'saved'; entry: EntryRecord }
  | { kind: 'exists'; existing: ExistingArticle };

export interface ProtocolMap extends ScanProtocolMap {
  /**
   * Popup → background, as the popup opens: read the selection and its paragraph in this tab
   * (on the popup's `activeTab` grant) and check it, in one round trip; failing that, hand
   * over the check the menu or shortcut left for the popup.
   */
  checkSelection: { request: { tabId: number }; response: Result<SelectionCheck, QcError> };
  /** Popup → background: check a text (typed, or read from the page with its paragraph). */
  verify: { request: VerifyRequest; response: Result<VerifyResult, QcError> };
  /** Options page → background: what the bundled corpus holds. */
  corpusSummary: { request: null; response: Result<CorpusSummary, QcError> };
  /**
   * Background → in-page card (content script): show this outcome next to the selection.
   * `card-hidden` when the page kept it from showing (the background opens the popup).
   */
  showCard: { request: ShowCardRequest; response: Result<null, QcError> };
  /**
   * In-page card → background, as it closes: give focus back to the element it had in the
   * frame the selection was in (the card lives in the top frame; it cannot reach there).
   */
  cardClosed: { request: { frameId: number }; response: Result<null, QcError> };
  /**
   * Popup → background ("Add this article"): read the article in this tab (on the popup's
   * `activeTab` grant) and open its review in a new tab.
   */
  addArticle: { request: { tabId: number }; response: Result<null, QcError> };
  /** Review page → background: the draft read from the page (`token` from the page's address). */
  articleDraft: { request: { token: string }; response: Result<DraftView, QcError> };
  /** Review page → background: save the reviewed article; `replace`: the entry it replaces. */
  saveArticle: {
    request: { draft: ArticleDraft; replace: string | null };
    response: Result<SaveOutcome, QcError>;
  };
  /** Options page → background: remove an article or import from every answer and from storage. */
  removeEntry: { request: { entryId: string }; response: Result<null, QcError> };
  /** Options page → background: an import was committed; search its segments from now on. */
  importCommitted: { request: { entryId: string }; response: Result<null, QcError> };
  /** Options page → background: which of these article ids the reader's corpus holds already. */
  knownArticles: { request: { ids: string[] }; response: Result<string[], QcError> };
}

export type ProtocolType = keyof ProtocolMap;
export type ProtocolRequest<K extends ProtocolType> = ProtocolMap[K]['request'];
export type ProtocolResponse<K extends ProtocolType> = ProtocolMap[K]['response'];

/** The envelope every message travels in. */
export interface ProtocolMessage<K extends ProtocolType = ProtocolType> {
  type: K;
  data: ProtocolRequest<K>;
}

const TYPES: readonly ProtocolType[] = [
  'checkSelection',
  'verify',
  'corpusSummary',
  'showCard',
  'cardClosed',
  'addArticle',
  'articleDraft',
  'saveArticle',
  'removeEntry',
  'importCommitted',
  'knownArticles',
  ...SCAN_TYPES,
];

/** True when `value` is an envelope of one of our message types (other senders may exist). */
export function isProtocolMessage(value: unknown): value is ProtocolMessage {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' && (TYPES as readonly string[]).includes(type);
}
