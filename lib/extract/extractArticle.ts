import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import { attributeSentence } from './attributeSentence.ts';
import { dropContained } from './dropContained.ts';
import { findAttribution } from './findAttribution.ts';
import type { InterviewLine } from './findInterview.ts';
import { findInterview } from './findInterview.ts';
import { findInterviewee } from './findInterviewee.ts';
import type { QuoteSpan } from './findQuoteSpans.ts';
import { findReported } from './findReported.ts';
import { firstResolved } from './firstResolved.ts';
import { looksLikeOnePerson } from './looksLikeOnePerson.ts';
import { noteSpeaker } from './noteSpeaker.ts';
import { PeopleIndex } from './PeopleIndex.ts';
import type { Sentence } from './readParagraph.ts';
import { readParagraph } from './readParagraph.ts';
import { registerNames } from './registerNames.ts';
import { resolveSubject } from './resolveSubject.ts';
import { touchMentions } from './touchMentions.ts';
import type { BodyLine, ExtractError, FoundQuote, Person } from './types.ts';

/** Fewest words of a narration sentence: shorter bits are credits and labels ("(Yonhap)"). */
const MIN_NARRATION_WORDS = 4;
/** Longest first words of a quotation shown in an error message. */
const QUOTE_PREVIEW_CHARS = 60;

export interface Extraction {
  people: Person[];
  quotes: FoundQuote[];
  narration: string[];
}

/**
 * Finds the quotations, reported speech and narration of one article's readable lines
 * (headline, standfirst, body), and ties each quote to a person of the article.
 */
