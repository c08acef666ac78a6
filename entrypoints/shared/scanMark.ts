/**
 * The hand-over between the page scan's script and the card's, which share the extension's
 * world of the tab's top frame: when the reader clicks a marked quotation, the scan leaves
 * its range here under a one-time nonce, and the card (injected by the worker with that
 * nonce) stands next to it. Nothing of the page travels in the messages.
 */
export const SCAN_MARK_KEY = '__quoteCheckScanMark';

export interface ScanMarkRecord {
  nonce: string;
  range: Range;
}
