/**
 * What a scan comes to, for the legend, the popup and the badge: how many quotations the
 * corpus knows, how many of each verdict, how many are altered or misattributed (the
 * badge's number), and what the scan did not cover.
 */
import { isMarkedVerdict, MARKED_VERDICTS, type MarkedVerdict } from './markStyles';
import type { ScanCoverage, ScanItem } from './types';

export interface ScanSummary {
  /** Quotations found on the page and checked. */
  checked: number;
  /** Of those, the ones the corpus knows (a source quote, or a source's narration). */
  known: number;
  /** Altered or misattributed: what the badge counts. */
  flagged: number;
  /** Known quotations per verdict, in the legend's order; verdicts with none left out. */
  byVerdict: { verdict: MarkedVerdict; count: number }[];
  /** Known quotations marked in the page. */
  marked: number;
}

export function summarizeScan(items: readonly Pick<ScanItem, 'verdict' | 'marked'>[]): ScanSummary {
  const counts = new Map<MarkedVerdict, number>();
  let marked = 0;
  for (const item of items) {
    if (!isMarkedVerdict(item.verdict)) continue;
    counts.set(item.verdict, (counts.get(item.verdict) ?? 0) + 1);
    if (item.marked) marked++;
  }
  const byVerdict = MARKED_VERDICTS.filter((v) => counts.has(v)).map((verdict) => ({
    verdict,
    count: counts.get(verdict)!,
  }));
  return {
    checked: items.length,
    known: byVerdict.reduce((n, v) => n + v.count, 0),
    flagged: (counts.get('altered') ?? 0) + (counts.get('misattributed') ?? 0),
    byVerdict,
    marked,
  };
}

/** What the scan left out, one kind per line, in the order a reader needs them. */
export type CoverageNote =
  | { kind: 'no-article' }
  | { kind: 'page-cut'; readChars: number; pageChars: number }
  | { kind: 'article-cut'; readChars: number; totalChars: number }
  | { kind: 'not-all-checked'; checked: number; found: number }
  | { kind: 'frames'; frames: number }
  | { kind: 'lost'; lost: number };

export function coverageNotes(c: ScanCoverage): CoverageNote[] {
  const notes: CoverageNote[] = [];
  if (c.noArticle) notes.push({ kind: 'no-article' });
  if (c.readChars < c.pageChars)
    notes.push({ kind: 'page-cut', readChars: c.readChars, pageChars: c.pageChars });
  if (c.articleChars < c.articleTotalChars)
    notes.push({ kind: 'article-cut', readChars: c.articleChars, totalChars: c.articleTotalChars });
  if (c.checked < c.found)
    notes.push({ kind: 'not-all-checked', checked: c.checked, found: c.found });
  if (c.frames > 0) notes.push({ kind: 'frames', frames: c.frames });
  if (c.lost > 0) notes.push({ kind: 'lost', lost: c.lost });
  return notes;
}
