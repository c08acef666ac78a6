/**
 * What a page scan finds and reports: the page's quotations as the page prints and
 * attributes them, each checked against the corpus, and what the scan covered.
 */
import type { QuoteKind } from '../corpus/schema';
import type { VerifyResult } from '../match/types';
import type { QcError, Result } from '../result';
import type { CardVerdict } from '../ui/verdictStyle';

/** One quotation of the page, as the page prints it and says who spoke. */
export interface PageQuotation {
  /** Its place in page order, as an id: `q1`, `q2`, … */
  id: string;
  /** The quoted words as the page prints them. */
  text: string;
  kind: QuoteKind;
  /** The person the page gives it to (as the page names them), or `null`. */
  speaker: string | null;
  /** An unnamed source as the page prints it ("a senior official"), or `null`. */
  source: string | null;
}

/** A quotation checked: the matcher's answer and the verdict the reader sees. */
export interface ScanItem extends PageQuotation {
  result: Result<VerifyResult, QcError>;
  verdict: CardVerdict;
  /** Whether it is marked in the page (a known quotation whose place was found). */
  marked: boolean;
}

/** What the scan read, so a partial result says what it covered. */
export interface ScanCoverage {
  /** Characters of text on the page (its body) and how many of them the scan read. */
  pageChars: number;
  readChars: number;
  /** Characters of article text the extractor read, and the article's whole length. */
  articleChars: number;
  articleTotalChars: number;
  /** Quotations found, and how many of them were checked (`maxQuotations`). */
  found: number;
  checked: number;
  /** No article text was found on the page (Readability found none). */
  noArticle: boolean;
  /** Embedded frames of the page, which the scan does not read. */
  frames: number;
  /** Known quotations the scan could not mark: the page changed them before they were marked. */
  lost: number;
}

/** How the marks are drawn: the CSS Custom Highlight API, or boxes in our own overlay. */
export type MarkPath = 'highlights' | 'overlay';

export interface ScanReport {
  /** The page scanned, as the tab shows it. */
  page: { url: string; title: string };
  /** Every quotation checked, in page order. */
  items: ScanItem[];
  coverage: ScanCoverage;
  path: MarkPath;
  /** Milliseconds: reading and anchoring, the checks (the worker's round trip), marking, all. */
  timings: { readMs: number; checkMs: number; markMs: number; totalMs: number };
}
