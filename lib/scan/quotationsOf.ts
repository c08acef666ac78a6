/**
 * The quotations of an extraction worth checking, in text order: every direct quotation
 * (attributed or not), and reported speech a named person is given for
 * (`SCAN_CONFIG.includeReported`). A paragraph whose quotation marks pair with nothing is
 * listed by the extractor as unattributed whole: that is not a quotation.
 */
import type { Extraction, FoundQuote } from '../extract/types';
import { SCAN_CONFIG } from './config';

export interface FoundQuotation {
  text: string;
  kind: FoundQuote['kind'];
  speaker: string | null;
  source: string | null;
  /** `[start, end)` in the extraction's text. */
  start: number;
  end: number;
}

export function quotationsOf(
  extraction: Pick<Extraction, 'quotes' | 'unattributed' | 'paragraphs'>,
): FoundQuotation[] {
  const wholeParagraph = new Set(extraction.paragraphs.map((p) => `${p.start}:${p.end}`));
  const out: FoundQuotation[] = [];
  for (const q of extraction.quotes) {
    if (q.kind === 'reported' && !(SCAN_CONFIG.includeReported && q.speaker !== null)) continue;
    out.push(q);
  }
  for (const u of extraction.unattributed) {
    if (u.kind !== 'direct' || wholeParagraph.has(`${u.start}:${u.end}`)) continue;
    out.push({ ...u, speaker: null, source: null });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
