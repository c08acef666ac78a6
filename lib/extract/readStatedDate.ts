import { DAY_MS, orderOfNumericDate } from './orderOfNumericDate.ts';
import { readDate, readShortYearDate } from './readDate.ts';
import type { BodyLine } from './types.ts';

/**
 * The date labels of captured pages, one list for every reader of dates (date lines here,
 * `classifyLines`, `pageFacts`): those that introduce a publication date ("Posted on :",
 * "Published :"; "Write :" and "Input :", as Korean sites translate theirs) and those of a
 * later revision ("Updated", "Last update:"), whose date is read only when no publication
 * label is present; a longer label before its beginning.
 */
const PUBLISHED_LABELS = 'posted|published|first published|written|write|input';
const UPDATED_LABELS = 'updated|modified|last updated|last update';
/** Any date label: either kind, or a bare "Date". */
const DATE_LABELS = `${PUBLISHED_LABELS}|${UPDATED_LABELS}|date`;

const PUBLISHED_LABEL = new RegExp(`\\b(?:${PUBLISHED_LABELS})(?:\\s+on)?\\s*:?\\s*`, 'i');
const UPDATED_LABEL = new RegExp(`\\b(?:${UPDATED_LABELS})(?:\\s+(?:on|at))?\\s*:?\\s*`, 'i');
/** A line that starts with a date label and a date ("Posted on : 2021…", "Published 14 March 2024", "posted Friday, Jul 27th, 2018"). */
const LABELLED = new RegExp(
  `^(?:${DATE_LABELS})(?:\\s+(?:on|at))?\\s*(?::|(?=(?:[a-z]+day,?\\s+)?(?:\\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s)))`,
  'i',
);
const STARTS_PUBLISHED = new RegExp(`^(?:${PUBLISHED_LABELS})\\b`, 'i');
const STARTS_UPDATED = new RegExp(`^(?:${UPDATED_LABELS})\\b`, 'i');
const STARTS_LABELLED = new RegExp(`^(?:${DATE_LABELS})\\b`, 'i');

/** A line without the list's bullet a page prints its facts with ("• Published: …"). */
const unlisted = (line: string) => line.trim().replace(/^[•·]\s*/, '');

/** True for a line that opens with a date label ("Updated …", "Date:"), whatever follows. */
export const opensWithDateLabel = (line: string): boolean => STARTS_LABELLED.test(unlisted(line));

/** True for a line that opens with a revision's label ("Updated …", "Last update: …"). */
export const isUpdateLine = (line: string): boolean => STARTS_UPDATED.test(unlisted(line));

/** Most words of a line that is only a date and time ("17:25 June 08, 2022", "Monday 8 June 2015 11.43 BST"). */
const MAX_BARE_DATE_WORDS = 9;
/** Share of a bare date line's letters and digits the date itself must cover. */
const MIN_BARE_DATE_SHARE = 0.6;

/** True for a date line that gives the publication date (not only an update). */
export const isPublicationLine = (line: string): boolean => STARTS_PUBLISHED.test(unlisted(line));

/**
 * True for a line that is a date line: a labelled one ("Published : …", "Updated …",
 * "Date: …"), or a short line that is only a full date and time ("Jun 27, 2021 - 20:02").
 */
