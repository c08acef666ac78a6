import * as chrono from 'chrono-node';
import { isIsoDate } from './isIsoDate.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from './patterns.ts';

/** A date as written in metadata: `2015-07-24`, `2015-07-24T05:36:09+01:00` (the date as printed, no time-zone shift). */
const ISO_START = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;

export interface ReadDate {
  /** Null when the date is all numbers whose order the text does not give (`readings`). */
  iso: string | null;
  /**
   * "05.09.2020", "06/12/2018": both orders make a date, month first and day first (in
   * that order). Which one the page means is for its other dates to tell
   * (`orderOfNumericDate`); alone, such a date states nothing sure.
   */
  readings?: readonly [string, string];
  /** Where the date's words start and end in the text. */
  index: number;
  end: number;
}

/** A month's full name with a stop after it, before the day: "April. 29". */
const FULL_MONTH_STOP =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December)\.(?=\s*\d)/gi;

/** A year glued to a capitalised word after it: "2018Updated", "2014Harbour". */
const GLUED_YEAR = /\b((?:19|20)\d{2})\p{Lu}(?=\p{Ll})/gu;

const pad = (n: number) => String(n).padStart(2, '0');

/** A month's name, full or cut to its first three letters ("Oct", "October"). */
const MONTH = `(?:${MONTH_NAMES.map((m) => `${m.slice(0, 3)}(?:${m.slice(3)})?`).join('|')})`;

/**
 * A name glued to the day of a date after it, as a copy joins a byline and its date
 * ("Ada Quill8 June 2016"): the name's last letter, to be read as a space (indices stay).
 */
const GLUED_DAY = new RegExp(`\\p{Ll}(?=\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\b)`, 'giu');

/** A date as Chinese and Japanese pages print it: "2014年 2月 11日". */
const CJK_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

/**
 * A blog template's stamp with a two-digit year after the day and its weekday before the
 * month ("Fri, Mar 09 12 10:15 AM"): the year is read only when that weekday is the one
 * the date fell on in 20YY, so the weekday vouches for the year.
 */
const WEEKDAY_SHORT_YEAR = new RegExp(
  `^\\s*(${WEEKDAY_NAMES.map((d) => d.slice(0, 3)).join('|')})[a-z]*\\.?,?\\s+(${MONTH})\\.?\\s+(\\d{1,2}),?\\s+'?(\\d{2})(?![\\d:])`,
  'i',
);

/** The date of a weekday-vouched stamp with a two-digit year (`WEEKDAY_SHORT_YEAR`), or null. */
function weekdayShortYear(text: string): ReadDate | null {
  const m = WEEKDAY_SHORT_YEAR.exec(text);
  if (!m) return null;
  const month = MONTH_NAMES.findIndex((n) => n.startsWith(m[2]!.slice(0, 3).toLowerCase()));
  const value = `20${m[4]}-${pad(month + 1)}-${pad(Number(m[3]))}`;
  if (!isIsoDate(value)) return null;
  const weekday = WEEKDAY_NAMES.findIndex((d) => d.startsWith(m[1]!.toLowerCase()));
  // WEEKDAY_NAMES runs from Monday; getUTCDay from Sunday.
  if ((new Date(value).getUTCDay() + 6) % 7 !== weekday) return null;
  return { iso: value, index: m.index + m[0].length - m[0].trimStart().length, end: m[0].length };
}

/** A date written in numbers only, day and month in either order: "05.09.2020", "6/12/2018", "5-9-2020". */
const NUMERIC_DATE = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})\b/;

/** The two readings of an all-number date when both make a date and differ, else null. */
function numericReadings(text: string): readonly [string, string] | null {
  const m = NUMERIC_DATE.exec(text);
  if (!m) return null;
  const [a, b, year] = [Number(m[1]), Number(m[3]), m[4]];
  if (a === b || a > 12 || b > 12) return null;
  const monthFirst = `${year}-${pad(a)}-${pad(b)}`;
  const dayFirst = `${year}-${pad(b)}-${pad(a)}`;
  return isIsoDate(monthFirst) && isIsoDate(dayFirst) ? [monthFirst, dayFirst] : null;
}

/**
 * The first full calendar date a text states, as `YYYY-MM-DD`, with where it stands: ISO
 * (`2021-08-23 18:05 KST`), `Jun 27, 2021 - 20:02`, `17:25 June 08, 2022`, `November 15,
 * 2023 at 3:12 p.m. EST`, `15 Nov 2023`, `2023.11.15` (chrono-node reads them). Only a
 * date whose year, month and day are all written counts: a dateline without a year
 * ("SEOUL, Nov. 3 (Yonhap)") states no date, however sure a parser would be of the year;
 * an all-number date whose day and month could be either way round gives its two
 * `readings` and no `iso`.
 */
export function readDate(printed: string): ReadDate | null {
  // "April. 29, 2015": a month's full name printed with a stop, as some sites do (the stop
  // becomes a space, so that every index stays where it was).
  // "November 12, 2018Updated …": a year glued to the next word, as a copy joins two spans
  // (that word's capital becomes a space: every index stays where it was).
  // "Ada Quill8 June 2016": a name glued to the day (its last letter becomes a space).
  const text = printed
    .replace(FULL_MONTH_STOP, '$1 ')
    .replace(GLUED_YEAR, '$1 ')
    .replace(GLUED_DAY, ' ');
  const cjk = CJK_DATE.exec(text);
  if (cjk) {
    const value = `${cjk[1]}-${pad(Number(cjk[2]))}-${pad(Number(cjk[3]))}`;
    if (isIsoDate(value)) return { iso: value, index: cjk.index, end: cjk.index + cjk[0].length };
  }
  const stamp = weekdayShortYear(text);
  if (stamp) return stamp;
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
    const at = { index: r.index, end: r.index + r.text.length };
    // Month first is only the parser's habit: "05.09.2020" is 5 September on most pages.
    const readings = numericReadings(r.text);
    if (readings) return { iso: null, readings, ...at };
    if (isIsoDate(value)) return { iso: value, ...at };
  }
  return null;
}

/** A date in numbers with a two-digit year: "6/27/13", "01-31-00", a release's "07.14.16". */
const SHORT_YEAR_DATE = /^(\d{1,2})([./-])(\d{1,2})\2\d{2}$/;

/**
 * The first date in numbers with a two-digit year a text states ("6/27/13", "(6-24-22)",
 * "01/31/00", "07.14.16"), as chrono-node reads it, month first, when its order is beyond doubt: one
 * of its first two numbers is over 12. "6/7/13" could be either way round: null.
 */
export function readShortYearDate(text: string): ReadDate | null {
  for (const r of chrono.parse(text)) {
    const m = SHORT_YEAR_DATE.exec(r.text);
    if (!m || (Number(m[1]) <= 12 && Number(m[3]) <= 12)) continue;
    const s = r.start;
    const value = `${s.get('year')}-${pad(s.get('month') ?? 0)}-${pad(s.get('day') ?? 0)}`;
    if (isIsoDate(value)) return { iso: value, index: r.index, end: r.index + r.text.length };
  }
  return null;
}
