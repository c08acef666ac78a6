/**
 * Which marked quotation a click landed on. Highlights receive no events, so the scan
 * hit-tests the click point against the client rectangles of the marked ranges (a
 * quotation over several lines has one per line). Pure: the rectangles are passed in.
 */

export interface RectLike {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface MarkRects {
  id: string;
  rects: readonly RectLike[];
}

/**
 * Pixels around a line box that still count as on it: the gap between lines, a click just
 * below the underline. Smaller than half a line of body text, so a click is never on two
 * lines at once.
 */
const SLOP_PX = 2;

/** The id of the mark under (x, y), the innermost (smallest) when marks overlap; else null. */
export function markAt(x: number, y: number, marks: readonly MarkRects[]): string | null {
  let best: { id: string; area: number } | null = null;
  for (const mark of marks) {
    for (const r of mark.rects) {
      if (r.right <= r.left || r.bottom <= r.top) continue;
      if (x < r.left - SLOP_PX || x > r.right + SLOP_PX) continue;
      if (y < r.top - SLOP_PX || y > r.bottom + SLOP_PX) continue;
      const area = mark.rects.reduce((a, q) => a + (q.right - q.left) * (q.bottom - q.top), 0);
      if (!best || area < best.area) best = { id: mark.id, area };
      break;
    }
  }
  return best?.id ?? null;
}
