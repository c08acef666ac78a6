import { capitalsHeadingName } from '../capitalsHeadingName.ts';
import type { Subject } from '../findSubject.ts';
import { introducedByHeading } from '../introducedByHeading.ts';
import { nameAloneHeading } from '../nameAloneHeading.ts';
import { nameRuns } from '../nameRuns.ts';
import { nameTagHeading } from '../nameTagHeading.ts';
import { parseNameRun, surnameOf } from '../parseNameRun.ts';
import type { Sentence } from '../readParagraph.ts';
import { tokenize } from '../tokenize.ts';
import { afterOpeningQuote } from './afterOpeningQuote.ts';
import { attributed, linkable } from './attributionsOf.ts';
import { peopleNamed } from './peopleNamed.ts';
import { strongPeople, trustedMention } from './strongPeople.ts';
import type { ArticleDoc, Para, Sieve } from './types.ts';

/**
 * Nouns that stand for someone's words as a whole: "this quote from Ada Quill", "the
 * statement made by the minister Ada Quill", "the words of Ada Quill".
 */
const WORDS_NOUNS = new Set(
  'quote quotes quotation quotations words statement remarks comments message answer reply response excerpt passage'.split(
    ' ',
  ),
);

/** A line of furniture in capitals ("LONDON SCHOOL OF ECONOMICS", "STATES"). */
const CAPITALS_WORDS = /^[\p{Lu}\s.,'’&-]+$/u;

/**
 * Fewest different people a page's full-name headings over quoted paragraphs must name
 * before each heading is read as its paragraph's speaker ("Ada Quill, 1st" / “…” / "Ben
 * Holt, 4th" / “…”): one such line may be a caption's credit or a person passing.
 */
const MIN_HEADED_SPEAKERS = 2;

/** Participles between such a noun and its owner ("the statement made by …", "remarks delivered by …"). */
const GIVEN = new Set(
  'made issued delivered given written posted released read sent shared'.split(' '),
);

/** Prepositions that name the owner of the words: "from", "by", "of". */
const OWNER_OF = new Set(['from', 'by', 'of']);

/**
 * "These are the words of Ada Quill, …", "Those were the remarks of …": a paragraph that
 * names, after the fact, whose words the quoted paragraph just before it were.
 */
const WORDS_WERE = new RegExp(
  String.raw`^(?:These|Those|Such|That|This)\s+(?:are|were|is|was)\s+(?:the\s+)?(?:own\s+)?(?:${[...WORDS_NOUNS].join('|')})\s+(?:of|from|by)\s`,
  'iu',
);

/**
 * The one person a sentence gives words to by a noun of words and its owner ("I kept this
 * quote from Ada Quill.", "Let me share the statement made by Ada Quill, the minister."),
 * when it names nobody else; null otherwise.
 */
function ownerOfWords(doc: ArticleDoc, sentence: Sentence): Subject | null {
  const { tokens } = sentence;
  for (const { run, start } of nameRuns(tokens)) {
    const by = tokens[start - 1];
    if (!by || !OWNER_OF.has(by.word)) continue;
    let k = start - 2;
    if (tokens[k] && GIVEN.has(tokens[k]!.word)) k--;
    if (!tokens[k] || !WORDS_NOUNS.has(tokens[k]!.word)) continue;
    const name = parseNameRun(run);
    if (!name) return null;
    const owners = strongPeople(doc, name);
    // A full name, or a surname the article shows is one person's.
    if (owners.length > 1 || (owners.length === 0 && name.name.length < 2)) return null;
    const others = peopleNamed(doc, sentence).filter((p) => !owners.includes(p));
    if (others.length > 0) return null;
    return { kind: 'name', run: name, text: run.map((t) => t.text).join(' '), role: null };
  }
  return null;
}

/** The candidates of a paragraph that opens with a quotation and attributes none of them; none otherwise. */
function openQuoted(doc: ArticleDoc, para: Para) {
  if (para.role !== 'body' || para.qa !== null || para.label !== null) return [];
  if ((para.spans[0]?.open ?? 1) > 0) return [];
  const here = doc.candidates.filter((c) => c.para === para.index);
  if (here.some(attributed)) return [];
  // "“…,” Rep. Ada Quill assessed.": a person named after the quotation has it by a verb
  // no sieve reads.
  if (peopleNamed(doc, afterOpeningQuote(para)).length > 0) return [];
  return here.filter((c) => c.kind === 'direct' && linkable(c));
}

/**
 * True when the headline or standfirst names the person of a bare name heading by surname
 * ("Quill reactions" over "Ada Quill"): a name line the page's title is about, not a
 * caption's credit or someone passing.
 */
function namedAbove(doc: ArticleDoc, name: string): boolean {
  const run = parseNameRun(tokenize(name));
  if (!run) return false;
  const surname = surnameOf(run.name).toLowerCase();
  const tops = doc.paras.filter((p) => p.role === 'headline' || p.role === 'dek');
  return tops.some((p) => tokenize(p.text).some((t) => t.text.toLowerCase() === surname));
}

/**
 * A quoted paragraph that a sentence next to it gives to one person by a noun of words
 * rather than a verb of speech: the paragraph before ends "So I keep going back to this quote
 * from Ada Quill." or "Let me share the statement made by Ada Quill, the minister.", or the
 * paragraph after opens "These are the words of Ada Quill, …". The sentence must name that
 * one person and nobody else; a person named after the quotation keeps it open.
 */
export const wordsOfIntro: Sieve = {
  name: 'words-of-intro',
  run(doc) {
    // A round-up whose speakers are headings in capitals: a quoted paragraph under a line
    // in capitals that names no one readable (a heading's wrapped last line, "STATES")
    // is not the speaker's above it going on.
    const roundUp = doc.paras.some((p) => p.heading && capitalsHeadingName(p.heading));
    // The names of full-name headings over quoted paragraphs no sentence attributes.
    const headedSpeakers = new Map<number, string>();
    for (const para of doc.paras) {
      const name = para.heading ? nameTagHeading(para.heading) : null;
      if (name && openQuoted(doc, para).length > 0) headedSpeakers.set(para.index, name);
    }
    const severalHeaded = new Set(headedSpeakers.values()).size >= MIN_HEADED_SPEAKERS;
    for (const para of doc.paras) {
      const here = openQuoted(doc, para);
      if (here.length === 0) continue;
      if (
        roundUp &&
        para.heading &&
        CAPITALS_WORDS.test(para.heading.trim()) &&
        !capitalsHeadingName(para.heading)
      ) {
        for (const c of here)
          c.problem = 'it stands under a heading in capitals that names no one the sieves can read';
        continue;
      }
      const prev = doc.paras[para.index - 1];
      const closing = prev?.sentences.at(-1);
      let owner: Subject | null = null;
      if (
        prev?.role === 'body' &&
        prev.qa === null &&
        closing &&
        !prev.spans.some((s) => s.close > closing.start) &&
        !/\?\s*$/.test(prev.text)
      )
        owner = ownerOfWords(doc, closing);
      const next = doc.paras[para.index + 1];
      if (!owner && next?.role === 'body' && next.spans.length === 0) {
        const first = next.sentences[0];
        const tail = first && WORDS_WERE.test(next.text.slice(first.start, first.end).trim());
        if (tail && first) owner = ownerOfWords(doc, first);
      }
      // "Senate Majority Leader Ada Quill said –" on a line of its own right above it, or
      // "HARBOUR TRUST CHAIR ADA QUILL" in capitals, as a wire round-up prints it.
      const introduced =
        !owner && para.heading
          ? (introducedByHeading(para.heading) ?? capitalsHeadingName(para.heading))
          : null;
      if (introduced) owner = trustedMention(doc, introduced);
      // "Ada Quill" alone on the line above, the one person the headline or standfirst names;
      // or any such heading (perhaps with a tag, "Ada Quill, 1st") on a page that heads the
      // words of several people so.
      const bare = !owner && para.heading ? nameAloneHeading(para.heading) : null;
      if (bare && namedAbove(doc, bare)) owner = trustedMention(doc, bare);
      const headed = !owner && severalHeaded ? headedSpeakers.get(para.index) : undefined;
      if (headed) owner = trustedMention(doc, headed);
      if (!owner) continue;
      for (const c of here) c.link = { sieve: this.name, mentions: [owner] };
    }
  },
};
