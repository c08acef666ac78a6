/**
 * An ISO calendar date (`2021-08-23`) as people read it in `locale`: `23 August 2021` in
 * English, `2021년 8월 23일` in Korean. Returns `null` for anything that is not a real
 * `YYYY-MM-DD` date, so a caller shows "not stated" instead of a wrong day.
 */
import { isIsoDate } from '../extract/isIsoDate';

/** English UI uses day-month-year (`23 August 2021`), the form the citation style asks for. */
const ENGLISH_DATE_LOCALE = 'en-GB';

/** Day, month by name, year; in UTC, the zone the ISO date was built in (no day shift). */
const DATE_FORMAT: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
};

export function formatDate(iso: string, locale: string): string | null {
  if (!isIsoDate(iso)) return null;
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const tag = locale.toLowerCase().startsWith('en') ? ENGLISH_DATE_LOCALE : locale;
  try {
    return new Intl.DateTimeFormat(tag, DATE_FORMAT).format(date);
  } catch {
    return new Intl.DateTimeFormat(ENGLISH_DATE_LOCALE, DATE_FORMAT).format(date);
  }
}
