/**
 * Separates what lies outside the selection from what the selection changed. A selection
 * of part of a long quote leaves the quote's beginning and end as `delete` runs; those are
 * not edits, just the rest of the quote, so they are shown dimmed rather than struck out.
 * Deletions between kept words stay deletions.
 */
import type { DiffSegment } from '../match/types';

export type QuoteRun = DiffSegment | { op: 'outside'; text: string };

export function splitQuoteEdges(segments: readonly DiffSegment[]): QuoteRun[] {
  const runs: QuoteRun[] = segments.map((segment) => ({ ...segment }));
  const kept = runs.findIndex((run) => run.op === 'equal');
  if (kept === -1) return runs;
  const lastKept = runs.length - 1 - [...runs].reverse().findIndex((run) => run.op === 'equal');
  for (let i = 0; i < runs.length; i++) {
    if ((i < kept || i > lastKept) && runs[i]!.op === 'delete') {
      runs[i] = { op: 'outside', text: runs[i]!.text };
    }
  }
  return runs;
}
