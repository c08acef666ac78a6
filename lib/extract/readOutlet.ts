import { COPYRIGHT } from './classifyLines.ts';
import { interviewerOutlet } from './interviewerOutlet.ts';
import { mastheadName } from './mastheadName.ts';
import { DATELINE_PLACE, ORGANIZATION_WORDS, PLACE_FIRST_WORDS, PLACES } from './patterns.ts';
import { promotedOutlet } from './promotedOutlet.ts';
import { readDate } from './readDate.ts';
import { headLines, isDateLine, opensWithDateLabel, signedLine } from './readStatedDate.ts';
import { repostSource } from './repostSource.ts';
import { titleBar } from './titleBar.ts';
import type { BodyLine } from './types.ts';

/** News agencies a plain-text copy may name on a line of its own ("PTI", "Reuters Staff"). */
const AGENCIES = new Set(
  'ap afp reuters bloomberg yonhap xinhua kyodo pti ani upi ians tass efe dpa ansa jiji bernama irna antara anadolu aap'.split(
    ' ',
  ),
);
/**
 * A wire dateline's credit: "WASHINGTON (AP) —", "TARROW, Ore. (AP) _" (an underscore for the
 * dash, as AP's plain-text wire prints it), "(Harbour's) --", "SEOUL, Nov. 3 (Yonhap) --", "New Delhi,
 * Sept. 25 (ANI):", "TARROW, Ont. (WXYZ 7) --", "TARROW (ABC/AP) —", after a place's
 * region in brackets too ("Tarrow (Harbourshire) [Ruritania], May 3 (ANI):"); no sentence
 * before it. Before the credit: any character but brackets and stops, an abbreviation's
 * stop ("Wis.", "Nov. 3", not a stop before a capitalised word), or a bracketed place.
 */
const DATELINE_CREDIT =
  /^(?:[^()[\].!?]|\.(?!\s+\p{Ll}*\p{Lu}\p{Ll}+\s)|\([^()]{1,40}\)\s*(?!--|—|–|-|:)|\[[^\]]{1,40}\]){0,100}?\(\s?([A-Za-z][A-Za-z0-9.&'’/ -]{0,29})\)\s*(?:--|—|–|-|:|_)\s/u;

/** A publisher after a copyright mark: "(c) 2018, The Washington Post", "ⓒ Aju Press All rights". */
const COPYRIGHT_NAME =
  /^\s*((?:the\s+)?\p{Lu}[\p{L}.&'-]*(?:\s+(?:\p{Lu}[\p{L}.&'-]*|of|the|and)){0,5})/u;
/** A notice's closing words after the publisher's name: "KHBC. All rights reserved." */
const RIGHTS_RESERVED = /^[^.]{2,60}[.,]?\s+all rights reserved\b/i;
/** A byline that names an organisation: "By The Associated Press", "• By: Harbour Daily Brief". */
const BYLINE_ORG =
  /^(?:[•·]\s*)?by:?\s+((?:the\s+)?\p{Lu}[\p{L}.&'-]*(?:\s+\p{Lu}[\p{L}.&'-]*){0,4})\s*$/iu;

const isOrganisation = (name: string) =>
  name
    .toLowerCase()
    .split(/\s+/)
    .some((w) => ORGANIZATION_WORDS.has(w) || AGENCIES.has(w) || w === 'associated');

/**
 * The outlet a plain-text copy states, where it states one: the outlet's name printed
 * above the headline; else a byline that is an organisation ("By The Associated Press");
 * else a wire dateline's credit ("WASHINGTON (AP) —"); else a copyright notice ("(c) 2018,
 * The Washington Post"); else an agency's name on a line of its own ("PTI", "Reuters
 * Staff"). Null when the copy names none: a site's section or a person is never one.
 */
