import { speakerLabelLine } from './findSpeakerLabels.ts';
import { GIVEN_NAMES } from './givenNames.ts';
import { introducesStatement } from './introducesStatement.ts';
import { NOT_A_HEADLINE } from './notAHeadline.ts';
import { POST_SIGNATURE } from './postSignature.ts';
import { isDateLine, isPublicationLine } from './readStatedDate.ts';
import { ENDS_QUOTED, SIGNATURE_LINE } from './signatureLine.ts';
import type { BodyLine, LineRole } from './types.ts';
import { unwrapLines } from './unwrapLines.ts';

/** Page furniture: share buttons, navigation, counters, contact lines. Never prose, never quotes. */
const FURNITURE = [
  /^[•·*\-–]?\s*(?:link copied|copy link|share(?: on| this| via)?\b|tweet\b|email\b|print\b|facebook\b|twitter\b|whatsapp\b|linkedin\b)/i,
  /^(?:close(?: search window)?|search|menu|subscribe|sign (?:in|up)|log ?in|advertisement|skip to\b|go to (?:contents?|navigation|main)\b|follow us|back to top)\b/i,
  /^visited \d+ times/i,
  /^please direct (?:comments|questions)/i,
  /^button that\b/i,
  /^(?:copyright|©|all rights reserved)/i,
  /^(?:tags?|topics?|filed under)\s*:/i,
  // A notice to readers who block advertising.
  /\bad[- ]?block(?:er|ing)?\b/i,
  // A teaser for another story inside the article ("Related: Rich are paying more …").
  /^(?:related|read also|see also|also read)\s*:/i,
];
/**
 * A navigation or breadcrumb line: two or more short items (at most MAX_NAV_ITEM_WORDS
 * words each) joined by " | ", " · ", " • ", " › ", " » " or " > " ("Home | News | Health").
 * A page title such as "Long headline | The Outlet" is not one: its headline is too long.
 */
const NAV_SEPARATOR = /\s+[|·•›»>]\s+|\s{2,}|\t+/;
/** A match's result on a line of its own ("Halden Rovers 3-1 Brackwater United"): not a headline. */
const SCORELINE = /^\p{Lu}[\p{L} .'&-]*\s\d{1,2}\s*[-–]\s*\d{1,2}\s\p{Lu}[\p{L} .'&-]*$/u;
/** Most words of one navigation item ("Markets", "Science and Health", "North Korea"). */
const MAX_NAV_ITEM_WORDS = 4;
/**
 * A heading after which everything is lists of other articles ("Related stories",
 * "Related Press Releases", "Most read") or readers' comments ("3
 * thoughts on “…”", "12 Comments", "Leave a Reply", "Post a Comment"), or a blog post's
 * filing line ("Posted in Bees, Spring | Tagged …").
 */
const STOP =
  /^(?:related(?: \p{L}+){0,3}\s*:?$|related (?:stories|articles|news)\b|most (?:viewed|read|popular)(?: articles| stories)?\b|more (?:stories|from)\b|read more\b|recommended\b|you may also like\b|latest news\b|trending\b|\d+ (?:thoughts? on|comments?|responses?|replies)\b|comments?$|leave a (?:reply|comment)\b|post a comment\b|join the (?:discussion|conversation)\b|posted in [^|]+\|\s*tagged\b)/iu;
