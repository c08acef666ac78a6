import { SPEAKING_WORDS, SPEECH_VERBS } from './patterns.ts';
import { postSignature } from './postSignature.ts';

/** A paragraph that is (part of) a post embedded in the article. */
export interface PostLine {
  /** The account's name its signature prints ("Ada Quill", "Harbour Police HQ"). */
  author: string;
  /** Where the post's words end in the paragraph (before the signature on its last line). */
  end: number;
  /** The post reposts or quotes someone else: its words are not the author's, nor anyone's the story names. */
  quotesAnother?: true;
}

/**
 * Most characters of a post's words: a post on X/Twitter holds 280 (links shortened, so
 * left out of the count). Lines above a signature are the post's only while the post so far
 * fits in it: a paragraph of the story above it does not.
 */
const MAX_POST_CHARS = 280;
/** A link in a post's words ("pic.twitter.com/…", "https://t.co/…"). */
const LINK = /(?:https?:\/\/|pic\.twitter\.com\/)\S+/gu;
/** A quotation mark: a line above the signature that has one is the story's, or quotes someone. */
const MARKS = /[“”"«»]/u;
/**
 * A post that gives someone else's words: a repost ("RT @…"), or a quotation signed with
 * another name or handle inside the post ("“…” – @adaquill on the fares").
 */
const QUOTES_ANOTHER = /^\s*RT\s+@|[”"]\s*[-–—]\s*@?\p{Lu}|\s[-–—]\s*@\w+/u;

/**
 * The posts embedded in an article as a text copy prints them (`postSignature`): the words,
 * on one line or a few, then the signature ("… — Ada Quill (@adaquill) May 29, 2020"), at
 * the end of the last line or on a line of its own. A line above the signature belongs to
 * the post while the post stays within a post's length, and the line has no quotation
 * mark, no word of speech ("said", "tweeted"), does not name the author and does not
 * introduce what follows with a colon: those are the story's lines about the post; and the
 * post's first line speaks in the first or second person. A signature printed on a line of
 * its own signs the line right above it, whatever that line says. A post that reposts or
 * quotes someone else is marked so: its words are nobody's the story names. A post may
 * also be printed under its account (`headings[i]`, "Ada Quill @adaquill"), below the
 * story's first paragraph and within a post's length. `texts[i]` is null for a line that
 * is no body paragraph.
 */
export function findPosts(
  texts: readonly (string | null)[],
  headings: readonly (string | null)[] = [],
): (PostLine | null)[] {
  const posts: (PostLine | null)[] = texts.map(() => null);
  for (const [i, text] of texts.entries()) {
    const signature = text === null ? null : postSignature(text);
    if (!signature) continue;
    const end = text!.slice(0, signature.at).trimEnd().length;
    const lines: [number, number][] = [[i, end]];
    let chars = postChars(text!.slice(0, end));
    const surname = signature.name.split(/\s+/).at(-1)!;
    for (let j = i - 1; j >= 0; j--) {
      const above = texts[j];
      // A signature on a line of its own signs the line right above it, whatever it says.
      const signed = end === 0 && j === i - 1;
      if (above === null || above === undefined) break;
      if (!(signed ? mayBePost(above) : belongsAbove(above, surname))) break;
      chars += postChars(above);
      if (chars > MAX_POST_CHARS) break;
      lines.push([j, above.length]);
    }
    // The post's first line speaks as its author ("I", "we", "you"): the story's lines
    // above it speak of people in the third person. A signature on a line of its own
    // signs at least the line right above it.
    const least = end > 0 ? 1 : 2;
    while (lines.length > least && !speaks(texts[lines.at(-1)![0]]!)) lines.pop();
    const words = lines.map(([j, e]) => texts[j]!.slice(0, e)).reverse();
    if (words.join(' ').trim() === '') continue;
    const others = QUOTES_ANOTHER.test(words.join('\n'));
    for (const [j, e] of lines)
      if (e > 0)
        posts[j] = { author: signature.name, end: e, ...(others ? { quotesAnother: true } : {}) };
  }
  instagramCaptions(texts, headings, posts);
  // "Ada Quill @adaquill" on a line of its own, then the post: as some sites print a post,
  // its account above its words. Never above the story's first paragraph (a byline with
  // the writer's handle), and only a post's length without quotation marks.
  const first = texts.findIndex((t) => t !== null);
  for (const [i, text] of texts.entries()) {
    const name = HANDLE_LINE.exec(headings[i] ?? '')?.[1];
    if (!name || text === null || posts[i] || i <= first || /^by\s/i.test(name)) continue;
    if (postChars(text) > MAX_POST_CHARS || MARKS.test(text) || postSignature(text)) continue;
    posts[i] = {
      author: name,
      end: text.length,
      ...(QUOTES_ANOTHER.test(text) ? { quotesAnother: true } : {}),
    };
  }
  return posts;
}

/** An account's name and handle on a line of their own, perhaps with the post's date: "Ada Quill @adaquill", "Ada Quill (@adaquill) · May 29, 2020". */
const HANDLE_LINE =
  /^(\p{Lu}[\p{L}.'’-]*(?:\s+[\p{Lu}+&][\p{L}.'’-]*){0,4})\s+\(?@\w{1,30}\)?\s*(?:·.*)?$/u;

const postChars = (text: string) => text.replace(LINK, '').trim().length;

/** A line in the first or second person ("I", "our", "you"). */
const speaks = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}’']+/u)
    .some((w) => SPEAKING_WORDS.has(w));