export function readOutlet(lines: readonly BodyLine[]): string | null {
  // "harbourwire.example", "HARBOUR-NEWS.org - Release Distribution": the site's own address.
  const address = mastheadAddress(lines);
  if (address) return address;
  const above = lines.find((l) => l.role === 'outlet');
  // "Harbour News Share": a page control copied onto the masthead's line is no part of it.
  // "Off the Pier (OTP)", "Site icon Harbour Times": the name its masthead prints.
  if (above)
    return (
      mastheadName(above.text) ?? above.text.replace(/\s+(?:share|menu|search|subscribe)$/i, '')
    );
  // "Fares rise again - HBC" over the title printed again: the site's name in the title line.
  const bar = titleBar(lines);
  if (bar) return bar.site;
  for (const l of lines) {
    const by = l.role === 'byline' ? BYLINE_ORG.exec(l.text.trim()) : null;
    // "By Staff Reuters", "By Reuters Staff": the desk's word is no part of the name.
    if (by && isOrganisation(by[1]!)) return by[1]!.replace(STAFF_FIRST, '').replace(DESK, '');
  }
  const desk = deskByline(lines);
  if (desk) return desk;
  const affiliation = bylineAffiliation(lines);
  if (affiliation) return affiliation;
  // "Harbour Wire Media | Mar 04, 2025" above the story: an organisation signs it.
  for (const l of headLines(lines)) {
    const name = signedLine(l.text)?.name;
    // Not a desk ("News Staff"), which names no outlet.
    if (name && isOutletName(name)) return name;
  }
  const facts = factsBarOutlet(lines);
  if (facts) return facts;
  const credit = wireCredit(lines);
  // The publisher's copyright names the outlet; a wire credit counts when it names none,
  // or names the agency's parent ("(Reuters)" under "© 2016 Thomson Reuters").
  const copyright = copyrightName(lines);
  if (copyright && !(credit && copyright.split(/\s+/).includes(credit))) return copyright;
  if (credit) return credit;
  for (const l of lines) {
    // "Source: Harbour Wire" on a line of its own, or as one of the facts a bar parts ("Source:
    // Harbour Wire| 2019-04-02|Editor: …"): where the copy says its story comes from.
    if (l.role === 'body') continue;
    for (const part of l.text.trim().split(/\s*\|\s*/)) {
      const source = SOURCE_LINE.exec(part);
      if (source) return source[1]!;
    }
  }
  for (const l of lines) {
    // "PTI", "Reuters Staff", "• Kyodo News", "The Associated Press", "Jiji Press",
    // "IRNA - Islamic Republic News Agency".
    if (l.role === 'body') continue;
    const printed = l.text.trim().replace(/^[•·*-]\s*/, '');
    const words = printed.replace(/\s+Staff$/i, '');
    if (AGENCIES.has(words.toLowerCase())) return words;
    const agency = /^(\p{L}+)\s+News$/u.exec(printed);
    if (agency && AGENCIES.has(agency[1]!.toLowerCase())) return printed;
    const named = AGENCY_LINE.exec(words);
    if (named && (AGENCIES.has(named[2]!.toLowerCase()) || /^associated$/i.test(named[2]!)))
      return named[3] ? named[2]! : named[1]!;
  }
  // "… and Britain." then "HNA", the copy's last line: the agency signs its story.
  const sign = closingSign(lines);
  if (sign) return sign;
  // "… originally appeared on Harbour Sports", "→ Continue reading at Harbour Business": a
  // repost names where its story ran first.
  const source = repostSource(lines);
  if (source) return source;
  // "Watch Harbour News", "Subscribe to Harbour Review": the page's calls to its readers.
  // Else the outlet its people spoke to, paragraph after paragraph ("told Harbour Radio").
  return promotedOutlet(lines) ?? interviewerOutlet(lines);
}

/**
 * An agency's name on a line of its own, with "The" and "Press" or "News" ("The Associated
 * Press", "Jiji Press"), or before a dash and its name in full ("IRNA - Islamic Republic
 * News Agency", group 3). Group 2: the agency's word.
 */
const AGENCY_LINE =
  /^((?:the\s+)?(\p{L}+)(?:\s+(?:press|news))?)(\s+[-–—]\s+\p{Lu}[\p{L} ]{3,60})?$/iu;
/** A "Source:" line that names a publication in a few capitalised words ("Source: Harbour Wire"). */
const SOURCE_LINE = /^source\s*:\s*(\p{Lu}[\p{L}\d.&'-]*(?:\s+\p{Lu}[\p{L}\d.&'-]*){0,3})$/iu;

/**
 * The author a date line or byline names when it is the outlet itself: a desk ("by
 * Harbour Post Staff", "Written By Harbour Web Team": the name before it) or an
 * organisation ("March 4, 2025 — By Harbour Wildlife Federation", "Posted on: March 4,
 * 2025 by Harbour News No Comments", the comment counter dropped). Group 1: the name.
 */
