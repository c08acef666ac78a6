import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import {
  bylineName,
  classifyHtmlLines,
  classifyLines,
  isSiteOffer,
  MAX_NOTICE_LINE,
  MEDIA_LABEL,
} from './classifyLines.ts';
import { extractArticle } from './extractArticle.ts';
import { readHtmlPage } from './html/readHtmlPage.ts';
import { normalizeInput } from './normalizeInput.ts';
import { NOT_A_HEADLINE } from './notAHeadline.ts';
import { parseFrontMatter } from './parseFrontMatter.ts';
import { DATELINE_PLACE } from './patterns.ts';
import { readDate } from './readDate.ts';
import { MAX_DATELINE_PARAGRAPH, readOutlet } from './readOutlet.ts';
import { type DateLineRead, findStatedDate } from './readStatedDate.ts';
import { recordDate } from './recordDate.ts';
import { REPOST_SOURCE } from './repostSource.ts';
import { titleBar } from './titleBar.ts';
import type {
  ArticleMeta,
  BodyLine,
  ExtractError,
  ExtractedArticle,
  ExtractWarning,
} from './types.ts';
import { withoutOutletSuffix } from './withoutOutletSuffix.ts';
import { withoutTagMarkup } from './withoutTagMarkup.ts';

/** Language assumed for plain text, whose page does not say (the extractor reads English). */
const DEFAULT_LANGUAGE = 'en';

/**
 * A story's dateline: its first words up to the dash ("SEOUL, Nov. 3 (Yonhap) --"); when a
 * wire's credit in brackets stands between two dashes, the words up to the dash after it
 * too, where a release prints its date ("TARROW--(HARBOUR WIRE)--Jan. 6, 1998--").
 */
const DATELINE =
  /^[^—–]{0,80}?(?:--|—|–)(?:\s*\([^()]{2,40}\)\s*(?:--|—|–)[^—–()]{0,30}?(?:--|—|–))?/;

/**
 * A dateline without a dash whose credit in brackets carries the date: "Tarrow, (HNA -
 * Harbour News - 16th Dec, 2024) Ada Quill said …" (a place and its comma first: "Ada Quill
 * (born March 3, 1950) …" is no dateline). Group 1: the bracket's words.
 */
