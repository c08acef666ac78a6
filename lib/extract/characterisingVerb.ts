/**
 * Fewest words of a quoted fragment read as someone's characterising words ("calling it a
 * “great day for the town”"): four, as a quotation must have to be annotated at all; a
 * shorter one ("called it a “shambles”") stays a scare quote or a term.
 */
export const MIN_CHARACTERISED_WORDS = 4;

/**
 * A verb by which someone characterises a thing in their own words, then what it governs
 * right up to the quotation's opening mark: the thing (up to six words, no punctuation)
 * and a determiner or a possessive ("called the plan a “…”", "branding his rival’s
 * remarks “…”", "deemed the move a “…”", "described the cuts as “…”", "dismissed the claims as “…”", "hailed the
 * deal as “…”", "referred to it as “…”", "accused the council of “…”", "accusing her of
 * planning “…”", "warned of “…”", "spoke of the “…”"). "Call", "brand", "label", "dub"
 * and "deem" need the thing between ("a group called “…”" names a group: no one speaks), and never a
 * particle ("called for a “…”", "called on … to “…”" are other verbs).
 */
/** Words after "call" that make another verb ("called for", "called on … to", "called off"). */
const PARTICLES = String.raw`(?:for|on|upon|in|off|out|up|back|to|at|into|by)\b`;

const CHARACTERISING = new RegExp(
  String.raw`\b(?:` +
    [
      String.raw`(?:call(?:s|ed|ing)|brand(?:s|ed|ing)|label(?:s|led|ed|ling|ing)|dub(?:s|bed|bing)|deem(?:s|ed|ing))\s+(?!${PARTICLES})(?:[\p{L}’'-]+\s+){1,6}?`,
      String.raw`(?:describ(?:es|ed|ing)|dismiss(?:es|ed|ing)|hail(?:s|ed|ing)|termed|terming|refer(?:s|red|ring)\s+to)\s+(?:[\p{L}’'-]+\s+){0,6}?as\s+(?:[\p{L}’'-]+\s+){0,2}?`,
      String.raw`accus(?:es|ed|ing)\s+(?:[\p{L}’'-]+\s+){1,6}?of\s+(?:\p{Ll}+ing\s+)?`,
      String.raw`(?:warn(?:s|ed|ing)|spoke|speaks|speaking)\s+of\s+`,
    ].join('|') +
    String.raw`)(?:(?:a|an|the|his|her|their|its|our|this|that|[\p{L}-]+[’']s?)\s+)?$`,
  'iu',
);

/**
 * Where the verb that characterises what a quotation opening right after `before` says
 * stands in `before` (`CHARACTERISING`), or -1 when none does.
 */
export function characterisingVerb(before: string): number {
  return CHARACTERISING.exec(before)?.index ?? -1;
}
