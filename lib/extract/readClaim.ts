/**
 * Who a page says spoke, read by the same sieves that build the corpus (issue #12): in a
 * selection that carries its attribution (`Lee said, “…”`, `“…,” said Ambassador Lee`),
 * and in the paragraph around a selection (with the paragraph before it, for "he said"
 * and quotations that run on). Same exports and shapes as `lib/match/extractClaim.ts`, so
 * the matcher only swaps an import. A claim is a person as the page names them ("Lee",
 * "Professor Ada Quill"); a place, an organisation, a title alone or a pronoun the text
 * cannot tie to a name is never a claim.
 */
import type { Subject } from './findSubject.ts';
import { subjectAfter, subjectBefore } from './findSubject.ts';
import { normalizeInput } from './normalizeInput.ts';
import type { NameRun } from './parseNameRun.ts';
import { ORGANIZATION_WORDS, PLACE_FIRST_WORDS, PLACES, SPEECH_VERBS } from './patterns.ts';
import { type ReadableText, readableText } from './readableText.ts';
import { readDocument } from './readDocument.ts';
import type { Outcome } from './resolveCandidates.ts';
import { resolveCandidates } from './resolveCandidates.ts';
import { SIEVES } from './sieves/SIEVES.ts';
import type { ArticleDoc, Candidate } from './sieves/types.ts';
import type { Token } from './tokenize.ts';
import { isQuoteToken, QUOTE_MASK, tokenize } from './tokenize.ts';

/** Read-only: `extractClaimFromSelection` gives the one object to every caller of one selection. */
export interface ClaimInSelection {
  /** The selection with any attribution removed (the words to match). */
  readonly text: string;
  /** The name the selection gives, or `null` (none, or only a pronoun). */
  readonly claim: string | null;
}

/** The selection's first characters looked for in its context to place it there. */
const PLACE_BY_CHARS = 40;

interface Read {
  doc: ArticleDoc;
  outcomes: Map<number, Outcome>;
  /** The text as read (`readableText`), and the map from the raw text's offsets. */
  readable: ReadableText;
}

/** Runs the extractor's sieves on a few paragraphs of page text. */
function readText(text: string): Read {
  const readable = readableText(text);
  const lines = readable.text
    .split('\n')
    .filter((t) => t !== '')
    .map((t, i) => ({ text: t, line: i + 1, role: 'body' as const }));
  const doc = readDocument(lines);
  for (const sieve of SIEVES) sieve.run(doc);
  return { doc, outcomes: resolveCandidates(doc), readable };
}

const isOrganisationRun = (run: NameRun) =>
  run.name.some((w) => ORGANIZATION_WORDS.has(w.toLowerCase())) ||
  PLACE_FIRST_WORDS.has(run.name[0]!.toLowerCase()) ||
  (run.name.length === 1 && PLACES.has(run.name[0]!.toLowerCase()));

/** The name mention behind a candidate's attribution, following `sameAs` links. */
function nameMention(read: Read, c: Candidate): Extract<Subject, { kind: 'name' }> | null {
  const seen = new Set<number>();
  let at: Candidate | undefined = c;
  while (at && !seen.has(at.id)) {
    seen.add(at.id);
    const link: Candidate['link'] = at.link;
    if (!link || 'term' in link) return null;
    if ('sameAs' in link) {
      at = read.doc.candidates[link.sameAs];
      continue;
    }
    const named = link.mentions.find((m) => m.kind === 'name');
    return named?.kind === 'name' ? named : null;
  }
  return null;
}

/** The person a candidate is claimed for: the name as printed, or the person a pronoun means. */
function claimOf(read: Read, c: Candidate): string | null {
  const mention = nameMention(read, c);
  if (mention) return isOrganisationRun(mention.run) ? null : printedName(mention.text);
  const o = read.outcomes.get(c.id);
  return o?.kind === 'said' && o.referent.kind === 'person' ? o.referent.person.name : null;
}

/**
 * A single quotation mark that may open a quotation: one not right after a letter or digit
 * (`findQuoteSpans` opens one only after a space, a bracket or a dash, or at the start; one
 * after a letter is an apostrophe, "don't", "Korea's").
 */
const OPENING_SINGLE = /(?:^|[^\p{L}\p{N}])'/u;

/**
 * True when the text holds no mark `findQuoteSpans` could open or close a quotation with:
 * then the extractor finds no quotation in it, and a selection carries no attribution to
 * cut. (`readableText` only removes and collapses characters, and NFC composes none of
 * these marks, so a mark it could pair is in the raw text too.) Most selections are the
 * quoted words alone: they are answered without reading them as an article, which in a
 * worker just woken (code not compiled yet) cost the first check tens of milliseconds.
 */
