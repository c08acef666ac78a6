/**
 * The page-scan machinery on a reader's selection (issue #9, item 5): the quotations a
 * selection holds, each with the speaker the page gives it, read by the extractor from the
 * selection's paragraphs (the context, with the selection's offsets in it) or, without
 * them, from the selected text itself. Used when a selection holds two quotations or more
 * (each gets its own verdict and speaker) or runs past what the matcher reads (every
 * quotation inside it is checked, rather than the text being cut).
 */

import { offsetsWithin } from '../anchor/offsetsWithin';
import type { QuoteKind } from '../corpus/schema';
import { extractArticle } from '../extract/extractArticle';
import { readableText } from '../extract/readableText';
import { MATCH_CONFIG } from '../match/config';
import { SCAN_CONFIG } from './config';
import { quotationsOf } from './quotationsOf';

export interface SelectionPart {
  /** The selection's part of the quotation (all of it when the whole quotation is selected). */
  text: string;
  kind: QuoteKind;
  speaker: string | null;
  source: string | null;
}

export interface SelectionRead {
  parts: SelectionPart[];
  /** Characters of the selection read (all of them unless it ran past `selectionMaxChars`). */
  readChars: number;
  totalChars: number;
}

export interface SelectionInput {
  text: string;
  context?: string;
  at?: { start: number; end: number };
}

const wordCount = (s: string) => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** `null` when the selection is one quotation (or none) within what the matcher reads. */
export function selectionQuotations(
  input: SelectionInput,
  maxChars: number = SCAN_CONFIG.selectionMaxChars,
): SelectionRead | null {
  const text = typeof input.text === 'string' ? input.text : '';
  const context = typeof input.context === 'string' ? input.context : '';
  const at = context === '' ? null : offsetsWithin(input.at, context.length);
  const base = at ? context : text;
  let start = at ? at.start : 0;
  let end = at ? at.end : text.length;
  const totalChars = end - start;
  // A window of at most `maxChars` from a little before the selection: its paragraph's
  // attribution ("Lee said: “…") is read, a megabyte of page is not.
  const from = Math.max(0, start - Math.min(start, 2000));
  const window = base.slice(from, from + maxChars);
  start -= from;
  end = Math.min(end - from, window.length);
  const readChars = Math.max(0, end - start);

  const readable = readableText(window);
  const s = readable.toText(start);
  const e = readable.toText(end);
  const lines = readable.text
    .split('\n')
    .map((t, i) => ({ text: t, line: i + 1, role: 'body' as const }));
  const extraction = extractArticle(lines);
  if (extraction.text !== readable.text) return null;

  const parts: SelectionPart[] = [];
  for (const q of quotationsOf(extraction)) {
    const a = Math.max(q.start, s);
    const b = Math.min(q.end, e);
    if (b <= a) continue;
    const part = readable.text.slice(a, b).trim();
    if (wordCount(part) < MATCH_CONFIG.minWords) continue;
    parts.push({ text: part, kind: q.kind, speaker: q.speaker, source: q.source });
  }
  const long = text.length > MATCH_CONFIG.readCharLimit;
  if (parts.length >= 2 || (long && parts.length === 1)) return { parts, readChars, totalChars };
  return null;
}
