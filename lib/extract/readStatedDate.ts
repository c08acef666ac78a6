import { isIsoDate } from './isIsoDate.ts';

/** Labels that introduce a publication date on a captured page ("Posted on :", "Published :"). */
const PUBLISHED_LABEL = /\b(?:posted|published|first published)(?:\s+on)?\s*:?\s*/i;
/** Labels of a later revision: their date is read only when no publication label is present. */
const UPDATED_LABEL = /\b(?:updated|modified|last updated)(?:\s+on)?\s*:?\s*/i;
/** A line that starts with a date label and a date ("Posted on : 2021…", "Published 14 March 2024"). */
export const DATE_LINE =
  /^(?:posted|published|first published|updated|modified|last updated|date)(?:\s+on)?\s*(?::|(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s))/i;

const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');

/** True for a date line that gives the publication date (not only an update). */
export const isPublicationLine = (line: string): boolean =>
  /^(?:posted|published|first published)\b/i.test(line.trim());

export type StatedDate = { ok: true; iso: string } | { ok: false; text: string };

/**
 * Reads the publication date a date line states: ISO (`2021-08-23 18:05 KST`),
 * `Oct. 29, 2020 - 09:16`, `October 29, 2020` or `29 October 2020`. Returns null when the
 * line is not a date line; `{ok: false}` when it is one but its date cannot be read.
 */
export function readStatedDate(line: string): StatedDate | null {
  const text = line.trim();
  if (!DATE_LINE.test(text)) return null;
  const label = PUBLISHED_LABEL.exec(text) ?? UPDATED_LABEL.exec(text);
  const rest = label
    ? text.slice(label.index + label[0].length)
    : text.replace(/^date\s*:?\s*/i, '');
  const iso = readDate(rest);
  return iso ? { ok: true, iso } : { ok: false, text };
}

function readDate(text: string): string | null {
  const pad = (n: number) => String(n).padStart(2, '0');
  const iso = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})\b/.exec(text);
  if (iso) return checked(`${iso[1]}-${pad(Number(iso[2]))}-${pad(Number(iso[3]))}`);
  const mdy = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(text);
  if (mdy) return fromParts(mdy[3]!, mdy[1]!, mdy[2]!);
  const dmy = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(text);
  if (dmy) return fromParts(dmy[3]!, dmy[2]!, dmy[1]!);
  return null;

  function fromParts(year: string, month: string, day: string): string | null {
    const m = MONTHS.indexOf(month.slice(0, 3).toLowerCase());
    if (m < 0) return null;
    return checked(`${year}-${pad(m + 1)}-${pad(Number(day))}`);
  }
  function checked(candidate: string): string | null {
    return isIsoDate(candidate) ? candidate : null;
  }
}
