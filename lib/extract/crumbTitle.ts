/** A line of a page's head, with the role the furniture rules gave it (null: not furniture). */
interface HeadLine {
  text: string;
  role: string | null;
}

/** A breadcrumb trail's separator: ">", "»", "›", "/" (spaced or not), perhaps as a list's item ("- /"). */
const SEPARATOR = /\s*[>»›/]\s*/u;
/** A trail's separator on a line of its own (its bullet taken off). */
const SEPARATOR_LINE = /^[>»›/]$/u;
/** A trail on one line from the home page: "Home > News > Harbour fares rise again". */
const ONE_LINE_TRAIL = /^Home\s*[>»›/]\s*\S/u;
/** A trail's item printed as a list's item, its bullet or dash first ("- Home", "• News"). */
const unlisted = (text: string) => text.replace(/^[-•·*]\s*/u, '').trim();
/** A crumb the page cut short: "Harbour board raises ferry fares for…", "… fares for...". */
const CUT_SHORT = /(?:\.{3}|…)$/u;
/** Fewest words of a crumb that names the page (a section's one word names no story). */
const MIN_CRUMB_WORDS = 3;

/** Lines of a page's top searched for a trail, wherever its story seems to start. */
const MAX_TRAIL_START = 8;
/** Most lines between a trail and its headline: a section label, a date, a kicker. */
const MAX_CRUMB_GAP = 4;

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The last item of a breadcrumb trail that opens at line `i`, and the line after the trail; null when none opens there. */
function trailAt(lines: readonly HeadLine[], i: number): { last: string; after: number } | null {
  const text = lines[i]!.text.trim();
  if (ONE_LINE_TRAIL.test(text)) {
    const items = text.split(SEPARATOR).filter(Boolean);
    return { last: items.at(-1)!, after: i + 1 };
  }
  // "- Home", "- /", "- Top Stories", "- /", "- Harbour board raises …": one item a line.
  if (unlisted(text) !== 'Home') return null;
  let k = i + 1;
  let last: string | null = null;
  while (k + 1 < lines.length && SEPARATOR_LINE.test(unlisted(lines[k]!.text))) {
    last = unlisted(lines[k + 1]!.text);
    k += 2;
  }
  return last === null ? null : { last, after: k };
}

/**
 * The headline a breadcrumb trail names: its last item is the page itself ("Home > News >
 * Harbour board raises ferry fares"), so the line below the trail that prints it again, or
 * prints in full what the crumb cut short ("… raises ferry…"), is the headline, whatever
 * section label stands between. -1 when the trail names no line of the head (its last item
 * a section or a date), or there is no trail.
 */
export function crumbTitle<L extends HeadLine>(
  lines: readonly L[],
  firstProse: number,
  candidate: (l: L, i: number) => boolean,
): number {
  // Above the story; or among the page's first lines, since a trail whose last crumb is cut
  // short ("… ferry…") reads as a sentence, and may be taken for the story's start.
  const head = firstProse < 0 ? lines.length : Math.max(firstProse, MAX_TRAIL_START);
  for (let i = 0; i < Math.min(head, lines.length); i++) {
    const trail = trailAt(lines, i);
    if (!trail) continue;
    const cut = CUT_SHORT.test(trail.last);
    const crumb = norm(trail.last.replace(CUT_SHORT, ''));
    if (crumb.split(' ').length < MIN_CRUMB_WORDS) return -1;
    // Within a few lines of the trail: a crumb cut short may itself read as the story's
    // first sentence ("… Round Up..."), so the story's start is no bound.
    for (let k = trail.after; k < Math.min(lines.length, trail.after + MAX_CRUMB_GAP); k++) {
      const text = norm(lines[k]!.text);
      const names = cut ? text.startsWith(crumb) && text.length > crumb.length : text === crumb;
      if (names && candidate(lines[k]!, k)) return k;
    }
    return -1;
  }
  return -1;
}