export function isDateLine(line: string): boolean {
  const text = withoutTextSizeControl(unlisted(line));
  if (LABELLED.test(text)) return true;
  if (releaseDate(text) !== null) return true;
  // "2nd Apr 2024 - 18th Jun 2024", "May 3, 2025 to June 8, 2025": a run's first and last
  // days (a show's, an event's), not the day the page was published.
  if (isDateRange(text)) return false;
  // "04/11/2017 02:00 EDT | Updated 04/11/2018 07:45 EDT", "March 2, 2016 / 8:40 AM /
  // 3 years ago": a date, then short notes after a separator.
  const parts = text.split(DATE_SEPARATOR);
  const short = (r: string) => r.split(/\s+/).length <= MAX_NOTE_WORDS;
  const [first, ...rest] = parts;
  if (rest.length > 0 && rest.every(short) && isBareDate(first!)) return true;
  // "April 12, 2008|By Ada Quill and Ben Hallam, HARBOUR WIRE SERVICE": a date, then the
  // byline of its writers and their service, however many names it lists.
  if (rest.length === 1 && isBareDate(first!) && DATED_BYLINE.test(rest[0]!)) return true;
  // "Desk Staff | posted Monday, Mar 12th, 2019": a labelled date among short notes.
  if (rest.length > 0 && parts.every(short) && parts.some((p) => LABELLED.test(p))) return true;
  // "by | March 4, 2016 | Comments": a date between a byline's label (its name perhaps left
  // out) and a comment counter, as a blog's template prints them.
  if (
    rest.length > 0 &&
    parts.some(isBareDate) &&
    parts.every((p) => isBareDate(p) || POST_FACT.test(p))
  )
    return true;
  // "Source: Harbour Wire| 2019-04-02 10:15:07|Editor: Ada Quill": a date among the story's
  // labelled facts (a teaser's "Fares rise | Mar 3, 2017" is no facts line).
  const fact = (p: string) => FACT_LABEL.test(p) && short(p);
  if (rest.length > 0 && parts.some(fact) && parts.every((p) => fact(p) || isBareDate(p)))
    return true;
  // "This story from our archive was published on May 4, 2013": a short note that ends
  // with its publication date.
  const published = PUBLISHED_LABEL.exec(text);
  if (published && text.split(/\s+/).length <= MAX_NOTE_WORDS + 4) {
    const after = published.index + published[0].length;
    const date = readDate(text.slice(after));
    if (date?.index === 0 && text.slice(after + date.end).trim() === '') return true;
  }
  return isBareDate(text);
}

/** A page's control for its text size, copied after the date line: " Adjust font size:", " Text Size". */
const TEXT_SIZE_CONTROL = /\s+(?:adjust\s+)?(?:font|text)\s+size\s*:?$/i;
const withoutTextSizeControl = (text: string) => text.replace(TEXT_SIZE_CONTROL, '');

/**
 * A press release's notice to editors at the head of the release ("FOR IMMEDIATE RELEASE |
 * March 4, 2016 CONTACTS: …", "For immediate release: 4 March 2016"): the date right
 * after it is the day the release was issued.
 */
const RELEASE_NOTICE = /^for immediate release\b\s*[:|/·•—–-]?\s*/i;

/** The date, its year in four digits, right after a release's notice ("FOR IMMEDIATE RELEASE | March 4, 2016 …"), or null. */
function releaseDate(text: string): string | null {
  const notice = RELEASE_NOTICE.exec(text);
  if (!notice) return null;
  const rest = text.slice(notice[0].length);
  const found = readDate(rest);
  const year = /\b(?:19|20)\d{2}\b/;
  return found?.iso && found.index === 0 && year.test(rest.slice(0, found.end)) ? found.iso : null;
}

/** What joins a run's first and last days: a spaced dash, "to", "until". */
const RANGE_JOIN = /\s+(?:[-–—]|to|until|till)\s+/i;

/**
 * A line that is only two full dates joined as a run's first and last days (`readDate` reads
 * the run as its first day): each side a date of its own with its year.
 */
function isDateRange(text: string): boolean {
  const found = readDate(text);
  if (found?.index !== 0 || text.slice(found.end).trim() !== '') return false;
  const sides = text.split(RANGE_JOIN);
  return (
    sides.length === 2 &&
    sides.every((side) => /\b(?:19|20)\d{2}\b/.test(side) && readDate(side)?.index === 0)
  );
}

/**
 * Separators between a date and notes after it on one line: a spaced dash, a bar spaced or
 * not ("Oct 27, 2009 — by …", "Source: Harbour Wire| 2019-04-02"), an update ("… Updated 11:05"), the author ("December 4, 2015 By Ada
 * Quill"), the section it was filed in ("March 4, 2016 in Harbour/Region", "March 4, 2016
 * Published in Tarrow Votes"), a comment counter ("14th March 2016, Comments 0 comments").
 */
const DATE_SEPARATOR = new RegExp(
  `\\s+[/·•—–]\\s+|\\s*\\|\\s*|\\s+(?=(?:${UPDATED_LABELS})\\b)|\\s+(?=by\\s+[A-Z])|\\s+(?=(?:published\\s+)?in\\s+[A-Z])|,\\s+(?=(?:\\d+\\s+|no\\s+)?comments?\\b)`,
  'i',
);
/**
 * A byline's label, a comment counter or a reading time beside a post's date: "by", "by
 * Ada Quill", "3 Comments", "4 min read".
 */
const POST_FACT = /^(?:by\b.{0,40}|(?:\d+\s+|no\s+)?comments?|\d{1,3}\s*min(?:ute)?s?\s+read)$/i;
/**
 * A byline after a date and its bar: "By" and a capital, then names (initials with their
 * stops) and a service, no sentence.
 */
