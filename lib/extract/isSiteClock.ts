import { opensWithDateLabel } from './readStatedDate.ts';
import type { BodyLine } from './types.ts';

/**
 * Fewest days between the clock on top and the story's date below it. A blog's post over a
 * story it reposts ("Wednesday, June 30, 2010" over the story's "Saturday 26 June 2010") is
 * days or weeks later, and that top date is the post's own; a page read from an archive
 * shows the day it was read, years after the story.
 */
const MIN_CLOCK_GAP_DAYS = 365;
const DAY_MS = 86_400_000;

/** A date line read: the line and the date it states, if any. */
interface DateRead {
  line: BodyLine;
  stated: { ok: true; iso: string } | { ok: false };
}

/**
 * True for the site's clock: a bare date line ("Monday, May 6, 2024") that opens the page,
 * only its masthead and menu above it, when a later date line of the page's head (above
 * the story's first paragraph) states another date. That later line is the story's own
 * ("Wednesday, April 26, 2017" on top, then "October 22, 2008" over the headline): the top
 * one is the day the page was read, a year or more after the story. A lone date on top stays
 * the date (a blog prints each post's date over its title).
 */
export function isSiteClock(
  r: DateRead,
  read: readonly DateRead[],
  lines: readonly BodyLine[],
): boolean {
  if (!r.stated.ok || opensWithDateLabel(r.line.text)) return false;
  const at = lines.indexOf(r.line);
  if (at < 0 || !lines.slice(0, at).every((l) => l.role === 'furniture' || l.role === 'outlet'))
    return false;
  const story = lines.findIndex((l) => l.role === 'body');
  const iso = r.stated.iso;
  return read.some(
    (o) =>
      o !== r &&
      o.stated.ok &&
      Date.parse(iso) - Date.parse(o.stated.iso) >= MIN_CLOCK_GAP_DAYS * DAY_MS &&
      lines.indexOf(o.line) > at &&
      (story < 0 || lines.indexOf(o.line) < story),
  );
}