const AUTHOR = /(?:^|\s)by:?\s+((?:the\s+)?\p{Lu}[\p{L}\d.&'-]*(?:\s+\p{Lu}[\p{L}\d.&'-]*){0,4})/iu;
/** A desk's word before an organisation's name in a byline: "By Staff Harbour Wire". */
const STAFF_FIRST = /^staff\s+(?=\S)/i;
/** A desk after an outlet's name: "Staff", "Web Team", "News Desk". */
const DESK = /\s+(?:staff|(?:web |news |editorial )?(?:team|desk))$/i;
/** What is left of a desk that names no outlet: "News Desk", "the Editorial Team". */
const GENERIC_DESK = /^(?:the|our|news|editorial|web|digital|online|staff)$/i;

/** A name of two or more words with an organisation's word that is not a desk ("News Staff"). */
const isOutletName = (name: string) =>
  name.split(/\s+/).length >= 2 && isOrganisation(name) && !DESK.test(name);

/** A comment counter after a date line's author ("… by Harbour News No Comments"). */
const COMMENT_COUNTER = /\s+(?:no|\d+)\s+comments?$/i;

/**
 * A name without the date label run on after it: "Harbour Times Published" (from "By Harbour
 * Times Published: Mar 4, 2025") is "Harbour Times".
 */
function withoutDateLabel(name: string): string {
  const ws = name.split(/\s+/);
  const at = ws.findIndex((_, i) => i > 0 && opensWithDateLabel(ws.slice(i).join(' ')));
  return at > 0 ? ws.slice(0, at).join(' ') : name;
}

/**
 * The outlet that opens a date line's bar of facts: "PTI | Tarrow | Updated: 14-03-2025 …",
 * "Tarrow Daily | Updated: 2025-03-04 08:47". An agency, or a name of two or more words with
 * an organisation's word (a writer's name, a desk or a section names none), before a bar
 * whose other parts give a date among its facts.
 */
