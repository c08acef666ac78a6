import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import { classifyQuoted } from './classifyQuoted.ts';
import { findAttribution } from './findAttribution.ts';
import type { QuoteSpan } from './findQuoteSpans.ts';
import { findQuoteSpans } from './findQuoteSpans.ts';
import { findReported } from './findReported.ts';
import type { Subject } from './findSubject.ts';
import { PeopleIndex } from './PeopleIndex.ts';
import { isKoreanStyle, parseNameRun } from './parseNameRun.ts';
import { ROLE_NOUNS } from './patterns.ts';
import { splitSentences } from './splitSentences.ts';
import type { Token } from './tokenize.ts';
import { isCapitalized, QUOTE_MASK, TERM_MASK, tokenize } from './tokenize.ts';
import type { BodyLine, ExtractError, FoundQuote, Person } from './types.ts';

/** Fewest words of a role phrase worth keeping for a description ("South Korea's top diplomat in …", not "the minister"). */
const MIN_ROLE_SUBJECT_WORDS = 5;
/** Words that start a clause: a role phrase before a name stops at them. */
const BOUNDARY_WORDS = new Set('and but or that while as when if because which who'.split(' '));
/** Longest role phrase read before a name ("The health secretary, Miriam Calloway,"). */
const MAX_ROLE_TOKENS = 6;
/** Fewest words of a narration sentence: shorter bits are credits and labels ("(Yonhap)"). */
const MIN_NARRATION_WORDS = 4;
/** Longest first words of a quotation shown in an error message. */
const QUOTE_PREVIEW_CHARS = 60;

