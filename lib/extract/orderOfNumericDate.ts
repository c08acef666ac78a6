import * as chrono from 'chrono-node';

/** Any all-number date with a year: its first part, separator, second part. */
const NUMBERS = /\b(\d{1,2})([./-])(\d{1,2})\2(?:\d{4}|\d{2})\b/g;
/** Most days between an all-number date and a written one that agree ("05.09.2020" after "Sept. 4, 2020"). */
const MAX_DAYS_APART = 3;
/** Lines read for a written date: a page's header and its first paragraphs, where datelines stand. */
const MAX_LINES_FOR_WRITTEN = 12;
/**
 * A time in a North American zone ("04:12pm EST", "1620ET", "9:02 a.m. PDT"): a page that
 * stamps its all-number date so writes it month first, as those countries do.
 */
const NORTH_AMERICAN_TIME = /\b\d{1,2}[:.]?\d{2}\s*(?:[ap]\.?m\.?\s*)?[ECMP][SD]?T\b/i;
/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

/**
 * Which reading of an all-number date a page means (`readings`: month first, day first,
 * as `readDate` gives them), from the page's own evidence, or null when it gives none:
 * another date in the same form whose part above 12 shows the order ("13.09.2020") or
 * that a North American time stamps ("03/11/2022 | 04:12pm EST": month first), else a
 * date written with its month's name near the top ("KUALA LUMPUR, Dec 6 (Bernama)",
 * "ARLINGTON, Texas, Sept. 4, 2020") that agrees, within a few days, with one reading
 * only. A wrong date is worse than "not stated": without such evidence, null.
 */
export function orderOfNumericDate(
  readings: readonly [string, string],
  separator: string,
  lines: readonly string[],
): string | null {
  const orders = new Set<number>();
  for (const line of lines) {
    for (const m of line.matchAll(NUMBERS)) {
      if (m[2] !== separator) continue;
      const [a, b] = [Number(m[1]), Number(m[3])];
      if (a > 12 && b <= 12) orders.add(1);
      if (b > 12 && a <= 12) orders.add(0);
      // "03/11/2022 | 04:12pm EST": a date stamped with a North American time.
      if (a <= 12 && b <= 12 && NORTH_AMERICAN_TIME.test(line.slice((m.index ?? 0) + m[0].length)))
        orders.add(0);
    }
  }
  if (orders.size === 1) return readings[[...orders][0]!]!;
  if (orders.size > 1) return null;
  const agrees = [false, false];
  for (const line of lines.slice(0, MAX_LINES_FOR_WRITTEN)) {
    for (const r of chrono.parse(line)) {
      if (!/\p{L}{3}/u.test(r.text) || !r.start.isCertain('month') || !r.start.isCertain('day'))
        continue;
      readings.forEach((iso, i) => {
        const year = r.start.isCertain('year') ? r.start.get('year')! : Number(iso.slice(0, 4));
        const written = Date.UTC(year, r.start.get('month')! - 1, r.start.get('day')!);
        if (Math.abs(written - Date.parse(iso)) <= MAX_DAYS_APART * DAY_MS) agrees[i] = true;
      });
    }
  }
  if (agrees[0] === agrees[1]) return null;
  return agrees[0] ? readings[0] : readings[1];
}