function factsBarOutlet(lines: readonly BodyLine[]): string | null {
  for (const l of lines) {
    if (l.role !== 'date') continue;
    const [name, ...facts] = l.text.trim().split(/\s*\|\s*/);
    if (!name || facts.length === 0 || !facts.some((f) => isDateLine(f))) continue;
    const ws = name.split(/\s+/);
    // A name in capitalised words, not a labelled fact ("Source: Harbour Wire", read below).
    if (ws.length > MAX_BAR_NAME_WORDS || !ws.every((w) => /^\p{Lu}[\p{L}\d.&'’-]*$/u.test(w)))
      continue;
    if (AGENCIES.has(name.toLowerCase())) return name;
    if (isOutletName(name)) return name;
  }
  return null;
}

/** Most words of an outlet's name before a facts bar: "Harbour Wire Service Daily". */
const MAX_BAR_NAME_WORDS = 4;

function deskByline(lines: readonly BodyLine[]): string | null {
  for (const l of lines) {
    if (l.role !== 'date' && l.role !== 'byline') continue;
    const m = AUTHOR.exec(l.text.trim());
    if (!m) continue;
    const name = withoutDateLabel(m[1]!.replace(COMMENT_COUNTER, ''));
    const desk = DESK.test(name) ? name.replace(DESK, '') : null;
    // "By News Desk", "by the Editorial Team": a desk that names no outlet.
    if (desk) return GENERIC_DESK.test(desk) ? null : desk;
    // "May 3, 2025 00:00 by HNA": an agency by its name alone signs too.
    const signs = name.split(/\s+/).length >= 2 || AGENCIES.has(name.toLowerCase());
    if (l.role === 'date' && signs && isOrganisation(name)) return name;
  }
  return null;
}

/**
 * A byline's affiliation after the writer's name: "By Jo Reed, Associated Press Writer",
 * "By Jo Reed, The Associated Press", "By: Jo Reed | WXYZ 7". Only an agency, a name of two
 * or more words with an organisation's word, or a broadcaster's call sign and channel: a
 * writer's title ("Harbour Correspondent") is none.
 */
const BYLINE_AFFILIATION =
  /^(?:[Bb]y|[Ww]ritten [Bb]y)\s*:?\s+[^,|]{3,60}?(?:,|\s\|)\s+((?:the\s+)?\p{Lu}[\p{L}\d.&'-]*(?:\s+[\p{Lu}\d][\p{L}\d.&'-]*){0,4})$/u;
/** An affiliation and the writer's role on a line of their own: "Harbour Post Staff Writers". */
const AFFILIATION_LINE = /^((?:the\s+)?\p{Lu}[\p{L}\d.&'-]*(?:\s+\p{Lu}[\p{L}\d.&'-]*){1,5})$/u;
/** A writer's role after the affiliation: "Associated Press Writer", "Reuters Staff". */
const WRITER_ROLE = /\s+(?:staff\s+)?(?:writer|correspondent|reporter|staff)s?$/i;
/** A date in numbers closing a byline, after a comma: ", 01/31/00", ", 4.3.2025". */
const TRAILING_NUMERIC_DATE = /,\s*\d{1,2}([./-])\d{1,2}\1\d{2,4}$/;
/** A site's address printed as its name: "harbourwire.example", "tarrow-news.co.uk". */
const SITE_ADDRESS = /^[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,}$/i;
/** A file's name, whose extension reads like a site's domain: "harbour-quay.jpg", "notes.pdf". */
const FILE_NAME = /\.(?:jpe?g|png|gif|webp|svg|pdf|docx?|html?|php|aspx?|mp[34]|txt)$/i;
/** A site's tagline after its address on the masthead's line: " - Release Distribution". */
const TAGLINE = /^\s+[-–—|]\s+\p{L}[\p{L} ]{0,40}$/u;

/**
 * A site's address printed as its masthead above the story ("www.harbourwire.example",
 * "HARBOURWIRE.COM", "HARBOUR-NEWS.org - Release Distribution", its tagline after a dash):
 * the address as printed. Null when no line above the story's first paragraph is one.
 */
function mastheadAddress(lines: readonly BodyLine[]): string | null {
  for (const l of lines) {
    if (l.role === 'body') break;
    const text = l.text.trim();
    const address = /^\S+/.exec(text)![0];
    const rest = text.slice(address.length);
    if (!SITE_ADDRESS.test(address) || FILE_NAME.test(address)) continue;
    if (rest === '' || TAGLINE.test(rest)) return address;
  }
  return null;
}

/** An agency's sign: its initials in capitals ("HNA", "TARWIRE"). */
const SIGN = /^\p{Lu}{3,8}$/u;
/** A paragraph that ends a sentence, closing marks after the stop. */
const ENDS_SENTENCE = /[.!?]["”’)]*$/u;

/**
 * An agency's initials on the copy's last line, right under the story's last paragraph
 * ("… the council said." then "HNA"), as agencies sign their stories: the outlet. Null for
 * any other last line (a team's name over a list of players stands above more lines).
 */
function closingSign(lines: readonly BodyLine[]): string | null {
  const [before, last] = [lines.at(-2), lines.at(-1)];
  if (!before || !last || before.role !== 'body') return null;
  const text = last.text.trim();
  return SIGN.test(text) && ENDS_SENTENCE.test(before.text.trim()) ? text : null;
}

/** A broadcaster's call sign and channel: "WXYZ 7", "CBS 58". */
const CALL_SIGN = /^\p{Lu}{2,5}\s\d{1,3}$/u;

/** What may part a byline from the date it closes with: a comma, a spaced dash or a bar. */
const BEFORE_CLOSING_DATE = /(?:,|\s[-–—|])\s*$/;

/**
 * A byline without the date that closes it: ", 01/31/00", " – March 4, 2025", " | Mar 4,
 * 2025", ", 4 March 2025" (a full date read to the line's end, its separator before it).
 */
function withoutClosingDate(text: string): string {
  const short = text.replace(TRAILING_NUMERIC_DATE, '');
  if (short !== text) return short;
  const found = readDate(text);
  if (!found || text.slice(found.end).trim() !== '') return text;
  const before = text.slice(0, found.index);
  return BEFORE_CLOSING_DATE.test(before) ? before.replace(BEFORE_CLOSING_DATE, '') : text;
}

function bylineAffiliation(lines: readonly BodyLine[]): string | null {
  for (const [i, l] of lines.entries()) {
    if (l.role === 'body' || l.role === 'headline') continue;
    // "By Jo Reed, Reuters, 01/31/00": the byline's date after the affiliation is no part of it.
    const m = BYLINE_AFFILIATION.exec(withoutClosingDate(l.text.trim()));
    // "By Jo Reed" then "Associated Press Writer": the affiliation on the line below.
    const below = l.role === 'byline' ? lines[i + 1] : undefined;
    const own =
      below && below.role !== 'body' && WRITER_ROLE.test(below.text.trim())
        ? AFFILIATION_LINE.exec(below.text.trim())
        : null;
    // "By Ada Quill | harbourwire.example | March 4, 2025": the site's address between bars.
    const site =
      l.role === 'byline' ? l.text.split(/\s+\|\s+/).find((p) => SITE_ADDRESS.test(p)) : undefined;
    if (site) return site;
    const printed = m?.[1] ?? own?.[1];
    if (!printed) continue;
    const org = printed.replace(WRITER_ROLE, '');
    const ws = org.split(/\s+/);
    if (AGENCIES.has(org.toLowerCase()) || CALL_SIGN.test(org)) return org;
    if (ws.length >= 2 && isOrganisation(org)) return org;
  }
  return null;
}

/**
 * A wire between slashes: a release's "HARBOURVILLE, Texas, Oct. 2, 2019 /PRNewswire/ --",
 * "TARROW, May 3, 2025 /4AB/ –" (a name that opens with a digit), or an agency's
 * "TARROW, May 3. /HNA/. The harbour board …" (a stop after it, as some agencies print).
 */
const SLASHED_CREDIT =
  /^[^/]{0,80}\/((?=[\w -]*[A-Za-z])[A-Za-z\d][\w -]{1,29})\/\s*(?:--|—|–|\.\s+\p{Lu})/u;
/**
 * An agency named after the dateline's dash, then a stop: "TARROW, May 3 - Harbour News.
 * The board …" (a place in capitals and a date with its day before it). Group 1: the name.
 */
const DASHED_CREDIT =
  /^\p{Lu}{2,}[\p{Lu} .'-]*,\s+(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}+)\s+[-–—]\s+(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+){0,2})\.\s+\p{Lu}/u;
/**
 * A wire in capitals between dashes after the dateline: "NEW YORK—(BUSINESS WIRE)—",
 * "Tarrow, March 4 (GLOBE NEWSWIRE) --"; not a place in brackets opening the story ("(NEW
 * YORK) —", as some broadcasters print their datelines).
 */
const CAPITALS_CREDIT = /^[^()]{1,80}\((\p{Lu}{2,}(?: \p{Lu}{2,}){1,2})\)\s*(?:--|—|–)/u;
/** Words in capitals that name a place ("PORT VELL", "NEW YORK", "LONDON"), as a dateline does. */
const placeInCapitals = (words: string): boolean => {
  const lower = words.toLowerCase();
  return PLACES.has(lower) || PLACE_FIRST_WORDS.has(lower.split(' ')[0]!);
};
/** An agency's credit with no dash after it: "Tarrow, Sep 4 (PTI) The board …", "(PTI )". */
const BARE_CREDIT = /^[^()]{0,60}\(\s?([A-Za-z]{2,10})\s?\)\s+\p{Lu}/u;
/** An agency's credit closing a paragraph: "… in the 2017 elections. (ANI)", "… on Monday. — Bernama". */
const CLOSING_CREDIT = /[.!?]["”’]?\s*(?:\(([A-Za-z]{2,10})\)|[—–]\s*([A-Za-z]{2,10}))$/;

/**
 * The wire a story's dateline credits ("WASHINGTON (AP) —", "/PRNewswire/ --",
 * "—(BUSINESS WIRE)—", "Raipur, Sep 4 (PTI) …"), or an agency's credit closing a paragraph
 * ("… (ANI)"). Null when there is none.
 */
function wireCredit(lines: readonly BodyLine[]): string | null {
  const body = lines.filter((l) => l.role === 'body');
  const first = body[0]?.text ?? '';
  // The story's first paragraph, or a paragraph above it that the copy styled as a standfirst
  // ("Tarrow, Wis. (HNA) - The board …" under the headline).
  const story = body[0] ? lines.indexOf(body[0]) : lines.length;
  const deks = lines.slice(0, story).filter((l) => l.role === 'dek');
  for (const text of [first, ...deks.map((l) => l.text)]) {
    const dated = DATELINE_CREDIT.exec(text);
    if (dated && isDatelineCredit(dated)) return publisherOfCredit(dated[1]!.trim());
  }
  // "The board agreed on Monday to …" then "TARROW (HNA) — …": a lead of one sentence above
  // the dateline, which opens with its place in capitals (a blog's own paragraphs before a
  // wire story it quotes run to several sentences).
  for (const [i, l] of body.slice(0, MAX_DATELINE_PARAGRAPH).entries()) {
    if (i === 0) continue;
    // Each paragraph above it a lead (those above the last were, or the loop ended).
    if (!isOneSentenceLead(body[i - 1]!.text)) break;
    const dated = DATELINE_PLACE.test(l.text) ? DATELINE_CREDIT.exec(l.text) : null;
    if (dated && isDatelineCredit(dated)) return publisherOfCredit(dated[1]!.trim());
  }
  // A standfirst printed as a paragraph, one short sentence, then the dateline: "The report
  // came ahead of the summit." over "Sept. 23 (HNA) -- …" (an agency's or a call sign's
  // credit before a dash; a blog's own paragraph before a wire story it quotes is longer).
  const second = body[1] ? DATELINE_CREDIT.exec(body[1].text) : null;
  if (second && isStandfirstParagraph(first) && isDatelineCredit(second)) {
    const credit = second[1]!.trim();
    if (
      /[-–—]\s$/.test(second[0]) &&
      (AGENCIES.has(credit.toLowerCase()) || /^\p{Lu}{2,5}$/u.test(credit))
    )
      return credit;
  }
  // A release's dateline may follow a subhead: the first paragraphs that carry one.
  for (const l of body.slice(0, MAX_DATELINE_PARAGRAPH)) {
    // ("Harbour Pictures(PORT VELL) — …": a place in brackets after a photo's credit is the
    // dateline, no wire.)
    const capitals = CAPITALS_CREDIT.exec(l.text);
    const place = capitals ? placeInCapitals(capitals[1]!) : false;
    const wire =
      SLASHED_CREDIT.exec(l.text) ?? (place ? null : capitals) ?? DASHED_CREDIT.exec(l.text);
    if (wire) return wire[1]!.trim();
  }
  const bare = BARE_CREDIT.exec(first);
  if (bare && AGENCIES.has(bare[1]!.toLowerCase())) return bare[1]!;
  for (const l of body) {
    const closing = CLOSING_CREDIT.exec(l.text.trim());
    const agency = closing ? (closing[1] ?? closing[2]!) : null;
    if (agency && AGENCIES.has(agency.toLowerCase())) return agency;
  }
  return null;
}
/** Most words of a standfirst printed as the story's first paragraph. */
const MAX_STANDFIRST_WORDS = 25;

/** Most words of a lead of one sentence above a dateline: a news lead rarely runs longer. */
const MAX_LEAD_WORDS = 60;

/**
 * One sentence of at most `MAX_LEAD_WORDS` that ends with its stop: a lead or a notice above
 * the dateline (not "A blogger quotes the wire:", a line that introduces an excerpt).
 */
const isOneSentenceLead = (text: string) =>
  isOneSentence(text, MAX_LEAD_WORDS) && ENDS_SENTENCE.test(text.trim());

/** One short sentence: a standfirst, not the story's (or a blog's) own first paragraph. */
const isStandfirstParagraph = (text: string) => isOneSentence(text, MAX_STANDFIRST_WORDS);

/** At most `maxWords` words and no sentence's stop inside (one may close the text). */
const isOneSentence = (text: string, maxWords: number) =>
  text.split(/\s+/).length <= maxWords && !/[.!?]["”’]?\s+\S/.test(text.trim());

/**
 * A dateline's credit: its place and date in capitalised words and numbers before it (not
 * "Shares of Harbour Inc. (HBR) - Get Report"); initials before a colon only when they are
 * an agency's ("(ANI):", not an interviewer's label "Harbour Weekly (HW): …").
 */
function isDatelineCredit(m: RegExpExecArray): boolean {
  const credit = m[1]!.trim();
  // "(Web Desk)", "(News Desk)": a desk, which names no outlet.
  if (DESK.test(` ${credit}`)) return false;
  // The credit's bracket is the match's last: no bracket is part of the credit.
  const before = m[0].slice(0, m[0].lastIndexOf('('));
  if (/(?:^|\s)\p{Ll}/u.test(before)) return false;
  if (/:\s$/.test(m[0]) && /^\p{Lu}{2,5}$/u.test(credit)) return AGENCIES.has(credit.toLowerCase());
  return isCredit(credit);
}
/**
 * Body paragraphs searched for a dateline (its place, date and wire credit): a press
 * release may put a subhead or two first. `parseArticle` reads the dateline's date in as
 * many.
 */
export const MAX_DATELINE_PARAGRAPH = 3;

/** A photographer's name after a slash, as a picture's credit prints it: " / Ada Quill". */
const PHOTOGRAPHER_AFTER = /^\s*\/\s*\p{Lu}/u;

/** The publisher a copyright notice names, outside the story's paragraphs. */
function copyrightName(lines: readonly BodyLine[]): string | null {
  for (const l of lines) {
    const mark = COPYRIGHT.exec(l.text);
    // A photographer's copyright in a caption is no publisher's; a paragraph's is only a
    // footer's notice ("… Tarrow, HB 33620 • © 2009 KHBC. All rights reserved.").
    if (!mark || l.role === 'caption') continue;
    const after = l.text.slice(mark.index + mark[0].length);
    if (l.role === 'body' && !RIGHTS_RESERVED.test(after)) continue;
    // "Copyright ©harbourwire.example": the site's address as its name.
    const site = /^\S+/.exec(after)?.[0]?.replace(/[.,]+$/, '');
    if (site && SITE_ADDRESS.test(site)) return site;
    const name = COPYRIGHT_NAME.exec(after);
    // "© HARBOURPIX / Ada Quill/Pool": a picture's agency and photographer, no publisher.
    if (name && PHOTOGRAPHER_AFTER.test(after.slice(name[0].length))) continue;
    if (name && !/^all\b/i.test(name[1]!))
      return name[1]!
        .replace(/[.,]?\s+All(?:\s+Rights(?:\s+Reserved)?)?[.,]*$/i, '')
        .replace(/[.,]+$/, '');
  }
  return null;
}

/**
 * A wire credit: an agency, a call sign or acronym of two to five capitals ("AP", "WAVY"),
 * or a name in title case ("Yonhap"); not a label in capitals ("(MODERATOR):").
 */
function isCredit(text: string): boolean {
  if (isOneCredit(text)) return true;
  // "(Harbour-HNA)": a publisher's credit and the agency's whose copy it carries;
  // "(WXYZNews/WXYZ 7)": two stations' credits. Each part is a credit, or a name that opens
  // with a call sign ("WXYZNews").
  const joint = JOINT_CREDIT.exec(text);
  return (
    joint !== null && [joint[1]!, joint[2]!].every((p) => isOneCredit(p) || CALL_SIGN_NAME.test(p))
  );
}

/** Two credits joined by a slash, or by a hyphen before an agency's capitals: groups 1 and 2. */
const JOINT_CREDIT = /^([^/-]+)(?:\/|-(?=\p{Lu}{2,5}$))([^/-]+)$/u;
/** A call sign and a name run into it or its city's initials: "WXYZNews", "HBC TW". */
const CALL_SIGN_NAME = /^\p{Lu}{2,5}(?:(?:\p{Lu}\p{Ll}+)+|\s\p{Lu}{2,3})$/u;

/**
 * The publisher a dateline's credit names: the credit as printed, or the first of a
 * publisher's and an agency's joined by a hyphen ("Harbour-HNA": Harbour's page).
 */
function publisherOfCredit(credit: string): string {
  const joint = JOINT_CREDIT.exec(credit);
  return joint && !credit.includes('/') ? joint[1]! : credit;
}

function isOneCredit(text: string): boolean {
  if (AGENCIES.has(text.toLowerCase())) return true;
  // "AP", "WAVY", a call sign and channel "WXYZ 7", a joint credit "ABC/AP".
  if (/^\p{Lu}{2,5}(?:\s?\d{1,3}|(?:\/\p{Lu}{2,5})+)?$/u.test(text)) return true;
  // "Yonhap", "Harbour Wire", a possessive name "Harbour's" (as a weekly credits itself).
  if (/^\p{Lu}\p{Ll}+(?:['’]s)?(?:\s+\p{Lu}\p{Ll}+){0,2}$/u.test(text)) return true;
  // "HarbourHealthNews", "QuayWire": a name whose capitalised words run together.
  return /^(?:\p{Lu}\p{Ll}+){2,4}$/u.test(text);
}