const DATED_BYLINE = /^[Bb]y\s+\p{Lu}(?:[^.!?|]|(?<=\b\p{Lu})\.){0,100}$/u;
/** A fact's label on a facts line: "Source: …", "Editor: …", "From: …". */
const FACT_LABEL = /^\p{Lu}[\p{L} ]{1,20}:/u;
/** Most words of a note after a date ("Updated 11:05 am IST - Tarrow", "3 years ago"). */
const MAX_NOTE_WORDS = 8;
/** A time and its zone, counted as part of a date line ("16:30", "5:05 PM EST"). */
const TIME = /\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+(?:[A-Z]{2,4}))?\b/gi;

/**
 * A telephone number a release prints beside its date ("March 4, 2016 (555)224-6404"), counted
 * as no part of the line's words.
 */
const PHONE = /(?<!\d)\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}(?!\d)/g;

/** A short line that is only a full date and time ("Top Stories 09:15 March 3, 2017"). */
function isBareDate(text: string): boolean {
  if (text.split(/\s+/).length > MAX_BARE_DATE_WORDS) return false;
  const found = readDate(text);
  if (!found) return false;
  const letters = (s: string) =>
    s
      .replace(TIME, '')
      .replace(PHONE, '')
      .replace(/[^\p{L}\p{N}]/gu, '').length;
  return letters(text.slice(found.index, found.end)) >= MIN_BARE_DATE_SHARE * letters(text);
}

/**
 * What a date line states: a date; or none that can be read, perhaps an all-number date
 * whose two `readings` (month first, day first) the line alone cannot choose between.
 */
export type StatedDate =
  | { ok: true; iso: string }
  | { ok: false; text: string; readings?: readonly [string, string] };

/**
 * Reads the date a date line states (the publication date when the line gives both a
 * publication and an update). Returns null when the line is not a date line;
 * `{ok: false}` when it is a labelled one whose date cannot be read.
 */
export function readStatedDate(line: string): StatedDate | null {
  const text = withoutTextSizeControl(unlisted(line));
  if (!isDateLine(text)) return null;
  const released = releaseDate(text);
  if (released) return { ok: true, iso: released };
  // A line that opens with its date states the publication date first, whatever follows.
  const opensWithDate = readDate(text)?.index === 0;
  const label = opensWithDate ? null : (PUBLISHED_LABEL.exec(text) ?? UPDATED_LABEL.exec(text));
  const rest = label
    ? text.slice(label.index + label[0].length)
    : text.replace(/^date\s*:?\s*/i, '');
  const found = readDate(rest);
  if (found?.iso) return { ok: true, iso: found.iso };
  return found?.readings ? { ok: false, text, readings: found.readings } : { ok: false, text };
}

/**
 * A date line whose labels carry no date at all: no digit anywhere ("Published: Updated:",
 * "• Published: , Refreshed:"). Whatever a page prints without a digit ("Posted: today")
 * gives no date either.
 */
const isEmptyDateLine = (line: string): boolean => !/\d/.test(line);

/** A time counted back from the moment the page was read: "3 hours 12 min ago", "just now". */
const RELATIVE_STAMP =
  /\b\d+\s*(?:s(?:ec(?:ond)?s?)?|m(?:in(?:ute)?s?)?|h(?:(?:ou)?rs?)?|d(?:ays?)?|weeks?|months?|years?)\b.*\bago\b|\bjust now\b/i;

/** A temperature on a line of its own: "5 C", "-3°C", "71 °F", "18°". */
const TEMPERATURE = /^[-+−]?\d{1,3}(?:[.,]\d)?\s*(?:°\s*[CF]?|[CF])$/u;
/** Most lines between a weather widget's temperature and its date ("7 C", "Harbour Town", the date). */
const MAX_WIDGET_GAP = 2;

/**
 * True for the date line of a site's weather widget: a temperature printed on a line just
 * above it ("7 C" / "Harbour Town" / "Monday, March 6, 2023"). It shows the day the page was
 * read, never the story's.
 */
function inWeatherWidget(lines: readonly BodyLine[], i: number): boolean {
  return lines
    .slice(Math.max(0, i - MAX_WIDGET_GAP), i)
    .some((l) => TEMPERATURE.test(l.text.trim()));
}

/** The date line an article's date comes from, and what it states. */
export interface DateLineRead {
  line: BodyLine;
  stated: StatedDate;
}