const BYLINE = /^(?:by|written by|words by|reporting by)\s+/i;
/** A copyright notice naming the publisher: "(c) 2018, The Washington Post", "© 2016 Thomson Reuters". */
export const COPYRIGHT = /(?:(?:\(c\)|©|ⓒ|\bcopyright\b)\s*)+(?:\d{4}\s*,?\s*)?/i;
/** A wire story's credit line: "(Reporting by …; Editing by …)", "Additional reporting by …". */
const WIRE_CREDIT = /^[([]?(?:(?:additional )?reporting|writing|editing|compiled|translated) by\b/i;
const PHOTO_CAPTION =
  /^(?:photo|image|picture|caption|video)\b\s*[:|-]|\((?:photo|image)[^)]*\)$|\b(?:getty images|afp photo|reuters photo)\b|\bphoto(?:graph)?(?: credit)?\s*:/i;
/** A line that ends a sentence (optionally closing quotes, or a wire credit like "(Yonhap)"). */
const PROSE_END = /(?:[.!?…:]["”’'»)\]]*|[.!?…]["”’']*\s*\([A-Z][^()]{0,40}\))$/;
/** Fewest words of a headline, a standfirst (dek) and a first body paragraph. */
const MIN_HEADLINE_WORDS = 4;
const MIN_DEK_WORDS = 5;
const MIN_BODY_WORDS = 6;
/** Most words of an outlet's name printed on its own line above the headline ("The Korea Herald"). */
const MAX_OUTLET_WORDS = 4;

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Gives each line of a captured article its role: headline, standfirst (dek), body prose,
 * or furniture (outlet name, byline, date line, captions, share buttons, related stories).
 * Only headline, dek and body lines are read for quotes and narration.
 */
export function classifyLines(body: string, firstLine: number, title: string | null): BodyLine[] {
  const raw = unwrapLines(
    body.split('\n').map((t, i) => ({ text: t.replace(/\r$/, '').trim(), line: firstLine + i })),
  );
  const nonEmpty = raw.filter((l) => l.text !== '');
  const pre: { text: string; line: number; role: LineRole | null }[] = nonEmpty.map((l, i) => {
    const prev = nonEmpty[i - 1]?.text;
    const next = nonEmpty[i + 1]?.text;
    return { ...l, role: furnitureRole(l.text, prev, next) };
  });
  // "Related stories" ends the article only once the story has begun: a menu line of that
  // name above the headline is furniture, not the end.
  const firstProse = pre.findIndex(
    (l) => l.role === null && PROSE_END.test(l.text) && words(l.text) >= MIN_BODY_WORDS,
  );
  const stopAt = pre.findIndex((l, i) => i > firstProse && firstProse >= 0 && STOP.test(l.text));
  if (firstProse >= 0) {
    for (const l of pre.slice(0, firstProse)) if (STOP.test(l.text)) l.role = 'furniture';
  }
  if (stopAt >= 0) for (const l of pre.slice(stopAt)) l.role = 'furniture';

  // A headline printed twice (page title and heading) above the byline or date is still
  // the headline; a line printed twice anywhere else is a caption.
  const firstMeta = pre.findIndex(
    (l) => (l.role === 'date' && isPublicationLine(l.text)) || l.role === 'byline',
  );
  const candidate = (l: (typeof pre)[number], i: number) =>
    (l.role === null && !NOT_A_HEADLINE.test(l.text) && !SCORELINE.test(l.text)) ||
    (l.role === 'caption' && l.text === pre[i + 1]?.text && (firstMeta < 0 || i < firstMeta));
  const wanted = title === null ? null : norm(title);
  let headlineAt =
    wanted === null ? -1 : pre.findIndex((l, i) => candidate(l, i) && norm(l.text) === wanted);
  if (headlineAt < 0) {
    const headlineLike = (l: (typeof pre)[number], i: number) =>
      candidate(l, i) && words(l.text) >= MIN_HEADLINE_WORDS && !isOutletLike(l.text);
    // Above a byline or date line, the headline is the one nearest to it that is no
    // standfirst: a teaser for another story or a section's title may come first.
    // (Only a byline or date line of the page's head, above the story's first paragraph.)
    const headMeta = firstMeta >= 0 && (firstProse < 0 || firstMeta < firstProse);
    const nearMeta = !headMeta
      ? -1
      : pre.findLastIndex((l, i) => i < firstMeta && headlineLike(l, i) && !isStandfirst(l.text));
    headlineAt = nearMeta >= 0 ? nearMeta : pre.findIndex(headlineLike);
    // A copy that starts with the story itself has no headline: its first paragraph is
    // body, never the headline.
    if (headlineAt >= 0 && isBodyProse(pre[headlineAt]!.text)) headlineAt = -1;
  }
  const headline = pre[headlineAt];
  if (headline) headline.role = null;
  const out: BodyLine[] = [];
  let inBody = false;
  pre.forEach((l, i) => {
    let role: LineRole;
    if (l.role !== null) role = l.role;
    else if (i < headlineAt) role = isOutletLike(l.text) ? 'outlet' : 'furniture';
    else if (i === headlineAt) role = 'headline';
    else if (
      !inBody &&
      !(PROSE_END.test(l.text) && words(l.text) >= MIN_BODY_WORDS) &&
      // "Statement from Bill Hancock:" introduces the words that follow: the body starts there.
      !(l.text.endsWith(':') && introducesStatement(l.text))
    ) {
      role = words(l.text) >= MIN_DEK_WORDS ? 'dek' : 'furniture';
    } else {
      inBody = true;
      // "Sen. Graham (R-SC):" on a line of its own labels the paragraph below it.
      // "– Great Britain coach, Brian Noble" under a quotation signs it (see SIGNATURE_LINE).
      const signs = SIGNATURE_LINE.test(l.text) && ENDS_QUOTED.test(pre[i - 1]?.text ?? '');
      role = (isProse(l.text) || signs) && speakerLabelLine(l.text) === null ? 'body' : 'furniture';
    }
    out.push({ text: l.text, line: l.line, role });
  });
  return out;
}

/**
 * Roles of paragraphs an HTML reader found in an article body: the same furniture rules as
 * for copied text (date lines, bylines, share buttons, navigation, captions printed twice),
 * and everything after a "Related stories" or "Most read" heading is furniture.
 */
export function classifyHtmlLines(lines: readonly BodyLine[]): BodyLine[] {
  let stopped = false;
  return lines.map((l, i) => {
    if (l.role !== 'body') return l;
    stopped ||= STOP.test(l.text);
    const role = stopped
      ? 'furniture'
      : (furnitureRole(l.text, lines[i - 1]?.text, lines[i + 1]?.text) ?? 'body');
    return { ...l, role };
  });
}

/** Fewest words of a paragraph that reads as prose though it does not end a sentence. */
const MIN_OPEN_PROSE_WORDS = 8;
/** Least share of a prose line's words written in lower case (a caption or title is mostly capitalised). */
const MIN_LOWER_SHARE = 0.5;

/**
 * A body paragraph: one that ends a sentence, or one that reads as prose though it does
 * not (a copy cut off mid-sentence, a paragraph ending "…, reports The Times"): eight words
 * or more, most of them in lower case; or an embedded post ending in its signature. Credit
 * lines and short labels stay furniture.
 */
function isProse(text: string): boolean {
  if (PROSE_END.test(text) || POST_SIGNATURE.test(text)) return true;
  if (WIRE_CREDIT.test(text)) return false;
  const ws = text.split(/\s+/).filter(Boolean);
  if (ws.length < MIN_OPEN_PROSE_WORDS) return false;
  const lower = ws.filter((w) => /^[^\p{L}]*\p{Ll}/u.test(w)).length;
  return lower >= MIN_LOWER_SHARE * ws.length;
}

/** Most words of a line of share buttons or page controls ("Share on Facebook", "Email"). */
const MAX_CONTROL_WORDS = 6;

function furnitureRole(text: string, prev?: string, next?: string): LineRole | null {
  // "Facebook CEO Mark Zuckerberg knows …" is prose, not a share button: controls are short.
  const [shareButton, ...others] = FURNITURE;
  const control =
    (words(text) <= MAX_CONTROL_WORDS && shareButton!.test(text)) ||
    others.some((re) => re.test(text));
  if (control) return 'furniture';
  // A date line before navigation: "06/18/2015 01:00 EDT | Updated …" is spaced like a menu.
  if (isDateLine(text)) return 'date';
  if (isNavigation(text)) return 'furniture';
  if (WIRE_CREDIT.test(text)) return 'furniture';
  if (BYLINE.test(text) && words(text) <= 12 && !/[.!?]["”]?$/.test(text)) return 'byline';
  // "John Wagner (c) 2018, The Washington Post": a byline with the publisher's copyright.
  if (COPYRIGHT.test(text) && words(text) <= 12) return 'byline';
  if (text === prev || text === next || isDoubled(text) || PHOTO_CAPTION.test(text))
    return 'caption';
  return null;
}

/** Most words of a headline; a longer line that ends a sentence is the story's first paragraph. */
const MAX_HEADLINE_WORDS = 25;
/** A headline's "Name: “quote”" or "“quote”: Name" form, which may end with a full stop. */
const QUOTE_HEADLINE = /^[^“"‘]{3,80}:\s*[“"‘]|^[“"‘].{3,200}[”"’]\s*:/;
/** A dateline: the first words of a story, never of a headline ("SEOUL, Nov. 2 (Yonhap) --"). */
const DATELINE_START = /^\p{Lu}[\p{Lu} .'-]{2,}(?:,|\s*\(|\s+[—–-]{1,2}\s)/u;

/** Fewest words of a standfirst that ends a sentence (shorter lines ending in a stop are headlines). */
const MIN_STANDFIRST_WORDS = 12;
/** A standfirst: a sentence or more under the headline. */
const isStandfirst = (text: string) =>
  words(text) >= MIN_STANDFIRST_WORDS && /[.!?…]["”’')]*$/.test(text);

/** A line that reads as the story's own prose rather than a headline. */
function isBodyProse(text: string): boolean {
  if (DATELINE_START.test(text)) return true;
  if (QUOTE_HEADLINE.test(text)) return false;
  return words(text) > MAX_HEADLINE_WORDS && /[.!?…]["”’')]*$/.test(text);
}

/** A breadcrumb or menu that starts at the site's home ("Home > News > …", "Home About Issues"). */
const HOME_MENU = /^home\b(?:\s*[|·•›»>]\s*|\s{2,}|\s+\p{Lu})/iu;

function isNavigation(text: string): boolean {
  if (HOME_MENU.test(text) && !/[.!?…]["”’']*$/.test(text)) return true;
  // "<< Previous post | Main | Next post >>": links to the posts before and after.
  if (/^(?:<<|«)|(?:>>|»)$/.test(text.trim())) return true;
  // "FinancialGovernment SolutionsLegalReuters News Agency…": a menu copied without spaces.
  if ((text.replace(/[@#]\w+/g, '').match(RUN_TOGETHER) ?? []).length >= MIN_RUN_TOGETHER)
    return true;
  const items = text.split(NAV_SEPARATOR);
  return (
    items.length >= 2 &&
    items.every((item) => /^\S/.test(item) && words(item) <= MAX_NAV_ITEM_WORDS) &&
    !/[.!?…]["”’']*$/.test(text)
  );
}

/** Two words run together by a copy that dropped the spaces between menu items ("SolutionsLegal"). */
const RUN_TOGETHER = /\p{Ll}{2,}\p{Lu}\p{Ll}/gu;
/** Fewest of them that make a line a menu. */
const MIN_RUN_TOGETHER = 2;

/** A caption printed twice on one line: "X (Yonhap) X (Yonhap)". */
function isDoubled(text: string): boolean {
  const half = (text.length - 1) / 2;
  return (
    Number.isInteger(half) && text.slice(0, half) === text.slice(half + 1) && text[half] === ' '
  );
}

function isOutletLike(text: string): boolean {
  const ws = text.split(/\s+/);
  return (
    ws.length <= MAX_OUTLET_WORDS &&
    ws.every((w) => /^[A-Z&]/.test(w) || /^(?:of|the|and|de|du|la|le)$/.test(w)) &&
    !PROSE_END.test(text) &&
    // Not a number ("39217"), a list or label ("Remorse, Demeanor, and Sentencing",
    // "Category Archive: …"), a menu word run together ("HamberMenu"), a short word ("In"),
    // a page control or section ("Text Size", "Press Release", "National"), or a person
    // ("James Saunders").
    !/[\d,:|]/.test(text) &&
    !/\p{Ll}\p{Lu}/u.test(text) &&
    !(ws.length === 1 && text.length <= 3 && text !== text.toUpperCase()) &&
    !NOT_OUTLETS.has(text.toLowerCase()) &&
    !(ws.length <= 3 && GIVEN_NAMES.has(ws[0]!.toLowerCase()))
  );
}

/** Page controls and section labels printed above a headline: never the outlet. */
const NOT_OUTLETS = new Set([
  'text size',
  'press release',
  'press releases',
  'guest reporter',
  'speaker',
  'presider',
  'home',
  'menu',
  'news',
  'latest news',
  'breaking news',
  'top stories',
  'opinion',
  'politics',
  'world',
  'business',
  'sports',
  'national',
  'local',
  'nation',
  'international',
  'economy',
  'video',
  'photos',
  'live',
]);

/** The byline's names, or null when the byline line names nobody ("Written by 11:21 AM Politics"). */
export function bylineName(text: string): string | null {
  const name = text.replace(BYLINE, '').trim();
  return /^[A-Z]/.test(name) && !/\d/.test(name) ? name : null;
}