export function extractArticle(
  path: string,
  lines: readonly BodyLine[],
): Result<Extraction, ExtractError> {
  const readable = lines.filter(
    (l) => l.role === 'headline' || l.role === 'dek' || l.role === 'body',
  );
  const fail = (line: number, code: ExtractError['code'], message: string) =>
    err<ExtractError>({ code, path, line, message });

  // Pass 1: quotation marks, sentences, and every person named outside quotations.
  // An interview's answer is one quotation as a whole; a question is read without its label.
  const interview = findInterview(readable.map((l) => (l.role === 'body' ? l.text : '')));
  const paragraphs: {
    line: BodyLine;
    spans: QuoteSpan[];
    sentences: Sentence[];
    qa: InterviewLine | null;
  }[] = [];
  for (const [i, original] of readable.entries()) {
    const qa = interview[i] ?? null;
    const line =
      qa?.role === 'question' ? { ...original, text: original.text.slice(qa.at) } : original;
    const prev = paragraphs[i - 1];
    const runsOnFromPrev = prev?.spans.some((s) => s.runsOn) ?? false;
    const read = readParagraph(line.text, runsOnFromPrev);
    if (!read.ok) {
      return fail(
        line.line,
        'unbalanced-quote',
        `${read.problem} (at character ${read.index + 1 + (line === original ? 0 : qa!.at)})`,
      );
    }
    if (runsOnFromPrev && read.value.spans[0]?.open !== 0) {
      return fail(prev!.line.line, 'unbalanced-quote', 'a quotation opened here is never closed');
    }
    const { spans, sentences } = read.value;
    if (qa?.role === 'answer') paragraphs.push({ line, spans: [], sentences: [], qa });
    else paragraphs.push({ line, spans, sentences, qa });
  }
  const people = new PeopleIndex();
  for (const p of paragraphs) {
    for (const s of p.sentences) registerNames(people, s.tokens, p.line.text);
  }

  // Pass 2: attribution, in reading order, so "he" means the person last talked about.
  const quotes: (FoundQuote & { at: number })[] = [];
  const narration: string[] = [];
  let chainSpeaker: Person | null = null;
  let chainPending: (FoundQuote & { at: number })[] = [];
  let previousSpeaker: Person | null = null;
  let interviewee: Person | null = null;
  for (const [i, p] of paragraphs.entries()) {
    const { line } = p;
    if (p.qa?.opensBlock) {
      const found = findInterviewee(people, paragraphs[i - 1]?.sentences ?? []);
      if ('reason' in found) {
        return fail(
          line.line,
          'unresolved-speaker',
          `cannot tell who answers these questions: ${found.reason}`,
        );
      }
      interviewee = found;
    }
    if (p.qa?.role === 'answer' && interviewee) {
      // "A: …": the interviewee's words, exactly as printed after the label.
      quotes.push({
        text: line.text.slice(p.qa.at),
        speaker: interviewee.name,
        kind: 'direct',
        context: line.text,
        line: line.line,
        at: p.qa.at,
      });
      people.markSpeaker(interviewee);
      chainSpeaker = null;
      previousSpeaker = interviewee;
      continue;
    }
    const startsWithQuote = p.spans[0]?.open === 0;
    const continuing: boolean = chainSpeaker !== null || chainPending.length > 0;
    let paragraphSpeaker: Person | null = null;
    let introSpeaker: Person | null = null;
    let pending: (FoundQuote & { at: number })[] = [];
    for (const s of p.sentences) {
      const context = line.text.slice(s.start, s.end).trim();
      touchMentions(people, s.tokens);
      const attributed =
        s.quotes.length > 0 || s.maybes.length > 0 ? attributeSentence(people, s, line.text) : null;
      if (attributed && !attributed.ok) {
        return fail(
          line.line,
          'unresolved-speaker',
          `cannot tell who said “${clip(attributed.span.text)}”: ${attributed.reason}`,
        );
      }
      const fates = attributed?.fates ?? [];
      const said = fates.flatMap((f) => (f.person ? [{ span: f.span, person: f.person }] : []));
      // A sentence whose only quoted bits are scare quotes goes on to reported speech and narration.
      if (fates.some((f) => f.left !== 'term')) {
        for (const f of fates) {
          if (f.person === null && f.left !== null) continue;
          const q = {
            text: f.span.text,
            speaker: f.person?.name ?? '',
            kind: 'direct' as const,
            context,
            line: line.line,
            at: f.span.open,
          };
          if (f.person) quotes.push(q);
          else pending.push(q);
        }
        const first = said[0];
        const last = said[said.length - 1];
        if (first && last) {
          paragraphSpeaker = last.person;
          // "“Q1.” “Q2,” he said.": earlier quotations of the paragraph take this speaker.
          for (const q of pending) quotes.push({ ...q, speaker: first.person.name });
          pending = [];
          // "… “X” and that CLAUSE": reported speech after the last quotation.
          const tail = line.text.slice(last.span.close + 1, s.end);
          // "…” and that …", "…” and noted that …", "…,” he said, adding that …"
          const and = /(?:^|,)\s*(?:and (?:[a-z]+ )?|adding |noting |saying )that\s+/.exec(tail);
          if (and) {
            const start = last.span.close + 1 + and.index + and[0].length;
            const text = line.text.slice(start, s.end).replace(/[\s.!?]+$/, '');
            quotes.push({
              text,
              speaker: last.person.name,
              kind: 'reported',
              context,
              line: line.line,
              at: start,
            });
          }
        }
        continue;
      }
      if (context.endsWith(':')) {
        // "In a statement, Velasquez said:" introduces the quotation of the next paragraph.
        const intro = firstResolved(
          people,
          findAttribution(s.tokens, line.text).map((a) => a.subject),
        );
        if (!('reason' in intro)) {
          const person = intro.person;
          people.markSpeaker(person);
          introSpeaker = person;
        }
        narration.push(context);
        continue;
      }
      const reported = findReported(s.tokens, line.text, s, line.role === 'headline');
      if (reported) {
        const resolved = resolveSubject(people, reported.subject);
        if (!('reason' in resolved)) {
          const text = line.text.slice(reported.start, reported.end);
          quotes.push({
            text,
            speaker: resolved.name,
            kind: 'reported',
            context,
            line: line.line,
            at: reported.start,
          });
          noteSpeaker(people, resolved, reported.subject);
          continue;
        }
        if (looksLikeOnePerson(reported.subject)) {
          return fail(
            line.line,
            'unresolved-speaker',
            `cannot tell who said "${clip(line.text.slice(reported.start, reported.end))}": ${resolved.reason}`,
          );
        }
      }
      if (context.split(/\s+/).length >= MIN_NARRATION_WORDS && !/^\(.*\)$/.test(context))
        narration.push(context);
    }
    // Quotations no sentence of their own attributes: the paragraph's speaker, the
    // speaker of a quotation running on from the paragraph before, or of the quotation
    // in the paragraph before when this one opens with a quotation mark.
    const fallback: Person | null =
      paragraphSpeaker ??
      (continuing ? chainSpeaker : null) ??
      (startsWithQuote ? previousSpeaker : null);
    for (const q of pending) {
      if (fallback) quotes.push({ ...q, speaker: fallback.name });
      else if (p.spans.some((s) => s.runsOn)) chainPending.push(q);
      else {
        const inChain = chainPending[0];
        return fail(
          inChain?.line ?? q.line,
          'unresolved-speaker',
          `cannot tell who said “${clip(q.text)}”: no attribution in its sentence or paragraph, and no quotation just before it`,
        );
      }
    }
    if (fallback && chainPending.length > 0) {
      for (const q of chainPending) quotes.push({ ...q, speaker: fallback.name });
      chainPending = [];
    }
    const runsOn = p.spans.some((s) => s.runsOn);
    chainSpeaker = runsOn ? (fallback ?? chainSpeaker) : null;
    if (!runsOn && chainPending.length > 0) {
      const q = chainPending[0]!;
      return fail(
        q.line,
        'unresolved-speaker',
        `cannot tell who said “${clip(q.text)}”: no attribution anywhere in the quotation's paragraphs`,
      );
    }
    const last = quotes.findLast((q) => q.kind === 'direct');
    previousSpeaker =
      introSpeaker ??
      (last && last.line === line.line
        ? (people.list().find((x) => x.name === last.speaker) ?? null)
        : null);
  }
  quotes.sort((a, b) => a.line - b.line || a.at - b.at);
  return ok({
    people: people.list(),
    quotes: dropContained(quotes).map(({ at: _at, ...q }) => q),
    narration,
  });
}

function clip(text: string): string {
  return text.length > QUOTE_PREVIEW_CHARS ? `${text.slice(0, QUOTE_PREVIEW_CHARS)}…` : text;
}
