import type { BodyLine } from './types.ts';

/** Lines below the browser's title line searched for the title printed again: a page's head. */
const MAX_TITLE_REPEAT_LINES = 12;
/** Most words of a site's name after the title ("WXYZ News 7 Tarrow OR"). */
const MAX_SITE_NAME_WORDS = 8;
/**
 * Fewest characters of a title before the site's name: a shorter head before a dash ("Live
 * - HBC", "Home | Harbour Post") is a section's name, not a story's title.
 */
const MIN_TITLE_CHARS = 12;
/** The title and the site's name after its last spaced dash or bar: groups 1 and 2. */
const TITLE_AND_SITE = new RegExp(
  String.raw`^(.{${MIN_TITLE_CHARS},}?)\s+[-–—|]\s+(\p{Lu}[^-–—|]*)$`,
  'u',
);
/** A broadcaster's name up to its channel, before its place: "WXYZ News 7" of "WXYZ News 7 Tarrow OR". */
const CHANNEL_THEN_PLACE = /^(\p{Lu}{2,5}\b.*?\s\d{1,3})\s+\p{Lu}/u;

/** The browser's title line of a copy: the site's name after the title, and the title as printed below. */
export interface TitleBar {
  /** The site's name, without its tagline ("Quay Radio" of "Quay Radio: News, Weather and Sport"). */
  site: string;
  /** The line below that prints the title in full. */
  title: BodyLine;
}

/**
 * The browser's title line that opens a copy ("Fares rise again - HBC", "Fares rise ag - WXYZ
 * News 7 Tarrow OR: News, Weather and Sports") when a line of the page's head prints the title
 * again, in full and without the name: the name is the site's. Null otherwise: a name
 * printed with the title each time ("… - Harbour Herald", the paper a wire story credits) is
 * part of the title, and a name after a title never printed again may be a speaker's.
 */
export function titleBar(lines: readonly BodyLine[]): TitleBar | null {
  const first = lines[0];
  const m = first ? TITLE_AND_SITE.exec(first.text.trim()) : null;
  if (!m) return null;
  const [, cut, printed] = m as unknown as [string, string, string];
  const site = printed.replace(/:.*$/, '').trim();
  if (site.split(/\s+/).length > MAX_SITE_NAME_WORDS) return null;
  // A title the browser cut short ("… becomes the fir") is the start of the one below.
  const title = lines
    .slice(1, 1 + MAX_TITLE_REPEAT_LINES)
    .find(
      (l) => l.text.trim().startsWith(cut) && !/^\s*[-–—|]/u.test(l.text.trim().slice(cut.length)),
    );
  if (!title) return null;
  return { site: CHANNEL_THEN_PLACE.exec(site)?.[1] ?? site, title };
}
