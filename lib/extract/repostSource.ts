import { NAME } from './promotedOutlet.ts';
import type { BodyLine } from './types.ts';

/**
 * A repost's line naming where its story first ran, at the end of a line (a link may
 * follow): "… originally appeared on Harbour Sports Tarrow", "The post … appeared first on
 * Harbour Daily.", "This piece was first published by The Tarrow Review", "→ Continue
 * reading at Harbour Business", "from Harbour Herald https://…" (a feed's source line,
 * lower case and its link). Group 1: the name, without a lower-case "the" before it.
 */
export const REPOST_SOURCE = new RegExp(
  String.raw`(?:\b(?:(?:[Oo]riginally|[Ff]irst)\s+(?:appeared|ran)|appeared\s+first|(?:was\s+)?(?:[Oo]riginally|[Ff]irst)\s+published)\s+(?:on|in|at|by)|\b[Cc]ontinue\s+reading\s+(?:at|on)|^[Ff]rom(?=\s+(?:the\s+)?${NAME}\s+https?:))\s+(?:the\s+)?(${NAME})[.!]?(?:\s+https?:\S+)?$`,
  'u',
);

/** Where posts and videos first appear, never the outlet of a story ("The clip first appeared on TikTok."). */
const PLATFORMS =
  /^(?:Twitter|X|Facebook|Instagram|TikTok|YouTube|Reddit|Snapchat|Threads|Bluesky|LinkedIn|Telegram|WhatsApp)\b/u;

/**
 * A version adapted from the one that ran elsewhere ("A version of this article first
 * appeared at The Tarrow Review", "An earlier version … was published in …"): the page is the
 * writer's own, not a copy of that outlet's story.
 */
const ADAPTED = /\b(?:a|an earlier|another)\s+version\b/i;

/** Most words of a line that names a repost's source: a note, not a paragraph of the story. */
const MAX_SOURCE_LINE_WORDS = 30;

/**
 * The outlet a reposted copy names as its story's source ("… originally appeared on Harbour
 * Sports", "→ Continue reading at Harbour Business"): the first such line. Null when none.
 */
export function repostSource(lines: readonly BodyLine[]): string | null {
  for (const l of lines) {
    const text = l.text.trim();
    if (text.split(/\s+/).length > MAX_SOURCE_LINE_WORDS || ADAPTED.test(text)) continue;
    const name = REPOST_SOURCE.exec(text)?.[1];
    if (name && !PLATFORMS.test(name)) return name.replace(/[.,]+$/, '');
  }
  return null;
}