const BRACKETED_DATELINE = /^\p{Lu}[\p{L} .'-]{1,40},\s*\(([^()]{3,80})\)\s+\p{Lu}/u;

/**
 * A dateline in brackets that opens the story, its date first: "( March 4, 2016, Tarrow,
 * Harbour Times) The board …". Group 1: the bracket's words.
 */
const OPENING_BRACKET_DATELINE = /^\(\s*([^()]{3,80})\)\s*\p{Lu}/u;

/**
 * A dateline that ends in a colon instead of a dash: its place in capitals, a comma, then
 * its date and credit ("TARROW, 04 March 2016, (HNA): The board …").
 */
const COLON_DATELINE = /^\p{Lu}[\p{Lu} .'-]{1,40},[^:]{4,60}?:(?=\s)/u;

/** A date line glued to the story's first words: "August 3, 2014Harbour officials said …". */
const GLUED_DATE = /^([^.!?]{6,30}?\d{4})(?=\p{Lu}\p{Ll})/u;

/** The date a story's first paragraph opens with when the copy glued its date line to it. */
function gluedDate(text: string): string | null {
  const date = GLUED_DATE.exec(text)?.[1];
  const found = date ? readDate(date) : null;
  return found?.iso && found.index === 0 && found.end === date!.length ? date! : null;
}

/**
 * The story's dateline: the first paragraph's first words up to the dash (or a colon), the
 * bracketed credit or date that opens it, or a date glued to its first word; or, when a subhead comes first,
 * those of one of the next paragraphs that opens with a place in capitals ("TARROW, R.I.
 * May 9, 2011 -- Quill Industries announced …").
 */
function datelineOf(lines: readonly BodyLine[]): string | null {
  const paragraphs = lines
    .filter((l) => l.role === 'dek' || l.role === 'body')
    .slice(0, MAX_DATELINE_PARAGRAPH);
  const text = paragraphs[0]?.text;
  const first = text
    ? (DATELINE.exec(text)?.[0] ??
      BRACKETED_DATELINE.exec(text)?.[1] ??
      OPENING_BRACKET_DATELINE.exec(text)?.[1] ??
      COLON_DATELINE.exec(text)?.[0] ??
      gluedDate(text))
    : undefined;
  if (first) return first;
  for (const p of paragraphs.slice(1)) {
    const d = DATELINE.exec(p.text)?.[0];
    // A place in capitals, or a full date alone before the dash ("March 4, 2016 — -- The
    // harbour board …", under a subhead).
    if (d && (DATELINE_PLACE.test(p.text) || opensWithFullDate(d))) return d;
  }
  return null;
}

/** A dateline that is a full date, its year in four digits, and its dashes: "March 4, 2016 — --". */
function opensWithFullDate(dateline: string): boolean {
  const found = readDate(dateline);
  return (
    found?.index === 0 &&
    /\b(?:19|20)\d{2}\b/.test(dateline.slice(0, found.end)) &&
    /^[\s,]*(?:(?:--|—|–)\s*)+$/.test(dateline.slice(found.end))
  );
}

/** Longest title made from a first sentence when the copy has no headline. */
const MAX_TITLE_CHARS = 120;

/**
 * A page's title, section and heading flattened into the story's first line, the title
 * printed twice with a short label between ("Fares rise again Local News Fares rise again
 * The harbour board …"): group 1, the title.
 */
const FLATTENED_TITLE = /^((?:\S+\s+){3,20}\S+)\s+(?:\S+\s+){0,3}?\1\s/u;

/**
 * The first sentence of a paragraph, clipped at a word, to title a copy without a headline;
 * the title, when the copy flattened it into the paragraph twice (`FLATTENED_TITLE`).
 */
function firstSentence(text: string): string {
  const flattened = FLATTENED_TITLE.exec(text)?.[1];
  if (flattened) return flattened;
  // "… to treat patients.The minister said …": a stop run into the next sentence ends it too.
  const sentence =
    /^.*?(?:[.!?](?=\s|$)|(?<=\p{Ll}{2}[.!?])(?=\p{Lu}\p{Ll}))/u.exec(text)?.[0] ?? text;
  if (sentence.length <= MAX_TITLE_CHARS) return sentence;
  return `${sentence.slice(0, sentence.lastIndexOf(' ', MAX_TITLE_CHARS))}…`;
}

/** A breadcrumb's trail from the home page before the headline: "Home / Region / ", "Home » News » ". */
const BREADCRUMB = /^Home\s*[/»>›]\s*(?:[^/»>›]{1,30}?\s*[/»>›]\s*)*(?=\S)/u;

/** Writers' names run into the headline's last word: "…riseBy Ada Quill and Ben Hallam, Harbour Wire". */
const GLUED_BYLINE =
  /(?<=\p{Ll})By\s+\p{Lu}[\p{L}.'-]*(?:(?:,\s+|\s+and\s+|\s+)\p{Lu}[\p{L}.'-]*){0,12}\s*$/u;

/**
 * Most characters of a dashed byline after its writer's first name: room for a few writers,
 * their outlet and a date; a longer tail is the headline's own.
 */
const MAX_DASHED_BYLINE_CHARS = 120;
/**
 * A byline run on after the headline and a spaced dash, to the line's end, its outlet and date
 * with it: " – By Ada Quill and Ben Hallam (Harbour Wire) / Mar 4, 2025" (a writer's name in
 * capitals after "By"; "– by how much …" is the headline's own).
 */
const DASHED_BYLINE = new RegExp(
  String.raw`\s+[-–—]\s+[Bb]y\s+\p{Lu}[\p{L}.'-]*\s+\p{Lu}[^–—]{0,${MAX_DASHED_BYLINE_CHARS}}$`,
  'u',
);

/** A repost's source after its headline: " originally appeared on Harbour Sports". */
const REPOST_TAIL = new RegExp(String.raw`\s+${REPOST_SOURCE.source}`, 'u');

/**
 * A headline without a wire service's tags: "(LEAD)", "(3rd LD)", "(URGENT)", a media
 * label ("VIDEO:") or a column's label ("[Newsmaker]") before it,
 * "(ATTN: …)" and a byline ("By Tony Chang") after it.
 */
function cleanTitle(text: string): string {
  return (
    text
      .replace(/^\((?:\d+(?:st|nd|rd|th) LD|[A-Z][A-Z ]+)\)\s*/, '')
      // "VIDEO: Mayor concedes …": a media label.
      .replace(MEDIA_LABEL, '')
      // "[Newsmaker] Moon's office protests …", "[Editorial] …": a column's label.
      .replace(/^\[[\p{L} ]{3,30}\]\s+/u, '')
      // "Home / Region / Harbour fares rise …", "Home » News » …": the breadcrumb's trail.
      .replace(BREADCRUMB, '')
      // "WORLD | Harbour fares rise …": a section's label in capitals before a bar.
      .replace(/^\p{Lu}[\p{Lu}&' -]{1,24}\s+\|\s+(?=(?:\S+\s+){3}\S)/u, '')
      .replace(/\s*\(ATTN:[^)]*\)/g, '')
      .replace(/\s+By\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}\s*$/u, '')
      // "Fares rise – By Ada Quill (Harbour Wire) / Mar 4, 2025": a byline after a dash.
      .replace(DASHED_BYLINE, '')
      // "Fares riseBy Ada Quill, Ben Hallam and Cai Lund, Harbour Wire": a byline run into it.
      .replace(GLUED_BYLINE, '')
      // "Fares rise again originally appeared on Harbour Sports": a repost's source line.
      .replace(REPOST_TAIL, '')
      .trim() || text
  );
}

/** An unreadable date line is no date, with a warning: never a reason to refuse the page. */
function dateWarnings(found: DateLineRead | null): ExtractWarning[] {
  if (!found || found.stated.ok) return [];
  const why = found.stated.readings
    ? 'an all-number date whose day and month the page does not tell apart'
    : 'no readable date';
  return [
    {
      line: found.line.line,
      message: `the date line holds ${why}, so the article is read as undated: "${found.stated.text}"`,
    },
  ];
}

/** The article id: the file's name without folders and extension. */
function articleIdOf(path: string): string {
  return (path.split(/[\\/]/).pop() ?? path).replace(/\.(?:md|markdown|txt|html?)$/i, '');
}

/**
 * Reads a news page given as a DOM `Document` (linkedom's for a saved page in Node, or the
 * live page in a content script: it is never changed): the article body through
 * Readability, page facts from its metadata (`readHtmlPage`), then the same extraction as
 * for text. `line` numbers are paragraph numbers; each paragraph keeps its element's path.
 */
export function parseHtmlArticle(
  path: string,
  doc: Document,
): Result<ExtractedArticle, ExtractError> {
  const page = readHtmlPage(doc);
  const lines = classifyHtmlLines(page.lines);
  const headline = lines.find((l) => l.role === 'headline');
  if (!headline)
    return err({
      code: 'missing-field',
      path,
      line: 1,
      message: 'no headline found: the page has no title or h1',
    });
  const found = findStatedDate(lines);
  const stated = found?.stated ?? null;
  const dateline = datelineOf(lines);
  const published =
    page.facts.published ??
    (stated?.ok ? stated.iso : null) ??
    (dateline ? (readDate(dateline)?.iso ?? null) : null);
  const meta: ArticleMeta = {
    title: headline.text,
    outlet: page.facts.outlet,
    url: page.facts.url,
    published,
    dateSource: published === null ? null : 'article',
    byline: page.facts.byline,
    language: page.facts.language?.slice(0, 2).toLowerCase() ?? DEFAULT_LANGUAGE,
  };
  const warnings = page.facts.published === null ? dateWarnings(found) : [];
  return ok({ id: articleIdOf(path), meta, warnings, ...extractArticle(lines) });
}

/**
 * Reads one article file: Markdown with front matter (a curated corpus article) or plain
 * text as copied from a page (headline, outlet, byline and date then come from the text).
 * Line breaks, odd spaces and invisible characters are normalised first (`normalizeInput`).
 * Checks a date the text states against the front matter, then extracts quotes.
 */
export function parseArticle(
  path: string,
  captured: string,
): Result<ExtractedArticle, ExtractError> {
  const text = normalizeInput(captured);
  const fm = parseFrontMatter(path, text);
  if (!fm.ok) return fm;
  // (A page's copy may carry bits of its HTML markup: read without the tags.)
  const body = fm.value?.body ?? withoutTagMarkup(text);
  const lines = classifyLines(body, fm.value?.bodyLine ?? 1, fm.value?.meta.title ?? null);
  // The publication date line if there is one ("Posted …", "Published …"), else any date line.
  const found = findStatedDate(lines);
  const dateLine = found?.line;
  const stated = found?.stated ?? null;
  const fail = (line: number, code: ExtractError['code'], message: string) =>
    err<ExtractError>({ code, path, line, message });
  // A curated article must state a date its front matter can be checked against; a copied
  // page is never refused for its date line: it is read as undated, with a warning.
  if (fm.value && stated && !stated.ok)
    return fail(
      dateLine!.line,
      'bad-date',
      `the article's date line cannot be read as a date: "${stated.text}"`,
    );
  const statedIso = stated?.ok ? stated.iso : null;

  let meta: ArticleMeta;
  if (fm.value) {
    meta = fm.value.meta;
    const fieldLine = fm.value.fieldLines.published ?? fm.value.fieldLines.date_source ?? 1;
    if (statedIso !== null) {
      if (meta.published !== statedIso || meta.dateSource !== 'article') {
        return fail(
          dateLine!.line,
          'date-mismatch',
          `the article states the date ${statedIso}, but the front matter says published: ${meta.published ?? 'null'}, date_source: ${meta.dateSource ?? 'null'} (want published: ${statedIso}, date_source: article)`,
        );
      }
    } else if (meta.dateSource === 'article') {
      return fail(
        fieldLine,
        'date-mismatch',
        'date_source is article, but the article text states no date line (use date_source: curator)',
      );
    }
  } else {
    const found = lines.find((l) => l.role === 'headline');
    // "Fares rise ag - WXYZ News 7" read as the headline: the title printed in full below it.
    const bar = found && found === lines[0] ? titleBar(lines) : null;
    const headline = bar?.title ?? found;
    // A copy without a headline is titled by its first sentence, which stays body text.
    // Not a "Source: …" or archive label, which some copies print above the story.
    // Nor a site's offer at the top ("Get breaking news alerts …").
    const first = lines.find(
      (l, i) =>
        (l.role === 'dek' || l.role === 'body') &&
        !NOT_A_HEADLINE.test(l.text) &&
        !(i < MAX_NOTICE_LINE && isSiteOffer(l.text)),
    );
    const title = headline ? cleanTitle(headline.text) : first ? firstSentence(first.text) : null;
    if (title === null)
      return fail(
        1,
        'missing-field',
        'no headline or text found: the file has no line of four or more words',
      );
    const bylineLine = lines.find((l) => l.role === 'byline');
    // No date line: the date of the record the headline titles ("… Press Briefing on May 3,
    // 2012"), or the first paragraph's dateline ("WASHINGTON (Thursday, June 27, 2013) –").
    const dateline = datelineOf(lines);
    const headlineDate =
      statedIso === null
        ? (recordDate(headline?.text ?? '') ??
          (dateline ? (readDate(dateline)?.iso ?? null) : null))
        : null;
    const outlet = readOutlet(lines);
    meta = {
      // "Fares rise again | Harbour Radio": the outlet's name the title line ends with.
      title: withoutOutletSuffix(title, outlet),
      outlet,
      url: null,
      published: statedIso ?? headlineDate,
      dateSource: (statedIso ?? headlineDate) === null ? null : 'article',
      byline: bylineLine ? bylineName(bylineLine.text) : null,
      language: DEFAULT_LANGUAGE,
    };
  }
  const warnings = meta.published === null ? dateWarnings(found) : [];
  return ok({ id: articleIdOf(path), meta, warnings, ...extractArticle(lines) });
}
