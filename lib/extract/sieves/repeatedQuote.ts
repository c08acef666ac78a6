import { attributed, linkable } from './attributionsOf.ts';
import type { ArticleDoc, Candidate, Sieve } from './types.ts';

/**
 * Fewest words a pull quote or a headline's quotation must share with the quotation it
 * repeats: fewer ("a new era", "no comment") are stock phrases two people may both use.
 */
const MIN_REPEATED_WORDS = 4;

/** Words compared as printed, whatever the marks, case and spacing ("It’s" = "it's"). */
const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/[^\p{L}\p{N}'\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Most of its words (three or more letters) capitalised, as a title of a work is printed. */
export function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}{3,}/gu) ?? [];
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length > 0 && capitals / words.length > TITLE_CASE_SHARE;
}

/** Share of capitalised words above which a quotation reads as a title ("Grave Danger to Marsh Birds"). */
const TITLE_CASE_SHARE = 0.6;

/** The quotation a candidate's link goes back to through `sameAs` (itself when it names someone). */
function root(doc: ArticleDoc, c: Candidate): Candidate {
  let at = c;
  for (let n = 0; at.link && 'sameAs' in at.link && n < doc.candidates.length; n++)
    at = doc.candidates[at.link.sameAs] ?? at;
  return at;
}

/**
 * A quotation nothing attributes whose words the article prints again in an attributed
 * quotation: a pull quote above the lede, a headline's quotation ("‘Quill is now my
 * favourite player’ – …"), the same words in a summary box. It is said by whoever says
 * them there. A pull quote that joins two passages with an ellipsis ("… a new
 * priority…Its passage …") needs each passage repeated, all by one speaker.
 */
export const repeatedQuote: Sieve = {
  name: 'repeated-quote',
  run(doc) {
    const said = doc.candidates.filter((o) => o.kind === 'direct' && attributed(o));
    if (said.length === 0) return;
    const texts = new Map(said.map((o) => [o.id, normalise(o.text)] as const));
    for (const c of doc.candidates) {
      if (c.kind !== 'direct' || !linkable(c)) continue;
      const pieces = c.text
        .split(/…|\.\.\./)
        .map(normalise)
        .filter((p) => p !== '');
      if (pieces.length === 0 || pieces.some((p) => p.split(' ').length < MIN_REPEATED_WORDS))
        continue;
      // "“Grave Danger to Marsh Birds in Our Time”": a title in capitals quotes a report's
      // name, even when a speaker uses the same words.
      if (isTitleCase(c.text)) continue;
      const sources = pieces.map((p) =>
        said.find((o) => o.para !== c.para && ` ${texts.get(o.id)} `.includes(` ${p} `)),
      );
      const first = sources[0];
      if (!first || sources.some((o) => !o || root(doc, o) !== root(doc, first))) continue;
      // "He continued: “…”": a pronoun is read where it stands, in reading order; a pull
      // quote above it would be settled first and read it before its antecedent is known.
      const link = root(doc, first).link;
      if (!link || !('mentions' in link) || link.mentions[0]?.kind === 'pronoun') continue;
      c.link = { sieve: this.name, sameAs: first.id };
    }
  },
};