const mayQuote = (text: string): boolean => /[“”"‘]/.test(text) || OPENING_SINGLE.test(text);

/** The last selection read and what was read of it (a check reads it twice: `gateCommonPhrases`). */
let lastRead: { selection: string; claim: ClaimInSelection } | null = null;

export function extractClaimFromSelection(selection: string): ClaimInSelection {
  if (lastRead?.selection !== selection)
    lastRead = {
      selection,
      claim: mayQuote(selection)
        ? readClaimInSelection(selection)
        : { text: selection, claim: null },
    };
  return lastRead.claim;
}

/** The selection read as an article, always (`extractClaimFromSelection` gives the same answer). */
export function readClaimInSelection(selection: string): ClaimInSelection {
  const read = readText(selection);
  const para = read.doc.paras[0];
  const quoted = read.doc.candidates.filter((c) => c.kind === 'direct' && c.span !== null);
  const only = quoted.length === 1 ? quoted[0]! : null;
  // Cut only an attribution that stands right by the quotation ("Lee said, “…”").
  if (!para || !only || only.link === null || only.link.sieve !== 'own-attribution')
    return { text: selection, claim: null };
  const { open, close } = only.span!;
  // The words stay as selected on the quotation's side: "… interest.” “There is …,” he
  // said" keeps all before the attribution, "Lee said, “…” …" all after it.
  const after = para.text.slice(close + 1).replace(/[\s.,;:!?]+$/, '') !== '';
  const text = after ? para.text.slice(0, close + 1) : para.text.slice(open);
  return { text, claim: claimOf(read, only) };
}

/**
 * The name the context gives for the selection: the attribution of the quotation the
 * selection stands in, else the nearest attributed quotation of its paragraph. `at` is
 * where the selection lies in the context, as offsets into the context's raw text (the
 * page's DOM offsets, `lib/anchor/offsetsOfRange`); without it the selection is looked for
 * by its first words, which picks the first of two quotations that open alike.
 */
export function extractClaimFromContext(
  context: string,
  selection: string,
  at?: { start: number; end: number },
): string | null {
  const read = readText(context);
  let pos: number;
  let end: number;
  if (at) {
    pos = read.readable.toText(at.start);
    end = Math.max(pos, read.readable.toText(at.end));
  } else {
    const wanted = normalizeInput(selection).replace(/\s+/g, ' ').trim();
    pos = read.readable.text.indexOf(wanted.slice(0, PLACE_BY_CHARS));
    end = pos + wanted.length;
  }
  if (pos < 0) return null;
  const para = read.doc.paras.find((p) => p.offset <= pos && pos <= p.offset + p.text.length);
  if (!para) return null;
  const here = read.doc.candidates
    .filter((c) => c.para === para.index)
    .map((c) => ({ c, from: para.offset + c.start, to: para.offset + c.end }))
    .map((x) => ({
      ...x,
      distance: x.to < pos ? pos - x.to : x.from > end ? x.from - end : 0,
    }))
    .sort((x, y) => x.distance - y.distance || x.to - x.from - (y.to - y.from));
  for (const { c } of here) {
    const claim = claimOf(read, c);
    if (claim) return claim;
    // The quotation the selection stands in has an attribution that names no one (a pronoun
    // with nobody before it, an organisation): no claim, rather than a neighbour's.
    if (c.link !== null && !('term' in c.link) && here[0]!.c === c) return null;
  }
  return null;
}

/** Punctuation and quotation marks around an attribution between two quotations. */
const EDGE = /^[\s,.;:!?…"“”‘’«»'—–-]*/u;

/**
 * The attribution that stands between two quotations of one selection (`…,” she said. “…`):
 * cut from the start of the later part or the end of the earlier part, so each part is
 * only the quoted words. An attribution is a speech verb with its subject before or after
 * it, read by the extractor's own subject rules.
 */
export function trimAttribution(
  text: string,
  at: 'start' | 'end',
): { text: string; claim: string | null } {
  const speech = (t: Token | undefined) =>
    t !== undefined && !isQuoteToken(t) && (SPEECH_VERBS.has(t.word) || SPEECH_VERBS.has(t.text));
  if (at === 'start') {
    // "…” she said. “Next”: the attribution is the first words, after the closing mark.
    const lead = EDGE.exec(text)![0].length;
    const words = tokenize(text.slice(lead), lead);
    const verb = words.findIndex((t, i) => i <= 4 && speech(t));
    if (verb < 0) return { text, claim: null };
    const withQuote = [{ text: QUOTE_MASK, word: QUOTE_MASK, start: -1, end: -1 }, ...words];
    const subject =
      subjectBefore(withQuote, verb + 1, text) ?? subjectAfter(withQuote, verb + 1, text);
    if (!subject) return { text, claim: null };
    const last = Math.max(
      verb,
      ...words.map((t, i) => (t.end <= endOf(subject, text, words) ? i : -1)),
    );
    const cut = words[last]!.end;
    const rest = text.slice(cut).replace(EDGE, '');
    const start = text.length - rest.length;
    return { text: text.slice(start), claim: claimFromSubject(subject) };
  }
  // "First,” she said": the attribution is the last words.
  const trail = /[\s,.;:!?…"“”‘’«»'—–-]*$/u.exec(text)![0].length;
  const body = text.slice(0, text.length - trail);
  const words = tokenize(body);
  const verb = words.findLastIndex((t, i) => i >= words.length - 5 && speech(t));
  if (verb < 0) return { text, claim: null };
  const subject = subjectBefore(words, verb, body);
  const first = subject ? startOf(subject, body, words, verb) : verb;
  const head = body.slice(0, words[first]!.start).replace(/[\s,.;:!?…"“”‘’«»'—–-]*$/u, '');
  if (head === '') return { text, claim: null };
  return { text: head, claim: subject ? claimFromSubject(subject) : null };
}

function claimFromSubject(subject: Subject): string | null {
  if (subject.kind !== 'name' || isOrganisationRun(subject.run)) return null;
  return printedName(subject.text);
}

/** A name as printed, without the sentence's full stop (an initial keeps its own). */
const printedName = (text: string) => text.replace(/(\p{L}{2,})\.$/u, '$1');

/** Where a subject's words end in the text. */
function endOf(subject: Subject, text: string, words: readonly Token[]): number {
  const i = text.indexOf(subject.text);
  return i >= 0 ? i + subject.text.length : (words[0]?.end ?? 0);
}

/** The index of the first word of a subject written before its verb. */
function startOf(subject: Subject, text: string, words: readonly Token[], verb: number): number {
  const i = text.lastIndexOf(subject.text, words[verb]!.start);
  if (i < 0) return verb;
  const k = words.findIndex((t) => t.start >= i);
  return k < 0 ? verb : k;
}
