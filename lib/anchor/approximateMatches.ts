/**
 * Where a pattern occurs in a text with at most `maxErrors` edits (insertions,
 * deletions, substitutions of one character). Semi-global edit distance (Sellers): the
 * match may start and end anywhere in the text. The table is filled one text position
 * at a time, and only down to the last pattern row still within `maxErrors` (Ukkonen's
 * cut-off), so the work is about text length × maxErrors, not × pattern length. Each
 * cell carries where its best match started, so a match comes out with both ends.
 */

export interface ApproximateMatch {
  /** Offsets in the text. */
  start: number;
  end: number;
  errors: number;
}

/**
 * The best matches, fewest edits first, none overlapping another already taken; at most
 * `limit` of them.
 */
export function approximateMatches(
  text: string,
  pattern: string,
  maxErrors: number,
  limit: number,
): ApproximateMatch[] {
  const m = pattern.length;
  const k = Math.max(0, Math.floor(maxErrors));
  if (m === 0 || text.length === 0 || k >= m) return [];
  const over = k + 1; // any cost past the limit
  let prevCost = new Int32Array(m + 1);
  let prevFrom = new Int32Array(m + 1);
  let cost = new Int32Array(m + 1);
  let from = new Int32Array(m + 1);
  // Column 0 (no text read): matching i pattern characters costs i deletions.
  for (let i = 0; i <= m; i++) prevCost[i] = i <= k ? i : over;
  let lastActive = Math.min(m, k);
  const found: ApproximateMatch[] = [];
  for (let j = 1; j <= text.length; j++) {
    const c = text.charCodeAt(j - 1);
    cost[0] = 0;
    from[0] = j; // a match may start here
    const top = Math.min(m, lastActive + 1);
    for (let i = 1; i <= top; i++) {
      // Diagonal: pattern[i-1] against text[j-1].
      let best = prevCost[i - 1]! + (pattern.charCodeAt(i - 1) === c ? 0 : 1);
      let start = i - 1 === 0 ? j - 1 : prevFrom[i - 1]!;
      // Up: pattern[i-1] left out of the text.
      const up = cost[i - 1]! + 1;
      if (up < best) {
        best = up;
        start = from[i - 1]!;
      }
      // Left: text[j-1] extra, not in the pattern.
      const left = prevCost[i]! + 1;
      if (left < best) {
        best = left;
        start = prevFrom[i]!;
      }
      cost[i] = Math.min(best, over);
      from[i] = start;
    }
    if (top < m) cost[top + 1] = over;
    lastActive = top;
    while (lastActive > 0 && cost[lastActive]! > k) lastActive--;
    if (lastActive === m) found.push({ start: from[m]!, end: j, errors: cost[m]! });
    [prevCost, cost] = [cost, prevCost];
    [prevFrom, from] = [from, prevFrom];
  }
  found.sort(
    (a, b) => a.errors - b.errors || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const taken: ApproximateMatch[] = [];
  for (const f of found) {
    if (taken.length >= limit) break;
    if (taken.every((t) => f.end <= t.start || f.start >= t.end)) taken.push(f);
  }
  return taken;
}

/** Edit distance between two short strings (the context on either side of a match). */
export function editDistance(a: string, b: string): number {
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur.push(
        Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)),
      );
    }
    prev = cur;
  }
  return prev[b.length]!;
}