/**
 * Fewest days between the clock on top and the story's date below it (either way round). A blog's post over a
 * story it reposts ("Wednesday, June 30, 2010" over the story's "Saturday 26 June 2010") is
 * days or weeks later, and that top date is the post's own; a page read from an archive
 * shows the day it was read, years after the story.
 */
const MIN_CLOCK_GAP_DAYS = 365;

/**
 * A teaser stamped with its age, as a site's live feed of its latest stories prints it:
 * "1h ago", "25 mins ago", "2 hours ago" opening the line, its title perhaps glued on.
 */
const LIVE_TEASER = /^\d{1,2}\s*(?:m|mins?|minutes?|h|hrs?|hours?)\s+ago(?!\p{Ll})/u;

/**
 * True for the site's clock: a bare date line ("Monday, May 6, 2024") that opens the page,
 * only its masthead and menu above it, when a later date line of the page's head (above
 * the story's first paragraph) states another date. That later line is the story's own
 * ("Wednesday, April 26, 2017" on top, then "October 22, 2008" over the headline): the top
 * one is the day the page was read, a year or more after the story; or, a year or more
 * before it, a stale date the copy's record of the page kept ("date 2015-03-25" on top,
 * "18 March 2017 05:53" under the headline). A lone date on top stays
 * the date (a blog prints each post's date over its title). Only the first date line can be
 * one: any later one has a date line above it.
 */
function isSiteClock(
  r: DateLineRead,
  read: readonly DateLineRead[],
  lines: readonly BodyLine[],
): boolean {
  // A bare "Date" label may open a copy's own record of the page ("date 2015-03-25"); a
  // "Published" or "Updated" label is the page's word on its date.
  if (!r.stated.ok || (opensWithDateLabel(r.line.text) && !/^date\b/i.test(r.line.text.trim())))
    return false;
  const at = lines.indexOf(r.line);
  if (at < 0 || !lines.slice(0, at).every((l) => l.role === 'furniture' || l.role === 'outlet'))
    return false;
  const story = lines.findIndex((l) => l.role === 'body');
  // "Fri 4 Mar 2016" over a feed of teasers timed back from now ("1h ago Fares rise …"):
  // the feed is live, so the date over it is the day the page was read.
  if (lines.slice(at + 1, story < 0 ? undefined : story).some((l) => LIVE_TEASER.test(l.text)))
    return true;
  const iso = r.stated.iso;
  // The story's own date may stand on a credit line the copy kept as a standfirst rather
  // than a date line ("Harbour Wire , 4 Mar, 2016 01:10 PM"): a head line that ends with it.
  const signed = headLines(lines)
    .filter((l) => l.role !== 'date' && l.role !== 'caption')
    .map((l) => ({ line: l, iso: signedLine(l.text)?.iso ?? endingDate(l.text) }));
  const later = [
    ...read
      .filter((o) => o !== r)
      .map((o) => ({ line: o.line, iso: o.stated.ok ? o.stated.iso : null })),
    ...signed,
  ];
  return later.some((o) => {
    const apart =
      o.iso !== null &&
      Math.abs(Date.parse(iso) - Date.parse(o.iso)) >= MIN_CLOCK_GAP_DAYS * DAY_MS;
    const k = apart ? lines.indexOf(o.line) : -1;
    return k > at && (story < 0 || k < story);
  });
}

/**
 * The date lines below the story's first paragraph with another dated line right above or
 * below them: a list of other stories' dates ("- Published24 June 2017" / "- Published11
 * June 2017" under the story, their titles lost in the copy), never the story's own date.
 */
function listsOfDates(
  read: readonly DateLineRead[],
  lines: readonly BodyLine[],
  story: BodyLine | undefined,
): Set<DateLineRead> {
  const start = story ? lines.indexOf(story) : -1;
  const at = new Map(read.map((r) => [r, lines.indexOf(r.line)]));
  return new Set(
    start < 0
      ? []
      : read.filter(
          (r) =>
            r.stated.ok &&
            at.get(r)! >= start &&
            read.some((o) => o !== r && o.stated.ok && Math.abs(at.get(o)! - at.get(r)!) === 1),
        ),
  );
}

/**
 * The article's date line among its classified lines: the first publication line
 * ("Posted …", "Published …") if any, else the first date line. A label printed alone with
 * its date on the next line ("Posted On:" then "4th March 2019") takes that line's date.
 * With no date line, a byline that prints a full date with its year gives it. Null when
 * there is neither; `stated.ok` false when the date line holds no date.
 */
