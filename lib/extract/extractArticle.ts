import type { Referent } from './Discourse.ts';
import { dropContained } from './dropContained.ts';
import { readDocument } from './readDocument.ts';
import type { Outcome } from './resolveCandidates.ts';
import { resolveCandidates } from './resolveCandidates.ts';
import { SIEVES } from './sieves/SIEVES.ts';
import type { ArticleDoc, Candidate, Para } from './sieves/types.ts';
import type { BodyLine, Extraction, FoundQuote, UnattributedQuote } from './types.ts';

/** Fewest words of a narration sentence: shorter bits are credits and labels ("(Yonhap)"). */
const MIN_NARRATION_WORDS = 4;

/**
 * Finds the quotations, reported speech and narration of an article's readable lines
 * (headline, standfirst, body) and ties each quotation to a person of the article or to
 * an unnamed source: the sieves of `SIEVES` in order, then their evidence resolved in
 * reading order. A quotation nothing attributes safely is listed as unattributed, with
 * why; the article is never refused for it.
 */
export function extractArticle(lines: readonly BodyLine[]): Extraction {
  const doc = readDocument(lines);
  for (const sieve of SIEVES) sieve.run(doc);
  const outcomes = resolveCandidates(doc);
  const quotes: FoundQuote[] = [];
  const unattributed: UnattributedQuote[] = [];
  const ordered = [...doc.candidates].sort((a, b) => a.para - b.para || a.start - b.start);
  for (const c of ordered) {
    const o = outcomes.get(c.id)!;
    const para = doc.paras[c.para]!;
    const at = { line: para.line, start: para.offset + c.start, end: para.offset + c.end };
    if (o.kind === 'said') {
      quotes.push({
        ...at,
        ...who(o.referent),
        text: c.text,
        kind: c.kind,
        context: contextOf(doc, c),
        sieve: o.sieve,
      });
    } else if (o.kind === 'unattributed' && (c.kind === 'direct' || o.personLike)) {
      unattributed.push({ ...at, text: c.text, kind: c.kind, reason: o.reason });
    }
  }
  for (const para of doc.paras) {
    if (para.problem)
      unattributed.push({
        line: para.line,
        start: para.offset,
        end: para.offset + para.text.length,
        text: para.text,
        kind: 'direct',
        reason: para.problem,
      });
  }
  unattributed.sort((a, b) => a.start - b.start);
  return {
    people: doc.people.list(),
    quotes: dropContained(quotes),
    unattributed,
    narration: narrationOf(doc, outcomes),
    text: doc.paras.map((p) => p.text).join('\n'),
    paragraphs: doc.paras.map((p) => ({
      line: p.line,
      role: p.role,
      start: p.offset,
      end: p.offset + p.text.length,
      ...(p.path ? { path: p.path } : {}),
    })),
  };
}

/**
 * Reported speech of an unnamed source ("…, according to police", "the ministry said
 * that …") is the article's own wording about a source it does not name: a quote of
 * that source for the reader, and the article's narration for the corpus.
 */
const isNarrated = (c: Candidate, o: Exclude<Outcome, { kind: 'term' }>) =>
  c.kind === 'reported' && (o.kind === 'said' ? o.referent.kind !== 'person' : !o.personLike);

function who(r: Referent): Pick<FoundQuote, 'speaker' | 'source' | 'sourceKind'> {
  return r.kind === 'person'
    ? { speaker: r.person.name, source: null, sourceKind: null }
    : { speaker: null, source: r.source, sourceKind: r.sourceKind };
}

function contextOf(doc: ArticleDoc, c: Candidate): string {
  const para = doc.paras[c.para]!;
  const s = para.sentences[c.sentence];
  return s ? sentenceText(para, s) : para.text;
}

/** A sentence as printed, without an interview question's label ("Q: "). */
function sentenceText(para: Para, s: { start: number; end: number }): string {
  const from = para.qa?.role === 'question' ? Math.max(s.start, para.qa.at) : s.start;
  return para.text.slice(from, s.end).trim();
}

/**
 * The article's own sentences: every sentence of headline, standfirst and body that holds
 * no quotation and no reported speech kept as a quote.
 */
function narrationOf(doc: ArticleDoc, outcomes: Map<number, Outcome>): string[] {
  const quoted = new Set<string>();
  for (const c of doc.candidates) {
    const o = outcomes.get(c.id)!;
    if (o.kind === 'term') continue;
    if (isNarrated(c, o)) continue;
    if (c.sentence >= 0) quoted.add(`${c.para}:${c.sentence}`);
    // An interview's turn is its whole paragraph.
    else for (const si of doc.paras[c.para]!.sentences.keys()) quoted.add(`${c.para}:${si}`);
  }
  const out: string[] = [];
  for (const para of doc.paras) {
    for (const [si, s] of para.sentences.entries()) {
      if (quoted.has(`${para.index}:${si}`)) continue;
      const context = sentenceText(para, s);
      if (
        context.endsWith(':') ||
        (context.split(/\s+/).length >= MIN_NARRATION_WORDS && !/^\(.*\)$/.test(context))
      )
        out.push(context);
    }
  }
  return out;
}
