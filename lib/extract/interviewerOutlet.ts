import { givenName } from './givenNames.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from './patterns.ts';
import { NAME } from './promotedOutlet.ts';
import type { BodyLine } from './types.ts';

/**
 * Someone's words given to a name in the story's prose: "told Harbour Radio", "speaking to
 * The Quay Post", "spoke to HarbourLive", "telling Harbour Radio:". Group 1: the name, "the"
 * kept only when capitalised; a possessive's "'s" and what follows it are left out.
 */
const TOLD = new RegExp(
  String.raw`\b(?:[Tt]old|[Tt]elling|[Ss]peaking to|[Ss]poke to|[Ss]peaks to|[Tt]alking to)\s+(?:the\s+)?((?:The\s+)?${NAME})`,
  'gu',
);

/** "monday" → "Monday": a lower-case word with its first letter capitalised. */
const capitalised = (w: string) => w[0]!.toUpperCase() + w.slice(1);

/** A day or a preposition after the outlet's name ("told Harbour Radio Tuesday", "… on Monday"): not the name. */
const DAY_OR_PLACE_AFTER = new RegExp(
  String.raw`\s+(?:${WEEKDAY_NAMES.map(capitalised).join('|')}|on|in|at)\b.*$`,
  'u',
);

/** Words that may follow "told" capitalised yet name no outlet: days, months, pronouns. */
const NOT_A_NAME = new RegExp(
  `^(?:${[...WEEKDAY_NAMES, ...MONTH_NAMES].map(capitalised).join('|')}|Parliament|Congress|Reuters|AP|AFP|I|He|She|They|We)$`,
  'u',
);

/**
 * Fewest paragraphs that give someone's words to the same name. One "told Harbour Radio"
 * may credit another outlet's interview; a page that says so twice or more is that
 * outlet's own reporting.
 */
export const MIN_INTERVIEWER_MENTIONS = 2;

/**
 * The outlet a story names as the one its people spoke to ("told Harbour Radio", "speaking
 * to The Quay Post") in at least `MIN_INTERVIEWER_MENTIONS` paragraphs: the page's own
 * reporters. A name that opens with a given name is a person's; an agency's name
 * (Reuters, AP, AFP) credits a wire, never the page. Null otherwise.
 */
export function interviewerOutlet(lines: readonly BodyLine[]): string | null {
  const counts = new Map<string, number>();
  for (const l of lines) {
    if (l.role !== 'body' && l.role !== 'dek') continue;
    const seen = new Set<string>();
    for (const m of l.text.matchAll(TOLD)) {
      // "Harbour Radio Tuesday", "Harbour Radio's reporter": a day or a possessive after it.
      const name = m[1]!
        .replace(/['’]s\b.*$/u, '')
        .replace(DAY_OR_PLACE_AFTER, '')
        .replace(/[.,:;]+$/, '');
      const first = name.replace(/^The\s+/, '').split(/\s+/)[0]!;
      if (NOT_A_NAME.test(first) || givenName(first) !== undefined) continue;
      seen.add(name);
    }
    for (const name of seen) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  for (const [name, n] of counts) if (n >= MIN_INTERVIEWER_MENTIONS) return name;
  return null;
}