export function findStatedDate(all: readonly BodyLine[]): DateLineRead | null {
  // A weather widget's date is no date line of the page, nor a line of its head.
  const lines = all.filter(
    (l, i) => (l.role !== 'date' && l.role !== 'furniture') || !inWeatherWidget(all, i),
  );
  const read: DateLineRead[] = [];
  lines.forEach((line, i) => {
    if (line.role !== 'date') return;
    const stated = readStatedDate(line.text);
    if (stated === null) return;
    const next = lines[i + 1];
    const nextStated =
      !stated.ok && LABELLED.test(line.text.trim()) && next?.role === 'date'
        ? readStatedDate(next.text)
        : null;
    read.push({ line, stated: nextStated?.ok ? nextStated : stated });
  });
  // "Updated: 3 hours 12 min ago": a site's clock, which states no date; a later date line
  // (the story's own) speaks instead.
  // "Monday, May 6, 2024" on top of the page, the story's own date further down: the top
  // line is the site's clock (`isSiteClock`), never the story's date.
  const clock = read[0] && isSiteClock(read[0], read, lines) ? read[0] : null;
  const story = lines.find((l) => l.role === 'body');
  const listed = listsOfDates(read, lines, story);
  // "Published: Updated:", a template's labels the copy kept without their dates: a line
  // that states nothing, so another date line of the page speaks instead.
  const dated = read.filter(
    (r) =>
      (r.stated.ok || !(RELATIVE_STAMP.test(r.line.text) || isEmptyDateLine(r.line.text))) &&
      r !== clock &&
      !listed.has(r),
  );
  const chosen =
    dated.find((r) => isPublicationLine(r.line.text)) ??
    dated[0] ??
    read.find((r) => r !== clock && !listed.has(r));
  if (chosen?.stated.ok === false && chosen.stated.readings) {
    // "Last update: 06/12/2018": the page's other dates tell its order, or no date is read.
    const separator = /\d([./-])\d/.exec(chosen.line.text)?.[1] ?? '/';
    const texts = lines.map((l) => l.text);
    const iso = orderOfNumericDate(chosen.stated.readings, separator, texts);
    if (iso) return { line: chosen.line, stated: { ok: true, iso } };
  }
  if (chosen) return chosen;
  // The site's clock dates no story: the lines below may.
  const unclocked = clock ? lines.filter((l) => l !== clock.line) : lines;
  // No date line: a byline that carries the date ("By Staff Writer April 14, 2016 01:27").
  for (const line of lines) {
    if (line.role !== 'byline') continue;
    const found = readDate(line.text);
    if (found?.iso && /\b(?:19|20)\d{2}\b/.test(line.text.slice(found.index, found.end)))
      return { line, stated: { ok: true, iso: found.iso } };
  }
  // Nor a byline: a line of the page's head, above the story, that signs it with a name and
  // the date after a bar ("Harbour Wire | Mar 04, 2025", "Ada Quill | 4 March 2025").
  for (const line of headLines(unclocked)) {
    const iso = signedLine(line.text)?.iso;
    if (iso) return { line, stated: { ok: true, iso } };
  }
  // Nor a signed line: a short line of the head that ends with a full date, its time at most
  // after it ("Ada Quill reported this story on Friday, March 4, 2016 12:20:00", "Ben
  // HallamUpdated: Friday, March 4, 2016, 05:14 PM IST", a repost's source line "Harbour
  // Fares Rise, March 4, 2016"); not a caption, which dates its picture.
  for (const line of headLines(unclocked)) {
    const iso = line.role === 'caption' ? null : endingDate(line.text);
    if (iso) return { line, stated: { ok: true, iso } };
  }
  // Nor such a line: a line of the head, the headline too, that opens with a full date and
  // a colon before its title ("Mar. 4, 2016: Fares rise again"), as a desk's dated items
  // print them.
  for (const line of story ? unclocked.slice(0, unclocked.indexOf(story)) : []) {
    const iso = line.role === 'caption' ? null : datedTitle(line.text);
    if (iso) return { line, stated: { ok: true, iso } };
  }
  // Nor such a line: a date in numbers with a two-digit year that opens a line of the head or
  // the story ("6/27/13 Harbour Doc. No. 4411", "(6-24-22) The board …"), is a line of the
  // head on its own ("07.14.16"), or closes a byline ("By Ada Quill, Harbour Wire, 01/31/00").
  for (const line of [...headLines(unclocked), ...(story ? [story] : [])]) {
    const found = line.role === 'caption' ? null : readShortYearDate(line.text);
    if (!found?.iso) continue;
    const [before, after] = [line.text.slice(0, found.index), line.text.slice(found.end)];
    const opens = /^\s*\(?$/.test(before) && /^\)?\s+\S/.test(after);
    const closes = line.role === 'byline' && /,\s*$/.test(before) && after.trim() === '';
    // "07.14.16" on a line of its own above the headline: a release's date line.
    const alone = line !== story && before.trim() === '' && after.trim() === '';
    if (opens || closes || alone) return { line, stated: { ok: true, iso: found.iso } };
  }
  return null;
}

