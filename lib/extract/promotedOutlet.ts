import { givenName } from './givenNames.ts';
import type { BodyLine } from './types.ts';

/** An outlet's name: capitalised words, "&" or a number among them ("Harbour Post", "KHBC 7", "Tarrow & Quill Radio"). */
export const NAME = String.raw`(?:\p{Lu}[\p{L}\d.'-]*|\d+)(?:\s+(?:\p{Lu}[\p{L}\d.'-]*|&|\d+)){0,4}`;
/** A name that cannot be a person's: opening with "The", or with capitals ("HBC Tarrow", "KHBC"). */
const NOT_A_PERSON = /^(?:The\s|\p{Lu}{2,})/u;

/**
 * "More from Harbour Tides:" over the outlet's list of stories; "More from Ada Quill:" lists a
 * writer's, so a name that opens with a given name is no outlet's.
 */
const MORE_FROM = new RegExp(String.raw`^More\s+from\s+(${NAME}):?$`, 'u');

/**
 * The page's own calls to its readers, each naming the outlet (group 1): "Watch Harbour
 * News" or "Watch HBCN Live" on a line of its own, "Subscribe to Harbour Review", "Stream
 * KHBC 7 Tarrow news for free", "More Must-Reads from HARBOUR", "promotional content from
 * the Harbour Times", "join the Harbour Post WhatsApp channel", "follow The Harbour Post
 * on Facebook" (a name that is no person's: "Follow Ada Quill on Twitter" is a writer's);
 * a newsletter's sign-up ("sign up for Harbour Today’s daily newsletter") and an appeal for
 * gifts ("Will you support Quay Radio with a gift today?").
 */
const PROMOTIONS: readonly RegExp[] = [
  new RegExp(String.raw`^Watch\s+(${NAME}?)(?:\s+Live)?$`, 'u'),
  new RegExp(String.raw`\bSubscribe to\s+(${NAME})$`, 'u'),
  new RegExp(String.raw`^>?\s*Stream\s+(${NAME})\s+news\b`, 'u'),
  new RegExp(String.raw`\bMore\s+[\p{L}-]+\s+from\s+(${NAME})$`, 'u'),
  MORE_FROM,
  // "sign up forHARBOUR’s free weekly newsletterto …", "Sign up for Tarrow Today’s daily newsletter".
  new RegExp(
    String.raw`\b[Ss]ign up for\s*(${NAME})['’]s\s+(?:free\s+)?(?:[\p{L}-]+\s+)?newsletter`,
    'u',
  ),
  // "Will you support Quay Radio with a gift today?", "Please support … with a donation".
  new RegExp(
    String.raw`\b(?:[Ww]ill you|[Pp]lease|[Hh]elp us)\s+support\s+(${NAME})\s+with\s+a\s+(?:gift|donation)\b`,
    'u',
  ),
  new RegExp(String.raw`\bpromotional content from\s+(?:the\s+)?(${NAME})`, 'u'),
  new RegExp(String.raw`\bjoin the\s+(${NAME})\s+WhatsApp\s+channel\b`, 'iu'),
  new RegExp(String.raw`\b[Ff]ollow\s+(${NAME})\s+on\s+(?:Twitter|Facebook|Instagram)\b`, 'u'),
];
/** The promotions whose name may be a person's unless it shows otherwise (the last: "follow … on"). */
const FOLLOW = PROMOTIONS.at(-1)!;

/**
 * A publisher's disclaimer of what its page carries, naming it (group 1): "The HBC is not
 * responsible for what external sites hold", "Harbour-day accepts no liability for …",
 * "Harbour Presswire provides this news content to readers "as is"" (at a
 * sentence's start). It counts only on a line about the page's content (`CONTENT_WORDS`):
 * "The Harbour Council accepts no responsibility for the flooding" is a story's.
 */
const DISCLAIMER = new RegExp(
  String.raw`(?:^|[.!?]\s+)(?:The\s+)?(${NAME})\s+(?:is not responsible for|(?:accepts|takes) no (?:responsibility|liability)|provides this (?:news\s+)?content\b)`,
  'u',
);
/** What a publisher's disclaimer is about: the page's content, a feed, another site. */
const CONTENT_WORDS = /\b(?:content|feed|text|article|story|sites?)\b/i;

/**
 * The outlet a page names where it promotes itself to its readers ("Watch Harbour News",
 * "Subscribe to Harbour Review", "follow The Harbour Post on Facebook"), or where it
 * disclaims what it carries (`DISCLAIMER`): the first such line on the page. Null when it
 * has none.
 */
export function promotedOutlet(lines: readonly BodyLine[]): string | null {
  for (const l of lines) {
    const text = l.text
      .trim()
      .replace(/[.!|]+$/, '')
      .trim();
    for (const p of PROMOTIONS) {
      const name = p.exec(text)?.[1];
      if (!name) continue;
      if (p === FOLLOW && !NOT_A_PERSON.test(name)) continue;
      if (p === MORE_FROM && givenName(name.split(/\s+/)[0]!) !== undefined) continue;
      return name.replace(/[.,]+$/, '').replace(/['’]s$/, '');
    }
    const disclaimer = DISCLAIMER.exec(text)?.[1];
    if (disclaimer && CONTENT_WORDS.test(text)) return disclaimer;
  }
  return null;
}
