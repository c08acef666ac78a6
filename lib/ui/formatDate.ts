/**
 * An ISO calendar date (`2021-08-23`) as people read it in `locale`: `23 August 2021` in
 * English, `2021년 8월 23일` in Korean. Returns `null` for anything that is not a real
 * `YYYY-MM-DD` date, so a caller shows "not stated" instead of a wrong day.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

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
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return null;
  }
  const tag = locale.toLowerCase().startsWith('en') ? ENGLISH_DATE_LOCALE : locale;
  try {
    return new Intl.DateTimeFormat(tag, DATE_FORMAT).format(date);
  } catch {
    return new Intl.DateTimeFormat(ENGLISH_DATE_LOCALE, DATE_FORMAT).format(date);
  }
}