/**
 * A passive verb and "on" before a date ("was released on", "will be held on", "were
 * married on"): the sentence tells what happened that day, no day the page was published
 * ("was published on", "was posted on", "was updated on" are the page's own).
 */
const EVENT_ON =
  /\b(?:was|were|is|are|will be|has been|have been|had been)\s+(?!(?:first\s+)?(?:published|posted|updated|written|filed|modified)\b)\p{Ll}+\s+on\s*$/u;

/** Most words of a head line that ends with its date. */
const MAX_DATED_HEAD_WORDS = 16;
/** What may follow a line's closing date: its time and zone ("12:20:00", ", 05:14 PM IST"). */
const AFTER_CLOSING_DATE =
  /^[\s,.]*(?:\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s+\p{Lu}{2,4})?)?[\s.]*$/iu;

/** The full date (its year in four digits) a short line ends with, or null. */
function endingDate(text: string): string | null {
  // "Fares rise again | Mar 04, 2025": a teaser's title beside its date, no date of the story.
  if (text.includes('|') || text.trim().split(/\s+/).length > MAX_DATED_HEAD_WORDS) return null;
  // "2nd Apr 2024 - 18th Jun 2024": a show's run, no day of publication.
  if (isDateRange(unlisted(text))) return null;
  const found = readDate(text);
  if (!found?.iso || !/\b(?:19|20)\d{2}\b/.test(text.slice(found.index, found.end))) return null;
  // "… starrer was released on March 4, 2016": the day of the event the sentence tells.
  if (EVENT_ON.test(text.slice(0, found.index))) return null;
  return AFTER_CLOSING_DATE.test(text.slice(found.end)) ? found.iso : null;
}

/** Fewest words of the title after a dated item's date and colon. */
const MIN_DATED_TITLE_WORDS = 2;

/** The full date (its year in four digits) that opens a line before a colon and a title, or null. */
function datedTitle(text: string): string | null {
  const found = readDate(text);
  if (!found?.iso || found.index !== 0) return null;
  const date = text.slice(0, found.end);
  const title = /^\s*:\s+(\p{Lu}.*)$/u.exec(text.slice(found.end))?.[1];
  return /\b(?:19|20)\d{2}$/.test(date.trim()) &&
    title !== undefined &&
    title.split(/\s+/).length >= MIN_DATED_TITLE_WORDS
    ? found.iso
    : null;
}

/** The lines of a page's head: above the story's first paragraph, the headline left out. */
export const headLines = (lines: readonly BodyLine[]): BodyLine[] => {
  const story = lines.findIndex((l) => l.role === 'body');
  return story < 0 ? [] : lines.slice(0, story).filter((l) => l.role !== 'headline');
};

/** Most words of the name before a signed date's bar. */
const MAX_SIGNER_WORDS = 4;

/**
 * A head line that signs the story: "Harbour Wire Media | Mar 04, 2025", a name in
 * capitals, a bar, a full date with its year. Null for any other line.
 */
export function signedLine(text: string): { name: string; iso: string } | null {
  const parts = text.trim().split(/\s+\|\s+/);
  if (parts.length !== 2) return null;
  const [name, date] = parts as [string, string];
  const ws = name.split(/\s+/);
  if (ws.length > MAX_SIGNER_WORDS || !ws.every((w) => /^\p{Lu}/u.test(w))) return null;
  const found = readDate(date);
  // The date itself after the bar ("Desk | posted Friday, …" is a desk's labelled date line).
  const full =
    found?.iso && found.index === 0 && isBareDate(date) && /\b(?:19|20)\d{2}\b/.test(date);
  return full ? { name, iso: found.iso! } : null;
}