/** A line that can be a post's words at all: not empty, not an introduction, not another signature. */
const mayBePost = (text: string) =>
  text.trim() !== '' && !text.trim().endsWith(':') && !postSignature(text.trim());

/**
 * A line that may be a post's own, above its signature (see `findPosts`): not one that
 * names the post's author, as the story's line about the post does.
 */
function belongsAbove(text: string, surname: string): boolean {
  const trimmed = text.trim();
  if (!mayBePost(trimmed) || MARKS.test(trimmed)) return false;
  const words = trimmed.replace(LINK, '').split(/[^\p{L}]+/u);
  if (words.includes(surname)) return false;
  return !words.some((w) => {
    const lower = w.toLowerCase();
    return SPEECH_VERBS.has(lower) || lower === 'twitter' || lower === 'post' || lower === 'posted';
  });
}

/** The line an Instagram embed opens with in a text copy. */
const INSTAGRAM_OPENS = /^View this post on Instagram$/i;
/**
 * The line a captioned Instagram embed closes with: "A post shared by Ada Quill
 * (@ada.quill) on Mar 3, 2019 at 10:15am PST". Group 1: the account's name.
 */
const INSTAGRAM_SIGNED =
  /^A post shared by (\p{Lu}[^()@\n]{0,60}?)\s*\(@[\w.]{1,30}\)(?:\s+on\s+.{0,60})?$/u;
/** Most lines of a caption between the two (a longer run is the story's). */
const MAX_CAPTION_LINES = 6;
/** Most characters of a caption: Instagram's limit. */
const MAX_CAPTION_CHARS = 2200;

/**
 * The caption of an Instagram post embedded with its caption, as a text copy prints it:
 * "View this post on Instagram", the caption's lines, then "A post shared by Ada Quill
 * (@adaquill) on …". Only the lines between the two lines are the account's: an embed
 * without its caption ("View this post on Instagram" right above "A post shared by …")
 * signs nothing, and the story's lines around it stay the story's.
 */
function instagramCaptions(
  texts: readonly (string | null)[],
  headings: readonly (string | null)[],
  posts: (PostLine | null)[],
): void {
  for (const [i, text] of texts.entries()) {
    const author = INSTAGRAM_SIGNED.exec(text?.trim() ?? '')?.[1]?.trim();
    if (!author) continue;
    // The caption's first line: under the opening line, printed as the story's line or as
    // furniture (then it is the heading over the caption).
    let from = -1;
    for (let j = i - 1; j >= 0 && i - j <= MAX_CAPTION_LINES; j--) {
      if (texts[j] === null || texts[j] === undefined) break;
      if (INSTAGRAM_OPENS.test(texts[j]!.trim())) {
        from = j + 1;
        break;
      }
      if (INSTAGRAM_OPENS.test(headings[j]?.trim() ?? '')) {
        from = j;
        break;
      }
    }
    if (from < 0 || from === i) continue;
    const caption = texts.slice(from, i) as string[];
    if (caption.join('').length > MAX_CAPTION_CHARS) continue;
    for (let j = from; j < i; j++)
      if (texts[j]!.trim() !== '' && !posts[j]) posts[j] = { author, end: texts[j]!.length };
  }
}
