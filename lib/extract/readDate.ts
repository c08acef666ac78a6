import * as chrono from 'chrono-node';
import { isIsoDate } from './isIsoDate.ts';

/** A date as written in metadata: `2015-07-24`, `2015-07-24T05:36:09+01:00` (the date as printed, no time-zone shift). */
const ISO_START = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;

export interface ReadDate {
  iso: string;
  /** Where the date's words start and end in the text. */
  index: number;
  end: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The first full calendar date a text states, as `YYYY-MM-DD`, with where it stands: ISO
 * (`2021-08-23 18:05 KST`), `Jun 27, 2021 - 20:02`, `17:25 June 08, 2022`, `November 15,
 * 2023 at 3:12 p.m. EST`, `15 Nov 2023`, `2023.11.15` (chrono-node reads them). Only a
 * date whose year, month and day are all written counts: a dateline without a year
 * ("SEOUL, Nov. 3 (Yonhap)") states no date, however sure a parser would be of the year.
 */
export function readDate(text: string): ReadDate | null {
  const iso = ISO_START.exec(text);
  if (iso) {
    const value = `${iso[1]}-${iso[2]}-${iso[3]}`;
    return isIsoDate(value) ? { iso: value, index: 0, end: iso[0].length } : null;
  }
  for (const r of chrono.parse(text)) {
    const s = r.start;
    if (!s.isCertain('year') || !s.isCertain('month') || !s.isCertain('day')) continue;
    // "today", "Tuesday": certain only relative to the day it is read, not a stated date.
    if (!/\d{4}/.test(r.text)) continue;
    const value = `${s.get('year')}-${pad(s.get('month') ?? 0)}-${pad(s.get('day') ?? 0)}`;
    if (isIsoDate(value)) return { iso: value, index: r.index, end: r.index + r.text.length };
  }
  return null;
}