interface Sentence {
  start: number;
  end: number;
  /** Spans in this sentence that are quotations (terms left out). */
  quotes: QuoteSpan[];
  maybes: QuoteSpan[];
  tokens: Token[];
}

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
  const paragraphs: { line: BodyLine; spans: QuoteSpan[]; sentences: Sentence[] }[] = [];
  for (const [i, line] of readable.entries()) {
    const scan = findQuoteSpans(line.text);
    if (!scan.ok)
      return fail(
        line.line,
        'unbalanced-quote',
        `${scan.problem} (at character ${scan.index + 1})`,
      );
    const prev = paragraphs[i - 1];
    const runsOnFromPrev = prev?.spans.some((s) => s.runsOn) ?? false;
    if (runsOnFromPrev && scan.spans[0]?.open !== 0) {
      return fail(prev!.line.line, 'unbalanced-quote', 'a quotation opened here is never closed');
    }
    const spans = scan.spans;
    // A quotation that fills its paragraph, or goes on from the paragraph before, is
    // someone speaking however short it is.
    const wholeParagraph = (s: QuoteSpan) =>
      s.open === 0 &&
      (s.runsOn || runsOnFromPrev || /^[\s.,;:!?]*$/.test(line.text.slice(s.close + 1)));
    const kinds = new Map(
      spans.map((s) => [s, wholeParagraph(s) ? 'quote' : classifyQuoted(s, line.text)] as const),
    );
    let masked = line.text;
    for (const s of spans) {
      const mask = kinds.get(s) === 'term' ? TERM_MASK : QUOTE_MASK;
      const end = s.runsOn ? s.close : s.close + 1;
      masked = masked.slice(0, s.open) + mask.repeat(end - s.open) + masked.slice(end);
    }
    const sentences = splitSentences(line.text, spans).map((r) => {
      const inside = spans.filter((s) => s.open >= r.start && s.open < r.end);
      // "“Not once.”" standing as a sentence of its own is someone speaking.
      const only = inside.length === 1 ? inside[0]! : null;
      if (
        only &&
        /^[\s]*$/.test(line.text.slice(r.start, only.open)) &&
        /^[\s.,;:!?]*$/.test(line.text.slice(only.runsOn ? only.close : only.close + 1, r.end))
      ) {
        kinds.set(only, 'quote');
      }
      return {
        ...r,
        quotes: inside.filter((s) => kinds.get(s) === 'quote'),
        maybes: inside.filter((s) => kinds.get(s) === 'maybe'),
        tokens: tokenize(masked.slice(r.start, r.end), r.start),
      };
    });
    paragraphs.push({ line, spans, sentences });
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
  for (const p of paragraphs) {
    const { line } = p;
    const startsWithQuote = p.spans[0]?.open === 0;
    const continuing: boolean = chainSpeaker !== null || chainPending.length > 0;
    let paragraphSpeaker: Person | null = null;
    let introSpeaker: Person | null = null;
    let pending: (FoundQuote & { at: number })[] = [];
    for (const s of p.sentences) {
      const context = line.text.slice(s.start, s.end).trim();
      touchMentions(people, s.tokens, line.text);
      const candidates =
        s.quotes.length > 0 || s.maybes.length > 0 ? findAttribution(s.tokens, line.text) : [];
      if (s.quotes.length > 0 || candidates.length > 0) {
        // A short fragment ("maybe") is a quotation only when its own sentence attributes it.
        let speaker: Person | null = null;
        if (candidates.length > 0) {
          const found = firstResolved(people, candidates);
          if ('reason' in found) {
            return fail(
              line.line,
              'unresolved-speaker',
              `cannot tell who said “${preview(s.quotes[0] ?? s.maybes[0]!)}”: ${found.reason}`,
            );
          }
          const { subject } = found;
          speaker = found.person;
          if (subject.kind === 'name' && subject.role) people.learn(speaker, null, subject.role);
          if (subject.kind === 'role' && subject.text.split(/\s+/).length >= MIN_ROLE_SUBJECT_WORDS)
            people.learn(speaker, null, subject.text);
          people.markSpeaker(speaker);
          paragraphSpeaker = speaker;
        }
        const spans = speaker
          ? [...s.quotes, ...s.maybes].sort((a, b) => a.open - b.open)
          : s.quotes;
        for (const span of spans) {
          const q = {
            text: span.text,
            speaker: speaker?.name ?? '',
            kind: 'direct' as const,
            context,
            line: line.line,
            at: span.open,
          };
          if (speaker) quotes.push(q);
          else pending.push(q);
        }
        if (speaker) {
          // "“Q1.” “Q2,” he said.": earlier quotations of the paragraph take this speaker.
          for (const q of pending) quotes.push({ ...q, speaker: speaker.name });
          pending = [];
          // "… “X” and that CLAUSE": reported speech after the last quotation.
          const last = spans[spans.length - 1];
          const tail = last ? line.text.slice(last.close + 1, s.end) : '';
          // "…” and that …", "…” and noted that …", "…,” he said, adding that …"
          const and = /(?:^|,)\s*(?:and (?:[a-z]+ )?|adding |noting |saying )that\s+/.exec(tail);
          if (last && and) {
            const start = last.close + 1 + and.index + and[0].length;
            const text = line.text.slice(start, s.end).replace(/[\s.!?]+$/, '');
            quotes.push({
              text,
              speaker: speaker.name,
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
        const intro = firstResolved(people, findAttribution(s.tokens, line.text));
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
        const resolved = resolve(people, reported.subject);
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
          if (reported.subject.kind === 'name' && reported.subject.role)
            people.learn(resolved, null, reported.subject.role);
          if (
            reported.subject.kind === 'role' &&
            reported.subject.text.split(/\s+/).length >= MIN_ROLE_SUBJECT_WORDS
          ) {
            people.learn(resolved, null, reported.subject.text);
          }
          people.markSpeaker(resolved);
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
    const last = quotes.filter((q) => q.kind === 'direct').pop();
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

/** The first attribution that names a person of the article, or why the first one does not. */
function firstResolved(
  people: PeopleIndex,
  candidates: readonly Subject[],
): { person: Person; subject: Subject } | { reason: string } {
  let firstReason: string | null = null;
  for (const subject of candidates) {
    const person = resolve(people, subject);
    if (!('reason' in person)) return { person, subject };
    firstReason ??= person.reason;
  }
  return { reason: firstReason ?? 'no attribution' };
}

function resolve(people: PeopleIndex, subject: Subject): Person | { reason: string } {
  switch (subject.kind) {
    case 'pronoun':
      return subject.plural
        ? { reason: `"${subject.text}" is not one person` }
        : people.resolvePronoun(subject.gender);
    case 'name':
      return people.resolveName(subject.run);
    case 'role':
      return people.resolveRole(subject.head);
    default:
      return { reason: `"${subject.text}" is not a person` };
  }
}

/** Whether an unresolved reported-speech subject is a person we failed to find (an error), not an institution. */
function looksLikeOnePerson(subject: Subject): boolean {
  if (subject.kind === 'pronoun') return !subject.plural;
  if (subject.kind === 'name') return subject.run.title !== null || isKoreanStyle(subject.run.name);
  return subject.kind === 'role';
}

/** Capitalised runs of a sentence, read as possible names. */
function nameRuns(tokens: readonly Token[]): { run: Token[]; next: number }[] {
  const out: { run: Token[]; next: number }[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalized(tokens[i]) || tokens[i]!.text.startsWith(QUOTE_MASK)) {
      i++;
      continue;
    }
    const start = i;
    while (
      i < tokens.length &&
      isCapitalized(tokens[i]) &&
      !tokens[i]!.text.startsWith(QUOTE_MASK)
    ) {
      i++;
      if (/[’']s$/.test(tokens[i - 1]!.text)) break;
    }
    out.push({ run: tokens.slice(start, i), next: i });
  }
  return out;
}

function registerNames(people: PeopleIndex, tokens: readonly Token[], text: string): void {
  for (const { run, next } of nameRuns(tokens)) {
    const parsed = parseNameRun(run);
    if (!parsed || parsed.name.length < 2) continue;
    let appositive: string | null = null;
    if (tokens[next]?.text === ',' && /^(?:the|a|an)$/.test(tokens[next + 1]?.text ?? '')) {
      let k = next + 1;
      while (
        k < tokens.length &&
        ![',', ';', ':', ')', '('].includes(tokens[k]!.text) &&
        !tokens[k]!.text.startsWith(QUOTE_MASK)
      )
        k++;
      appositive = text.slice(tokens[next + 2]!.start, tokens[k - 1]!.end).replace(/[.\s]+$/, '');
    }
    // "The health secretary, Miriam Calloway, …": a role phrase right before the name.
    const start = tokens.indexOf(run[0]!);
    if (appositive === null && tokens[start - 1]?.text === ',' && tokens[next]?.text === ',') {
      let k = start - 2;
      while (k >= 0 && ![',', ';', ':', '(', ')', '--', '—'].includes(tokens[k]!.text)) k--;
      const before = tokens.slice(k + 1, start - 1);
      if (
        before.length > 0 &&
        before.length <= MAX_ROLE_TOKENS &&
        before.some((t) => ROLE_NOUNS.has(t.word))
      ) {
        appositive = text
          .slice(before[0]!.start, before[before.length - 1]!.end)
          .replace(/^(?:the|a|an)\s+/i, '');
      }
    }
    // "North Korean leader Kim Jong-un", "Harlow Semiconductor chief executive Joan Mercer".
    let described: string | null = null;
    let d = start - 1;
    while (
      d >= 0 &&
      start - d <= MAX_ROLE_TOKENS &&
      /^\p{Ll}/u.test(tokens[d]!.text) &&
      !BOUNDARY_WORDS.has(tokens[d]!.text)
    )
      d--;
    const lower = tokens.slice(d + 1, start);
    if (
      lower.some((t) => ROLE_NOUNS.has(t.word)) &&
      !lower.some((t) => /^(?:his|her|their|its|the|a|an)$/.test(t.text) && t !== lower[0])
    ) {
      let c = d;
      while (c >= 0 && isCapitalized(tokens[c]) && d - c < MAX_ROLE_TOKENS) c--;
      const first = c < d ? tokens[c + 1]! : lower[0]!;
      described = text
        .slice(first.start, lower[lower.length - 1]!.end)
        .replace(/^(?:the|a|an|his|her|their|its)\s+/i, '');
    }
    const person = people.register(parsed, appositive, false);
    if (person && described) people.learn(person, null, described);
  }
}

/** Moves every person a sentence names (outside quotations) to the front of attention. */
function touchMentions(people: PeopleIndex, tokens: readonly Token[], _text: string): void {
  for (const { run } of nameRuns(tokens)) {
    const parsed = parseNameRun(run);
    if (!parsed) continue;
    const person = people.resolveName(parsed);
    if ('reason' in person) continue;
    if (parsed.name.length === 1 && parsed.title === null && !people.isStrong(person)) continue;
    people.touch(person);
  }
}

/** Drops a reported quote repeated inside a longer quote of the same speaker (a standfirst echoing the body). */
function dropContained<T extends FoundQuote>(quotes: T[]): T[] {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  return quotes.filter(
    (q) =>
      q.kind !== 'reported' ||
      !quotes.some(
        (o) =>
          o !== q &&
          o.speaker === q.speaker &&
          o.text.length > q.text.length &&
          norm(o.text).includes(norm(q.text)),
      ),
  );
}

function preview(span: QuoteSpan): string {
  return clip(span.text);
}

function clip(text: string): string {
  return text.length > QUOTE_PREVIEW_CHARS ? `${text.slice(0, QUOTE_PREVIEW_CHARS)}…` : text;
}
