import type { Subject } from '../findSubject.ts';
import { topicHeadingName } from '../topicHeadingName.ts';
import { attributed, linkable } from './attributionsOf.ts';
import { nameMention } from './nameMention.ts';
import { trustedMention } from './strongPeople.ts';
import type { ArticleDoc, Para, Sieve } from './types.ts';

/**
 * A topic line between a speaker's heading and their quotations ("On the final:", "On if
 * they weren’t ready:"): no quotation mark, though an apostrophe inside a word is none.
 */
const TOPIC = /^(?:[^“”"‘’]|(?<=\p{L})[’'](?=\p{L})){2,80}:$/u;

/** Why a quotation in a round-up that signs quotations below them stays open. */
const UNSIGNED = 'in a round-up the line after a quotation signs it: this one is unsigned';

/**
 * Quoted paragraphs signed on a line of their own, as round-ups of reactions print them:
 * after the quotations ("“…” / “…” / – Harbour coach, Ada Quill") or above them ("Harbour
 * College Head Coach, Ada Quill:" then topic lines "On the final:" and quoted paragraphs,
 * or a heading line "HEAD COACH Ada Quill" above the first topic line, as athletics sites
 * print post-game quotes; the next such heading starts the next speaker's run).
 * A run of paragraphs that open with a quotation mark belongs to the signature next to
 * it; a paragraph that attributes its own quotation, or any other paragraph, ends the run.
 * A heading may also name the speaker and the topic ("Tarrow Freight (TFR) former CEO Ada
 * Quill on why she came back", as tag pages of interview quotes print it).
 */
export const signedQuotes: Sieve = {
  name: 'signed-quotes',
  run(doc) {
    // The page signs quotations on the line after them ("– Harbour coach, Ada Quill").
    const signsBelow = doc.paras.some((p) => p.signedBy);
    for (const para of doc.paras) {
      // A quote box's words ("Ada Quill" / words / "Ada Quill"): that person's, when the
      // article shows the name is one person's; else nobody's.
      if (para.pullQuote) {
        const mention = trustedMention(doc, para.pullQuote);
        for (const c of doc.candidates)
          if (c.para === para.index && c.sentence === -1 && c.link === null && c.problem === null) {
            if (mention) c.link = { sieve: this.name, mentions: [mention] };
            else
              c.problem = `a quote box names "${para.pullQuote}", whom the article does not show to be one person`;
          }
      }
      if (para.signedBy) {
        const mention = nameMention(para.signedBy);
        for (let p = para.index; p >= 0; p--) {
          const above = doc.paras[p]!;
          if ((p < para.index && above.signedBy) || !link(doc, above, mention, this.name)) break;
        }
        // "“…” / Ada Quill, coach, after the win. / “…” / After the defeat, Ben Holt was
        // unhappy.": in a round-up the line after a quotation signs it, so the next quotation
        // is not that line's person's, nor the one before it's.
        const signature = doc.paras[para.index + 1];
        const next = doc.paras[para.index + 2];
        if (signature && signature.signature === para.signedBy && next && !next.signedBy)
          for (const c of doc.candidates)
            if (c.para === next.index && c.link === null && (next.spans[0]?.open ?? 1) === 0)
              c.problem = UNSIGNED;
      }
      const bare = para.role === 'body' && para.spans.length === 0;
      // "“…” / – Harbour coach, Ada Quill / “…” / Tarrow’s Ben Holt on the final": where the
      // page signs quotations below them, a speaker's topic line right under a quoted
      // paragraph signs that one too, not the quotation after it.
      const above = doc.paras[para.index - 1];
      // (Signing, the line may end as a sentence does: "Tarrow’s Ben Holt on the final.")
      const signer =
        bare && signsBelow && above
          ? trustedName(doc, topicHeadingName(para.text.trim().replace(/\.$/, '')))
          : null;
      if (signer && !para.text.trim().endsWith(':') && (above!.spans[0]?.open ?? 1) === 0) {
        for (const c of doc.candidates)
          if (c.para === above!.index && c.problem === UNSIGNED) c.problem = null;
        if (link(doc, above!, nameMention(signer), this.name)) continue;
      }
      // (A speaker's topic heading may stand as the page's standfirst.)
      const heading = bare
        ? (headingName(para) ?? topicHeading(doc, para))
        : para.role === 'dek' && para.spans.length === 0
          ? topicHeading(doc, para)
          : null;
      // "HEAD COACH Ada Quill" on a line of its own above the topic line "Opening statement:".
      const titled = bare && !heading && isTopic(para) ? furnitureSpeaker(para) : null;
      // "… CEO Ben Holt on why the firm lost the contract" printed as the page's heading
      // right above a quoted paragraph.
      const topical =
        !heading && !titled && para.role === 'body' ? trustedName(doc, topicHeadingOf(para)) : null;
      if (!heading && !titled && !topical) {
        // A speaker's topic heading whose name the article does not show to be one person's:
        // the quoted paragraph under it is nobody's the sieves may guess, least of all the
        // speaker of the quotation above the heading.
        const unsure = untrustedHeading(doc, para);
        if (unsure)
          for (const c of doc.candidates)
            if (c.para === unsure.index && c.link === null && c.problem === null)
              c.problem =
                'it stands under a heading naming someone the article does not show to be one person';
        continue;
      }
      const mention = nameMention((heading ?? titled ?? topical)!);
      for (let p = para.index + (heading ? 1 : 0); p < doc.paras.length; p++) {
        const below = doc.paras[p]!;
        // The next speaker's heading line ends the run ("CAPTAIN Nell Brackwater").
        if (p > para.index && (furnitureSpeaker(below) || topicHeadingOf(below))) break;
        if (below.spans.length === 0 && isTopic(below) && !headingName(below)) continue;
        if (!link(doc, below, mention, this.name) || below.signedBy) break;
      }
    }
  },
};

const isTopic = (para: Para): boolean => TOPIC.test(para.text.trim());

/** The speaker a section heading printed above the paragraph names ("HEAD COACH Ada Quill"). */
const furnitureSpeaker = (para: Para): string | null => para.headingSpeaker ?? null;

/** The name a speaker's topic heading printed above the paragraph gives, if any. */
const topicHeadingOf = (para: Para): string | null =>
  para.heading ? topicHeadingName(para.heading) : null;

/**
 * The quoted paragraph right under a speaker's topic heading (a line of its own, or one
 * printed as the page's heading) whose name is not one person's of the article, if any.
 */
function untrustedHeading(doc: ArticleDoc, para: Para): Para | null {
  const quoted = (p: Para | undefined) => p?.role === 'body' && (p.spans[0]?.open ?? 1) === 0;
  const named = (name: string | null) => name !== null && trustedName(doc, name) === null;
  if (quoted(para) && named(topicHeadingOf(para))) return para;
  const next = doc.paras[para.index + 1];
  if (
    para.role !== 'headline' &&
    para.spans.length === 0 &&
    quoted(next) &&
    named(topicHeadingName(para.text))
  )
    return next!;
  return null;
}

/**
 * A heading that names a speaker and their topic ("Tarrow Freight (TFR) former CEO Ada
 * Quill on why she came back"), when the article shows the name is one person's.
 */
const topicHeading = (doc: ArticleDoc, para: Para): string | null =>
  trustedName(doc, topicHeadingName(para.text));

/** The name, when the article shows it is exactly one person's (`strongPeople`). */
function trustedName(doc: ArticleDoc, name: string | null): string | null {
  return trustedMention(doc, name) ? name : null;
}

/** A paragraph that is a speaker's heading ("Harbour College Head Coach, Ada Quill:"). */
const headingName = (para: Para): string | null =>
  para.text.trim().endsWith(':') ? (para.signature ?? null) : null;

/**
 * Links a quoted paragraph's open quotations to the signature's speaker; false when the
 * paragraph does not open with a quotation mark or attributes a quotation itself.
 */
function link(doc: ArticleDoc, para: Para, mention: Subject | null, sieve: string): boolean {
  if (!mention || para.role !== 'body' || para.qa || para.label) return false;
  if ((para.spans[0]?.open ?? 1) > 0) return false;
  const here = doc.candidates.filter((c) => c.para === para.index && c.kind === 'direct');
  if (here.some(attributed)) return false;
  for (const c of here) if (linkable(c)) c.link = { sieve, mentions: [mention] };
  return true;
}
