/**
 * The page scan's part of the one messaging protocol (`lib/protocol.ts` extends it), kept
 * here so the scan's messages live with the scan. Every response is a `Result`.
 */
import type { VerifyRequest, VerifyResult } from '../match/types';
import type { CheckOutcome } from '../protocol';
import type { QcError, Result } from '../result';
import type { ScanReport } from './types';

export interface ScanProtocolMap {
  /**
   * Popup → background: scan the tab's page now (the popup's `activeTab` grant covers the
   * worker): find, check and mark every quotation; answers the report.
   */
  scanPage: { request: { tabId: number }; response: Result<ScanReport, QcError> };
  /** Popup → background: the tab's last scan, or `null` when it has none (or was left). */
  scanState: { request: { tabId: number }; response: Result<ScanReport | null, QcError> };
  /** Popup → background → the page's scan script: scroll to a marked quotation and flash it. */
  revealMark: { request: { tabId: number; id: string }; response: Result<null, QcError> };
  /**
   * The page's scan script → background: check the page's quotations, all in this one
   * message (each answer a `Result`, in the same order).
   */
  verifyBatch: {
    request: { requests: VerifyRequest[] };
    response: Result<Result<VerifyResult, QcError>[], QcError>;
  };
  /** The page's scan script → background: open the card for a marked quotation the reader clicked. */
  openMarkCard: {
    request: { outcome: CheckOutcome; nonce: string };
    response: Result<null, QcError>;
  };
  /** Background → the page's scan script: the report it holds (after the worker restarted). */
  scanReportInPage: { request: null; response: Result<ScanReport | null, QcError> };
  /** Background → the page's scan script: scroll to a mark and flash it. */
  revealInPage: { request: { id: string }; response: Result<null, QcError> };
}

export const SCAN_TYPES: readonly (keyof ScanProtocolMap)[] = [
  'scanPage',
  'scanState',
  'revealMark',
  'verifyBatch',
  'openMarkCard',
  'scanReportInPage',
  'revealInPage',
];
