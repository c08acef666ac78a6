import { colonLikeIntro } from './colonLikeIntro.ts';
import { crumbTitle } from './crumbTitle.ts';
import { speakerLabelLine } from './findSpeakerLabels.ts';
import { givenName } from './givenNames.ts';
import { introducesStatement } from './introducesStatement.ts';
import { mastheadName } from './mastheadName.ts';
import { memberHeader } from './memberHeader.ts';
import { NOT_A_HEADLINE } from './notAHeadline.ts';
import { POST_SIGNATURE } from './postSignature.ts';
import { isDateLine, isPublicationLine, opensWithDateLabel } from './readStatedDate.ts';
import type { BodyLine, LineRole } from './types.ts';
import { unwrapLines } from './unwrapLines.ts';

/** Page furniture: share buttons, navigation, counters, contact lines. Never prose, never quotes. */
const FURNITURE = [
  /^[•·*\-–]?\s*(?:link copied|copy link|share(?: on| this| via)?\b|tweet\b|email\b|print\b|facebook\b|twitter\b|whatsapp\b|linkedin\b)/i,
  /^(?:\d+\.\s+)?(?:close(?: search window)?|search|menu|subscribe|sign (?:in|up)|log ?in|advertisement|skip to\b|go to (?:contents?|navigation|main)\b|follow us|back to top)\b/i,
  /^visited \d+ times/i,
  /^please direct (?:comments|questions)/i,
  /^button that\b/i,
  /^(?:copyright|©|all rights reserved)/i,
  /^(?:tags?|topics?|filed under)\s*:/i,
  // A notice to readers who block advertising.
  /\bad[- ]?block(?:er|ing)?\b/i,
  // A teaser for another story inside the article ("Related: Rich are paying more …").
  /^(?:related|read also|see also|also read)\s*:/i,
  // A link to another page, whatever its words ("Click here for the whole story: ‘…’",
  // "Click here for the full list"): the title it quotes is no one's words.
  /^click here\b/i,
  // A line that sends the reader to a link ("Read the whole letter here.", "Watch the
  // interview here"): an imperative of reading or watching, a few words, "here" last.
  /^(?:read|find|see|view|watch|listen to|download)\s[^.!?:,;“”"]{0,60}\bhere\s*[.!]?$/i,
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
/** A line that ends as a sentence does: a stop, an ellipsis or a colon, then closing marks. */
const ENDS_WITH_STOP = /[.!?…:]["”’')]*$/;
/**
 * A heading of a box of other articles ("Related stories", "Related Press Releases", "Most
 * read", "READ MORE: <another story's title>", "You might also want to read:"). At the
 * article's end everything after it is teasers; but pages print the same box in the middle
 * of the story, and a copy keeps its heading without its links: when the story's prose goes
 * on right below it (`storyGoesOn`), only the heading is furniture.
 */
const LIST_HEADING =
  /^(?:related(?: \p{L}+){0,3}\s*:?$|related (?:stories|articles|news)\b|most (?:viewed|read|popular)(?: articles| stories)?\b|more (?:stories|from)\b|read more\b|recommended\b|you (?:may|might) also (?:like|want to (?:watch|read|see))\b|latest news\b|trending\b)/iu;
/**
 * A heading after which everything is readers' comments ("3 thoughts on “…”", "12
 * Comments", "Leave a Reply", "Post a Comment") or a blog post's filing line ("Posted in
 * Bees, Spring | Tagged …"): the article has ended, whatever follows.
 */
const END_HEADING =
  /^(?:\d+ (?:thoughts? on|comments?|responses?|replies)\b|comments?$|leave a (?:reply|comment)\b|post a comment\b|join the (?:discussion|conversation)\b|posted in [^|]+\|\s*tagged\b)/iu;
const isStopHeading = (text: string) => LIST_HEADING.test(text) || END_HEADING.test(text);
/** A byline, perhaps after a list's bullet or with a colon ("• By Ada Quill | Harbour Wire | May 4, 2019", "By: Ada Quill"). */
const BYLINE = /^(?:[•·]\s*)?(?:by|written by|words by|reporting by):?\s+/i;
/** A line that ends with a year and a stop, as a dated byline may ("… on March 4, 2016."). */
const DATED_STOP = /\b(?:19|20)\d{2}\.$/;
/** A copyright notice naming the publisher: "(c) 2018, The Washington Post", "© 2016 Thomson Reuters". */
export const COPYRIGHT = /(?:(?:\(c\)|©|ⓒ|\bcopyright\b:?)\s*)+(?:\d{4}\s*,?\s*)?/i;
/** A wire story's credit line: "(Reporting by …; Editing by …)", "Additional reporting by …". */
const WIRE_CREDIT = /^[([]?(?:(?:additional )?reporting|writing|editing|compiled|translated) by\b/i;
const PHOTO_CAPTION =
  /^(?:photo|image|picture|caption|video)\b\s*[:|-]|\((?:photo|image)[^)]*\)$|\b(?:getty images|afp photo|reuters photo)\b|\bphoto(?:graph)?(?: credit)?\s*:/i;
/**
 * A caption that ends with its picture's credit: an agency's initials after the sentence
 * ("Ada Quill celebrates her goal. PA", "… at the quay. AFP / Tarrow Pictures", "… on May
 * 4, 2019. REUTERS/Ben Hallam", "… AP Photo/Ben Hallam"), a labelled credit after it ("… at the
 * quay. Picture: Harbour Wire"), or a
 * "pic"/"photo" credit after a dash ("… on Friday. — Harbour Wire pic").
 */
const CREDITED_CAPTION =
  /[.!?]\s+(?:PA|AP|AFP|EPA|Reuters|REUTERS|Getty Images|Shutterstock|Alamy|INPHO|Sportsfile)(?:\s+Photos?)?(?:\s*\/.*)?$|[.!?]\s+(?:Picture|Pic|Photo|Image)s?:\s*\p{Lu}[\p{L}.&'/ ]{0,40}$|\s[—–-]\s*\p{Lu}[\p{L}.&' ]{0,30}\s(?:pic|pics|photo|photos|picture)$/u;
/**
 * A picture's credit the copy glued to the dateline of the story's first paragraph, as
 * syndicated radio-network copy prints it ("Ada Quill/Harbour Images(TARROW) — …",
 * "Harbour Agency/Jo Reed(TARROW) -- …", "Jo Reed/Harbour Images(TARROW, Fla.) -- …"): a
 * credit with a slash, right before a place in capitals in brackets, perhaps with its
 * state or country in mixed case after a comma, and a dash. The paragraph is the story's;
 * only the credit goes.
 */
const GLUED_CREDIT =
  /^[^()/\s][^()/]{0,60}\/[^()]{1,60}?(?=\(\p{Lu}[\p{Lu} .,'-]{1,40}(?:,\s*\p{Lu}[\p{L}. ]{1,20})?\)\s*(?:—|–|--))/u;
/**
 * A caption's label that a copy glued to the caption's first word, as a broadcaster's
 * pages print it over a video or a picture ("Media captionAda Quill, the harbour chief,
 * speaking on Monday: …", "Image captionFerries at the quay"): the label goes, the caption
 * is read.
 */
const GLUED_CAPTION_LABEL = /^(?:Media|Image|Video) caption(?=\p{Lu})/u;
/** A line that ends a sentence (optionally closing quotes, or a wire credit like "(Yonhap)"). */
const PROSE_END = /(?:[.!?…:]["”’'»)\]]*|[.!?…]["”’']*\s*\([A-Z][^()]{0,40}\))$/;
/** Fewest words of a headline, a standfirst (dek) and a first body paragraph. */
const MIN_HEADLINE_WORDS = 4;
const MIN_DEK_WORDS = 5;
const MIN_BODY_WORDS = 6;
/** Most words of an outlet's name printed on its own line above the headline ("The Korea Herald"). */
const MAX_OUTLET_WORDS = 4;
/** A person's name: two or three words ("Ada Quill") opening with a given name; a fourth makes a title. */
const personLike = (ws: readonly string[]): boolean =>
  ws.length < MAX_OUTLET_WORDS && givenName(ws[0]!) !== undefined;

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
  const nonEmpty = raw
    .filter((l) => l.text !== '')
    .map((l) => ({
      ...l,
      text: l.text.replace(GLUED_CREDIT, '').replace(GLUED_CAPTION_LABEL, ''),
    }));
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
  const stopAt = pre.findIndex(
    (l, i) => i > firstProse && firstProse >= 0 && endsStory(l.text, pre[i + 1]?.text),
  );
  if (firstProse >= 0) {
    for (const l of pre.slice(0, firstProse)) if (isStopHeading(l.text)) l.role = 'furniture';
    // A box's heading in the middle of the story: the story goes on below it.
    for (const l of pre.slice(firstProse + 1, stopAt < 0 ? undefined : stopAt))
      if (LIST_HEADING.test(l.text)) l.role = 'furniture';
  }
  if (stopAt >= 0) for (const l of pre.slice(stopAt)) l.role = 'furniture';
  // "Contact:" on a line of its own, then the contact's name and title (a release's head).
  pre.forEach((l, i) => {
    if (!CONTACT_LABEL.test(l.text)) return;
    const next = pre.slice(i + 1).find((n) => n.role === null && /\p{L}/u.test(n.text));
    if (next && words(next.text) <= MAX_CONTACT_WORDS && !PROSE_END.test(next.text))
      next.role = 'furniture';
  });

  // An image's words above its credit line ("Ferries at the quay" over "Photo: Harbour
  // Wire"), with a headline's line below the credit: a caption, not the headline.
  pre.forEach((l, i) => {
    const [credit, below] = [pre[i + 1], pre[i + 2]];
    if (l.role !== null || !credit || !below || !CREDIT_LINE.test(credit.text)) return;
    const n = words(below.text);
    if (below.role === null && n >= MIN_HEADLINE_WORDS && n <= MAX_HEADLINE_WORDS)
      if (!isStandfirst(below.text)) l.role = 'caption';
  });
  // An image's text over its caption, which repeats it and adds the credit ("Ferries at
  // the quay" over "Ferries at the quay. Picture: Harbour Wire"): a caption too.
  pre.forEach((l, i) => {
    const caption = pre[i + 1];
    if (l.role === null && caption?.role === 'caption' && caption.text.length > l.text.length)
      if (norm(caption.text).startsWith(norm(l.text))) l.role = 'caption';
  });
  // A headline printed twice (page title and heading) above the byline or date is still
  // the headline; a line printed twice anywhere else is a caption.
  const firstMeta = pre.findIndex(
    (l) => (l.role === 'date' && isPublicationLine(l.text)) || l.role === 'byline',
  );
  const candidate = (l: (typeof pre)[number], i: number) =>
    (l.role === null &&
      // A line of lower-case words with no capital at all ("malay english mandarin fb tw")
      // is a menu ("7 harbour stories worth a look" may be a headline).
      !(/^\p{Ll}/u.test(l.text) && !/\p{Lu}/u.test(l.text)) &&
      !NOT_A_HEADLINE.test(l.text) &&
      // "Off the Pier (OTP)", "Site icon Harbour Times": the site's masthead.
      mastheadName(l.text) === null &&
      // The extractor reads English: a line with no Latin letter is another language's menu.
      /\p{Script=Latin}/u.test(l.text) &&
      !SCORELINE.test(l.text) &&
      !(i < MAX_NOTICE_LINE && isPageNotice(l.text)) &&
      // A member's heading ("Ada Quill (Harbour North, Green Party)") labels a speech.
      (speakerLabelLine(l.text) === null || titledHeadline(l.text))) ||
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
      : pre.findLastIndex(
          (l, i) =>
            i < firstMeta &&
            headlineLike(l, i) &&
            !isStandfirst(l.text) &&
            // A paragraph too long for a headline, though it ends in no stop.
            words(l.text) <= MAX_HEADLINE_WORDS,
        );
    // "VIDEO: Mayor concedes the race" above the date line, and no other headline there:
    // the headline, with a media label the copy reads as a caption's.
    const labelled =
      !headMeta || pre.slice(0, firstMeta).some(headlineLike)
        ? -1
        : pre.findIndex(
            (l, i) =>
              i < firstMeta &&
              l.role === 'caption' &&
              MEDIA_LABEL.test(l.text) &&
              words(l.text.replace(MEDIA_LABEL, '')) >= MIN_HEADLINE_WORDS,
          );
    // A line printed twice in a row above it (the page's title and its heading) is the
    // headline; the line nearer the byline is its standfirst.
    const doubled =
      nearMeta < 0
        ? -1
        : pre.findIndex(
            (l, i) => i < nearMeta && l.role === 'caption' && candidate(l, i) && headlineLike(l, i),
          );
    headlineAt =
      doubled >= 0
        ? doubled
        : nearMeta >= 0
          ? nearMeta
          : labelled >= 0
            ? labelled
            : afterMenu(pre, pre.findIndex(headlineLike), firstProse, headlineLike);
    // A copy that starts with the story itself has no headline: its first paragraph is
    // body, never the headline.
    if (headlineAt >= 0 && isBodyProse(pre[headlineAt]!.text)) headlineAt = -1;
    // A site's sentence ("There were 1,186 notices filed on this site today.") right
    // above a line shaped as a headline, both above the story: that line is the headline (a
    // standfirst stands under its headline, never over it).
    const under = pre[headlineAt + 1];
    if (
      headlineAt >= 0 &&
      under &&
      headlineAt <= firstProse &&
      isStandfirst(pre[headlineAt]!.text) &&
      candidate(under, headlineAt + 1) &&
      words(under.text) >= MIN_HEADLINE_WORDS &&
      words(under.text) <= MAX_POST_TITLE_WORDS &&
      !ENDS_WITH_STOP.test(under.text)
    )
      headlineAt += 1;
    // The page's title printed again as its heading a few lines on: that line is the
    // headline, whatever taglines or teasers come first. Else a blog's post title under
    // the post's date line, below the blog's own name.
    const twin = twinTitle(pre, firstProse, candidate);
    const dated = twin < 0 ? titleUnderDate(pre, firstProse, candidate, headlineLike) : -1;
    if (twin >= 0 || dated >= 0) headlineAt = Math.max(twin, dated);
    // No headline, or only the first paragraph itself, or an intro too long for a headline
    // (unfinished, so no sentence's end): a post's short title right above it.
    const intro = headlineAt >= 0 && words(pre[headlineAt]!.text) > MAX_HEADLINE_WORDS;
    if (headlineAt < 0 || headlineAt === firstProse || intro) {
      const short = shortPostTitle(pre, intro ? headlineAt : firstProse, candidate);
      if (short >= 0) headlineAt = short;
    }
    // "Home > News > Harbour board raises ferry fares": the trail's last item is the page,
    // and the line that prints it again is the headline, not a section label above it.
    const crumb = crumbTitle(pre, firstProse, candidate);
    if (crumb >= 0) headlineAt = crumb;
  }
  // Below a member's heading ("Ada Quill (Harbour North, Green Party)") is their speech,
  // never the headline: a record printed without one has none.
  if (headlineAt >= 0 && pre.slice(0, headlineAt).some((l) => memberHeader(l.text) !== null))
    headlineAt = -1;
  const headline = pre[headlineAt];
  if (headline) headline.role = null;
  const out: BodyLine[] = [];
  let inBody = false;
  pre.forEach((l, i) => {
    let role: LineRole;
    if (l.role !== null) role = l.role;
    else if (i < headlineAt)
      role =
        mastheadName(l.text) !== null ||
        (isOutletLike(l.text) && (namesAnOutlet(l.text) || NOT_OUTLETS.has(menuAfter(pre, i))))
          ? 'outlet'
          : 'furniture';
    else if (i === headlineAt) role = 'headline';
    else if (
      !inBody &&
      !(PROSE_END.test(l.text) && words(l.text) >= MIN_BODY_WORDS) &&
      // "Statement from Ben Hallam:" introduces the words that follow: the body starts there.
      !(l.text.endsWith(':') && introducesStatement(l.text))
    ) {
      // A speaker's label on its own line ("Ada Quill (Harbour North, Green Party)") is no standfirst.
      role =
        words(l.text) >= MIN_DEK_WORDS && speakerLabelLine(l.text) === null ? 'dek' : 'furniture';
    } else {
      inBody = true;
      // "Sen. Graham (R-SC):" on a line of its own labels the paragraph below it.
      role = isProse(l.text) && speakerLabelLine(l.text) === null ? 'body' : 'furniture';
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
    stopped ||= endsStory(l.text, lines[i + 1]?.text);
    const role =
      stopped || LIST_HEADING.test(l.text)
        ? 'furniture'
        : (furnitureRole(l.text, lines[i - 1]?.text, lines[i + 1]?.text) ?? 'body');
    return { ...l, role };
  });
}

/** A media label in capitals before a headline, as local sites print it: "VIDEO: …", "WATCH: …". */
export const MEDIA_LABEL = /^(?:VIDEO|WATCH|PHOTOS?|GALLERY|LISTEN)\s*:\s+/;

/** Fewest links, one per line, of a site's menu between a link's line and the headline. */
const MIN_MENU_LINES = 3;

/**
 * A site's menu printed one link per line above the story ("Weather", "Learn to Cook
 * Harbour Fish", "Exchange Rates", "Hot Links", …): when the first line that reads as a
 * headline is followed by three or more short links and the line right above the story's
 * first paragraph reads as a headline too (of a headline's length, capitalised as one: no
 * standfirst), that line is the headline; the first was a link. `first` otherwise.
 */
function afterMenu(
  pre: readonly HeadLine[],
  first: number,
  firstProse: number,
  headlineLike: (l: HeadLine, i: number) => boolean,
): number {
  const last = firstProse - 1;
  if (first < 0 || last <= first + MIN_MENU_LINES) return first;
  const between = pre.slice(first + 1, last);
  // Links are a few words, without a caption's or a label's punctuation ("Image caption,"),
  // and no writer's name (a byline block: "Ada Quill", "Transport Correspondent").
  const menu = between.every(
    (l) =>
      l.role === null &&
      words(l.text) <= MAX_NAV_ITEM_WORDS &&
      !/[,:;•·|.!?]/.test(l.text) &&
      givenName(l.text.split(/\s+/)[0]!) === undefined,
  );
  // The headline is capitalised as one; a standfirst under a byline block is prose.
  const title = pre[last]!;
  const cased = !mostlyLowerCase(title.text.split(/\s+/).filter(Boolean));
  return menu && cased && headlineLike(title, last) && words(title.text) <= MAX_POST_TITLE_WORDS
    ? last
    : first;
}

/** Fewest words of a headline in title case that opens with a person's title. */
const MIN_TITLED_HEADLINE_WORDS = 5;

/**
 * A headline in title case that opens with a person's title ("Mayor Ada Quill Should
 * Resign"), which reads like a speaker's label line: a label has a colon or brackets, or
 * is a title and a name of a few words, or is printed in capitals.
 */
const titledHeadline = (text: string) =>
  !/[:()]/.test(text) && words(text) >= MIN_TITLED_HEADLINE_WORDS && text !== text.toUpperCase();

/** Most lines between a page title and the same words printed again as the page's heading. */
const MAX_TWIN_GAP = 8;
/** Fewest words of a title printed twice ("Remembering Ada Quill"; "Latest" is a menu's). */
const MIN_TWIN_WORDS = 3;

type HeadLine = { text: string; line: number; role: LineRole | null };

/** A site's name after a page title: " - Harbour News, Weather and Sports", " | The Harbour Post". */
const SITE_SUFFIX = /^\s+[-–—|]\s+\p{Lu}/u;

/**
 * A line above the story's first paragraph whose exact words come again as a line at most
 * MAX_TWIN_GAP lines on (a copy keeps the page's title and its heading): the headline. A
 * title bar's line that adds the site's name after a dash or bar ("Fares rise - Harbour
 * News, Weather and Sports" over "Fares rise") gives the heading printed without it. -1
 * when there is none.
 */
function twinTitle(
  pre: readonly HeadLine[],
  firstProse: number,
  candidate: (l: HeadLine, i: number) => boolean,
): number {
  const head = firstProse < 0 ? pre.length : firstProse;
  const titled = (l: HeadLine, i: number) =>
    i < head &&
    l.text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= MIN_TWIN_WORDS &&
    // A line printed twice in a row is a caption (an image's text, then its caption).
    l.role === null &&
    candidate(l, i) &&
    !isBodyProse(l.text);
  for (const [i, l] of pre.entries()) {
    if (!titled(l, i)) continue;
    // The heading stands above the story too: a section's label printed again inside the
    // story (over a picture: "Harbour Politics" and "Harbour Politics. Picture: PA") is no
    // twin. A line of a headline's length may come again inside it (a copy repeats its
    // headline above the second paragraph).
    const reach = words(l.text) >= MIN_HEADLINE_WORDS ? pre.length : head;
    const later = pre.slice(i + 1, Math.min(i + 1 + MAX_TWIN_GAP, reach));
    if (pre[i + 1]?.text !== l.text && later.some((o) => norm(o.text) === norm(l.text))) return i;
    const heading = later.findIndex(
      (o, k) =>
        titled(o, i + 1 + k) &&
        norm(l.text).startsWith(norm(o.text)) &&
        SITE_SUFFIX.test(norm(l.text).slice(norm(o.text).length)),
    );
    if (heading >= 0) return i + 1 + heading;
  }
  return -1;
}

/** Most words of a blog post's title. */
const MAX_POST_TITLE_WORDS = 15;

/**
 * A blog's post: the blog's short name (or nothing), then the post's date line on its own
 * ("Sunday, March 6, 2011"), then the post's title (short, no standfirst), then the post.
 * The title is the line right under the first date line when that line is a bare date above
 * the story's first paragraph and no line above it reads as a headline (a news page prints
 * its headline above its date, and a caption or a label under it). -1 when the copy is not
 * laid out so.
 */
function titleUnderDate(
  pre: readonly HeadLine[],
  firstProse: number,
  candidate: (l: HeadLine, i: number) => boolean,
  headlineLike: (l: HeadLine, i: number) => boolean,
): number {
  const at = pre.findIndex((l) => l.role === 'date');
  if (at < 0 || (firstProse >= 0 && at > firstProse)) return -1;
  if (pre.slice(0, at).some(headlineLike)) return -1;
  if (opensWithDateLabel(pre[at]!.text)) return -1;
  const title = at + 1;
  const l = pre[title];
  if (!l || title === firstProse || !candidate(l, title) || !/^\p{Lu}/u.test(l.text)) return -1;
  // "Author :", "Staff Reporter:": a label, not a title; "Buy now": a page control.
  if (/:$/.test(l.text) || CONTROL_VERBS.has(l.text.split(/\s+/)[0]!.toLowerCase())) return -1;
  const n = words(l.text);
  return n <= MAX_POST_TITLE_WORDS && !isStandfirst(l.text) && !isBodyProse(l.text) ? title : -1;
}

/** Fewest words of a post's short title ("Ferry Fares"; one word is a section's label). */
const MIN_SHORT_TITLE_WORDS = 2;
/** Words a title in title case may leave in lower case ("Fares of the Ferry"). */
const TITLE_SMALL_WORDS = /^(?:a|an|the|of|and|or|in|on|at|to|for|by|with)$/;

/**
 * A blog post's title of two or three words in title case ("Ferry Fares", "Quill Concedes")
 * right above the post's first paragraph (`storyAt`), on a copy where nothing above reads
 * as a headline. Not a masthead ("The Harbour Post"), a section ("Press Releases", "Politics"),
 * a person's name ("Ada Quill"), a label (a colon, a stop) or an archive's month ("August
 * 2012"). -1 when there is none.
 */
function shortPostTitle(
  pre: readonly HeadLine[],
  storyAt: number,
  candidate: (l: HeadLine, i: number) => boolean,
): number {
  // Right above the first paragraph, or above the byline or date line right over it
  // ("Tuition Hike" over "By Ada Quill |", or over a byline the copy left without its name).
  let at = storyAt - 1;
  const meta = (h: HeadLine) => h.role === 'byline' || h.role === 'date' || BYLINE.test(h.text);
  while (at > 0 && meta(pre[at]!)) at -= 1;
  const l = pre[at];
  if (!l || l.role !== null || !candidate(l, at)) return -1;
  const ws = l.text.split(/\s+/);
  // Four words in title case read as an outlet's name, so no headline search takes them:
  // here, right above the story, they are its title ("Harbour Board's Plan Approved").
  if (ws.length < MIN_SHORT_TITLE_WORDS || ws.length > MAX_OUTLET_WORDS) return -1;
  if (!ws.every((w) => /^[\p{Lu}\d]/u.test(w) || TITLE_SMALL_WORDS.test(w))) return -1;
  // A label's punctuation, or a number ("August 2012": an archive's month).
  if (/[:;,|.!?\d]/.test(l.text) || !/^\p{Lu}/u.test(l.text)) return -1;
  const sectionOrName =
    namesAnOutlet(l.text) ||
    // A page control: "Submit Release", "Contact Us".
    CONTROL_VERBS.has(ws[0]!.toLowerCase()) ||
    NOT_OUTLETS.has(l.text.toLowerCase()) ||
    SECTION_OF_DOCUMENTS.test(l.text) ||
    // A person's name is two or three words ("Ada Quill"); a fourth makes a title.
    personLike(ws);
  return sectionOrName ? -1 : at;
}

/** A picture's credit on a line of its own: "Photo: Harbour Wire", "(Image: Ada Quill)". */
const CREDIT_LINE = /^\(?(?:photo|image|picture)s?(?:\s+credit)?\s*:\s*\p{Lu}[^.!?]{0,40}$/iu;

/** A release's contact label on a line of its own: "Contact:", "Media Contacts:". */
const CONTACT_LABEL = /^(?:(?:media|press|investor|news)\s+)?contacts?\s*:$/i;
/** Most words of the contact's name and title after it ("Jo Reed, Chairman, President and CEO"). */
const MAX_CONTACT_WORDS = 12;
/** Lines from the top of a copy where the site's notices to readers stand. */
export const MAX_NOTICE_LINE = 6;
/** A note about the page itself: "This archived story first ran on …", "This story is over 5 years old". */
const PAGE_NOTE =
  /^this (?:is (?:an? )?(?:archived?|historical)\b|(?:article|page|story|content) (?:is|was|has)\b)/i;
/**
 * A site's notice about the reader's browser: "This browser is too old for our pages.
 * Please switch to a newer one.", "Please enable JavaScript to view …".
 */
const BROWSER_NOTE =
  /\b(?:is (?:no longer |not )supported|(?:another|a different|a newer|modern|your) browser|(?:enable|turn on) javascript|javascript is (?:disabled|turned off))\b/i;
/** Addressed to the reader: "you", "your", "you're". */
const TO_READER = /\byou(?:r|['’]re)?\b/i;
/** A site's offer to the reader: "Get the latest news on your phone", "Sign up for …", "Download our app", "Register now …". */
const PROMO = /^(?:get|sign up|subscribe|download|follow|join|register)\b/i;
/**
 * A site's prompt about the reader's account: a short question, then what to do, on words
 * of subscriptions ("Already a member? Log in here", "Tired of adverts? Go ad-free here.").
 */
const SUBSCRIPTION_PROMPT =
  /^[^.!?]{3,40}\?\s+\S.*\b(?:subscribers?|subscriptions?|members?|register|log ?in|sign ?in|ad-free)\b|^[^.!?]{0,40}\b(?:subscribers?|subscriptions?|members?|ad-free)\?\s+\S/iu;
/** What a site offers in one: "Get breaking news alerts …", "Sign up for our daily newsletter", "unlimited access". */
const OFFERED = /\b(?:alerts?|newsletters?|e-?mails?|updates|inbox|app|unlimited access)\b/i;

/**
 * A site's notice at the top of a copy, never its headline: a note about the
 * page ("This archived story …"), a sentence addressed to the reader ("Your
 * browser version cannot show this site. To get …", "If you have any questions … you
 * can email us."), or an offer to the reader ("Get the latest news on your phone",
 * "Get breaking news alerts …").
 * Not a line with quotation marks, which may be someone speaking.
 */
function isPageNotice(text: string): boolean {
  if (PAGE_NOTE.test(text)) return true;
  const sentence = /[.!?]$/.test(text) || /[.!?]\s+\p{Lu}/u.test(text);
  if (sentence && BROWSER_NOTE.test(text)) return true;
  if (/[“”"‘]/.test(text)) return false;
  // "Get our updates the moment they land, straight to your browser": an offer, stop or none.
  if (isSiteOffer(text)) return true;
  // "Already a member? Log in here", "Tired of adverts? Go ad-free": the site's prompt.
  if (SUBSCRIPTION_PROMPT.test(text)) return true;
  return sentence && TO_READER.test(text);
}

/**
 * A site's offer to the reader, stop or none: "Get our updates the moment they land —
 * straight to your browser", "Get ferry news alerts and weekend specials." (what it offers
 * named: "Get your flu shot before winter" may be a headline). Never a headline, nor a
 * title for a copy without one.
 */
export const isSiteOffer = (text: string): boolean => PROMO.test(text) && OFFERED.test(text);

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
  // "Ada Quill said;": an introduction closed where its colon belongs (`colonLikeIntro`).
  if (colonLikeIntro(text)) return true;
  if (WIRE_CREDIT.test(text)) return false;
  const ws = text.split(/\s+/).filter(Boolean);
  return ws.length >= MIN_OPEN_PROSE_WORDS && mostlyLowerCase(ws);
}

/** Whether most of the words start in lower case (a caption or a title is mostly capitalised). */
function mostlyLowerCase(ws: readonly string[]): boolean {
  const lower = ws.filter((w) => /^[^\p{L}]*\p{Ll}/u.test(w)).length;
  return lower >= MIN_LOWER_SHARE * ws.length;
}

/**
 * Whether a box's or comments' heading ends the article: a comments heading always does; a
 * box of other articles unless the story's prose goes on right below it (a paragraph that
 * ends a sentence, mostly in lower case: a teaser's title does not).
 */
function endsStory(text: string, next: string | undefined): boolean {
  if (END_HEADING.test(text)) return true;
  if (!LIST_HEADING.test(text)) return false;
  return !(next !== undefined && !isStopHeading(next) && storyGoesOn(next));
}

function storyGoesOn(text: string): boolean {
  const ws = text.split(/\s+/).filter(Boolean);
  return ws.length >= MIN_BODY_WORDS && PROSE_END.test(text) && mostlyLowerCase(ws);
}

/** Most words of a line of share buttons or page controls ("Share on Facebook", "Email"). */
const MAX_CONTROL_WORDS = 6;
/** A link to more of the site's pages: "View More In This Section", "See all stories", "Load more". */
const MORE_LINK = /^(?:view|see|show|load)\s+(?:more|all)\b/i;
/** A skip link, perhaps after a tracker's name the copy kept ("harbourstats Skip to main content"). */
const SKIP_LINK = /\bskip to (?:the )?(?:main )?(?:content|navigation)\b/i;

function furnitureRole(text: string, prev?: string, next?: string): LineRole | null {
  // "Facebook CEO Mark Zuckerberg knows …" is prose, not a share button: controls are short.
  const [shareButton, ...others] = FURNITURE;
  const control =
    (words(text) <= MAX_CONTROL_WORDS &&
      (shareButton!.test(text) || MORE_LINK.test(text) || SKIP_LINK.test(text))) ||
    others.some((re) => re.test(text));
  if (control) return 'furniture';
  // A date line before navigation: "03/09/2021 07:45 EDT | Updated …" is spaced like a menu.
  if (isDateLine(text)) return 'date';
  if (isNavigation(text)) return 'furniture';
  if (WIRE_CREDIT.test(text)) return 'furniture';
  // "By Ada Quill on March 4, 2016.": a byline may close with its date and a stop.
  if (
    BYLINE.test(text) &&
    words(text) <= 12 &&
    (!/[.!?]["”]?$/.test(text) || DATED_STOP.test(text))
  )
    return 'byline';
  // "John Wagner (c) 2018, The Washington Post": a byline with the publisher's copyright.
  if (COPYRIGHT.test(text) && words(text) <= 12 && !PHOTO_CAPTION.test(text)) return 'byline';
  if (
    text === prev ||
    text === next ||
    isDoubled(text) ||
    PHOTO_CAPTION.test(text) ||
    CREDITED_CAPTION.test(text)
  )
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
  // A long paragraph ending in "… He said:" introduces a quotation: prose too.
  return words(text) > MAX_HEADLINE_WORDS && ENDS_WITH_STOP.test(text);
}

/** A breadcrumb or menu that starts at the site's home ("Home > News > …", "Home About Issues"). */
const HOME_MENU = /^home\b(?:\s*[|·•›»>]\s*|\s{2,}|\s+\p{Lu})/iu;

function isNavigation(text: string): boolean {
  if (HOME_MENU.test(text) && !/[.!?…]["”’']*$/.test(text)) return true;
  // "Speeches and Statements … top page": a link back to the site's top or home page.
  if (/\b(?:top|home) page$/i.test(text)) return true;
  // "<< Previous post | Main | Next post >>": links to the posts before and after.
  if (/^(?:<<|«)|(?:>>|»)$/.test(text.trim())) return true;
  // "FinancialGovernment SolutionsLegalReuters News Agency…": a menu copied without spaces.
  // Different words: prose may name a company written that way again and again ("MultiCell
  // … MultiCell Technologies"), and a paragraph a name or two more ("HealthDay",
  // "HealthNewsReview.org"), where a menu runs many together.
  const together = new Set(
    (text.replace(/[@#]\w+/g, '').match(RUN_TOGETHER_WORD) ?? []).map((w) => w.toLowerCase()),
  );
  // A name printed twice without a space ("Elizabeth WarrenElizabeth Warren") is a person's
  // pop-up card copied into the line, teasers and all: no paragraph of the story.
  const prose = isBodyProse(text) && !CARD_NAME.test(text);
  if (together.size >= (prose ? MIN_RUN_TOGETHER_IN_PROSE : MIN_RUN_TOGETHER)) return true;
  const items = text.split(NAV_SEPARATOR);
  return (
    items.length >= 2 &&
    items.every((item) => /^\S/.test(item) && words(item) <= MAX_NAV_ITEM_WORDS) &&
    !/[.!?…]["”’']*$/.test(text)
  );
}

/** Two words run together by a copy that dropped the spaces between menu items ("SolutionsLegal"). */
const RUN_TOGETHER_WORD = /[\p{L}\p{N}]*\p{Ll}{2,}\p{Lu}\p{Ll}[\p{L}\p{N}]*/gu;
/** Fewest different ones that make a line a menu. */
const MIN_RUN_TOGETHER = 2;
/** A name run into a second copy of itself: "Elizabeth WarrenElizabeth Warren". */
const CARD_NAME = /(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)+)\1/u;
/** In a line that reads as a paragraph, which may name two companies written that way. */
const MIN_RUN_TOGETHER_IN_PROSE = 3;

/** A caption printed twice on one line: "X (Yonhap) X (Yonhap)". */
function isDoubled(text: string): boolean {
  const half = (text.length - 1) / 2;
  return (
    Number.isInteger(half) && text.slice(0, half) === text.slice(half + 1) && text[half] === ' '
  );
}

/** The heading of a blog's box of posts or a link to the next one: "Featured Post", "Older Posts". */
const POST_BOX =
  /^(?:featured|sponsored|guest|previous|next|latest|popular|recent|related|older|newer|top)\s+posts?$/i;

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
    // Two sections joined: "News & Politics", "Business and Economy".
    !text
      .toLowerCase()
      .split(/\s+(?:&|and)\s+/)
      .every((w) => NOT_OUTLETS.has(w)) &&
    // A section of a site's documents: "Press Briefings", "News Columns & Blogs".
    !SECTION_OF_DOCUMENTS.test(text) &&
    // A newsletter box's heading: "Breaking News Emails", "Harbour Daily Newsletter".
    !/\b(?:e-?mails?|newsletters?|alerts)$/i.test(text) &&
    // A blog's box of posts: "Featured Post", "Popular Posts", "Newer Post" ("Post" is a masthead's word too).
    !POST_BOX.test(text) &&
    !isNewsSection(text) &&
    !personLike(ws)
  );
}

/**
 * Words of a publication's name ("The Korea Herald", "Philadelphia Criminal Law News",
 * "Harbour Weekly"): a short line above the headline without one is far more often a
 * section, a kicker or a page control ("Stock Watch", "Explainer", "Birthday Club",
 * "Secondary Navigation") than the outlet.
 */
const MASTHEAD_WORDS = new Set(
  'news times herald post daily weekly republic telegraph journal tribune press gazette chronicle observer guardian express mail star sun review record standard independent examiner inquirer courier bulletin reporter monitor magazine radio tv television network online today wire newswire broadcasting media dispatch mirror globe'.split(
    ' ',
  ),
);
/** Verbs of a page control ("Watch CBS News", "Contact Us", "Subscribe Now"). */
const CONTROL_VERBS = new Set(
  'watch contact subscribe listen read follow download sign get submit buy shop'.split(' '),
);

/** The next line after `i`, in lower case: a site's menu ("Home", "World") follows its name. */
const menuAfter = (lines: readonly { text: string }[], i: number) =>
  (lines[i + 1]?.text ?? '').trim().toLowerCase();

/**
 * An outlet-like line that names a publication: "The …", or a masthead word, and not a
 * page control that opens with a verb. (A name the site's menu follows names it too.)
 */
function namesAnOutlet(text: string): boolean {
  const ws = text.toLowerCase().split(/\s+/);
  if (CONTROL_VERBS.has(ws[0]!)) return false;
  return /^the\s+\p{Lu}/iu.test(text) || ws.some((w) => MASTHEAD_WORDS.has(w));
}

/**
 * A site's section of news named for its topic ("Technology News", "Show News", "World News"),
 * or its archive ("News Archive"): a label over the story, never the outlet (an outlet's name
 * carries a name of its own, "Harbour News", "The Tarrow News").
 */
const isNewsSection = (text: string) => {
  const ws = text.toLowerCase().split(/\s+/);
  if (/^news\s+archives?$/i.test(text)) return true;
  return (
    ws.length >= 2 &&
    ws.at(-1) === 'news' &&
    ws.slice(0, -1).every((w) => NOT_OUTLETS.has(w) || NEWS_TOPICS.has(w))
  );
};
/** Topics a site parts its news by, beside the sections `NOT_OUTLETS` lists. */
const NEWS_TOPICS = new Set(
  'technology tech show entertainment health science sport culture arts travel finance markets showbiz celebrity lifestyle regional'.split(
    ' ',
  ),
);

/** A section named for the documents it lists ("Press Briefings", "Speeches", "Columns & Blogs"). */
const SECTION_OF_DOCUMENTS =
  /\b(?:releases|briefings|statements|speeches|updates|stories|articles|columns|blogs|transcripts)$/i;

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
