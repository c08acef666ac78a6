import type { ExtractedArticle } from '../../lib/extract/types.ts';
import type { Annotation, PageScore } from './types.ts';

/**
 * Folds text for comparison without changing its length, so offsets stay valid: lower
 * case, curly quotes and apostrophes straight, dashes one hyphen, any space one space.
 */
export function fold(text: string): string {
  let out = '';
  for (const c of text) {
    const lower = c.toLowerCase();
    const one = lower.length === c.length ? lower : c;
    out += one
      .replace(/[“”„«»"]/g, '"')
      .replace(/[‘’‚‹›'`]/g, "'")
      .replace(/[‐‑‒–—―-]/g, '-')
      .replace(/\s/g, ' ');
  }
  return out;
}

/** Words only: for headlines, whose quotation marks and punctuation the annotation leaves out. */
const words = (text: string) =>
  fold(text)
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** A name's words without initials ("Felix G. Rohatyn" → "felix rohatyn"). */
const withoutInitials = (name: string) =>
  words(name)
    .split(' ')
    .filter((w) => w.length > 1)
    .join(' ');

/**
 * The same person: the same name, with or without middle initials ("Felix Rohatyn" for
 * "Felix G. Rohatyn") or middle names ("Ronald Wilson Reagan" for "Ronald Reagan": the
 * same first and last name, one form's words all in the other), or a full name for a
 * speaker the annotation gives by surname only.
 */
const sameName = (ours: string, theirs: string) => {
  const a = withoutInitials(ours);
  const b = withoutInitials(theirs);
  if (a === b || (!b.includes(' ') && a.split(' ').includes(b))) return true;
  const [x, y] = [a.split(' '), b.split(' ')];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return (
    short.length >= 2 &&
    short[0] === long[0] &&
    short.at(-1) === long.at(-1) &&
    short.every((w) => long.includes(w))
  );
};

/** True when every word of `ours` is a word of `theirs`, which has more ("Brun" of "Halvard Brun"). */
const partOfName = (ours: string, theirs: string) => {
  const [a, b] = [words(ours).split(' '), words(theirs).split(' ')];
  return a.length < b.length && a.every((w) => b.includes(w));
};

type Found = {
  start: number;
  end: number;
  speaker: string | null;
  source: string | null;
  text: string;
  attributed: boolean;
};

/**
 * Scores one page. An annotated quotation is found when an extracted one (attributed or
 * listed as unattributed) overlaps where its locating words stand in the article's text;
 * it is right when the speaker is the annotated person, or, for an unnamed source or no
 * attribution, when no named person is given.
 */
export function scorePage(a: Annotation, article: ExtractedArticle | null): PageScore {
  const score: PageScore = {
    page: a.page,
    refused: article === null,
    annotated: a.quotes.length,
    right: 0,
    namedExtracted: 0,
    namedRight: 0,
    wrongPerson: 0,
    anonymousPinned: 0,
    partialName: 0,
    unannotatedNamed: 0,
    notQuotes: a.notQuotes.length,
    notQuotesExtracted: 0,
    dateStated: a.published !== null,
    dateRead: false,
    dateWrong: false,
    headlineStated: false,
    headlineRight: false,
    outletRight: false,
    notes: [],
  };
  if (!article) return score;
  const text = fold(article.text);
  const found: Found[] = [
    ...article.quotes.map((q) => ({ ...q, attributed: true })),
    ...article.unattributed.map((u) => ({ ...u, speaker: null, source: null, attributed: false })),
  ];
  const used = new Set<Found>();
  for (const q of a.quotes) {
    const at = text.indexOf(fold(q.locate));
    // Innermost first: a quotation inside a longer one (reported speech inside an interview
    // answer, a quoted fragment inside a reported clause) is the one the words locate.
    const hits =
      at < 0
        ? []
        : found
            .filter((f) => f.start < at + q.locate.length && f.end > at)
            .sort((x, y) => x.end - x.start - (y.end - y.start));
    for (const h of hits) used.add(h);
    // The innermost hit is the quotation located; its speaker is the one scored.
    const named = hits[0]?.speaker != null ? hits[0] : undefined;
    const label = `“${q.locate}” (${q.speaker ?? q.source ?? 'no attribution'})`;
    if (at < 0) score.notes.push(`locate not in the article text: ${label}`);
    if (named) {
      score.namedExtracted++;
      if (q.speaker !== null && sameName(named.speaker!, q.speaker)) {
        score.namedRight++;
        score.right++;
      } else {
        score.wrongPerson++;
        if (q.speaker === null) score.anonymousPinned++;
        const partial = q.speaker !== null && partOfName(named.speaker!, q.speaker);
        if (partial) score.partialName++;
        score.notes.push(
          `WRONG${partial ? ' (part of the name)' : ''}: ${label} given to ${named.speaker}`,
        );
      }
    } else if (q.speaker === null && hits.some((h) => h.attributed || q.source === null)) {
      score.right++;
    } else if (at >= 0) {
      const why = hits.find((h) => !h.attributed) as (Found & { reason?: string }) | undefined;
      score.notes.push(
        hits.length === 0
          ? `missed: ${label} in “${article.text.slice(Math.max(0, at - 120), at + 80).replace(/\s+/g, ' ')}”`
          : why
            ? `unattributed: ${label}: ${(why as { reason?: string }).reason ?? ''}`
            : `no named speaker: ${label} given to source ${hits[0]!.source}`,
      );
    }
  }
  for (const f of found) {
    if (f.attributed && f.speaker !== null && !used.has(f)) {
      score.unannotatedNamed++;
      score.notes.push(`extra: “${f.text.slice(0, 60)}” given to ${f.speaker}`);
    }
  }
  for (const n of a.notQuotes) {
    const bad = article.quotes.find((q) => isNotQuote(fold(q.text), fold(n)));
    if (bad) {
      score.notQuotesExtracted++;
      score.notes.push(
        `not a quote, extracted: “${bad.text.slice(0, 60)}” (${bad.speaker ?? bad.source})`,
      );
    }
  }
  const ours = article.meta.published;
  score.dateRead = a.published !== null && ours === a.published;
  score.dateWrong = ours !== null && ours !== a.published;
  if (a.published !== null && !score.dateRead)
    score.notes.push(`date: stated ${a.published}, read ${ours}`);
  else if (score.dateWrong) score.notes.push(`date: none stated, read ${ours}`);
  const title = words(article.meta.title);
  score.headlineStated = a.headline !== null;
  score.headlineRight =
    a.headline !== null &&
    title.startsWith(words(a.headline.starts)) &&
    title.endsWith(words(a.headline.ends));
  if (score.headlineStated && !score.headlineRight)
    score.notes.push(`headline: read “${article.meta.title}”`);
  score.outletRight =
    a.outlet === null
      ? article.meta.outlet === null
      : article.meta.outlet !== null && words(article.meta.outlet) === words(a.outlet);
  if (!score.outletRight)
    score.notes.push(`outlet: stated ${a.outlet}, read ${article.meta.outlet}`);
  return score;
}

/**
 * An extracted text that is a not-quote: equal to it, inside it, or (3+ words) holding it
 * as most of its words. A long quotation that merely mentions a title ("The topic of the
 * panel is “Charting a Harbour.” I am …", a transcript turn) is someone speaking,
 * not the title taken for a quotation.
 */
function isNotQuote(extracted: string, notQuote: string): boolean {
  const e = extracted.replace(/[\s.,;:!?"']+$/g, '').replace(/^[\s"']+/g, '');
  const n = notQuote.replace(/[\s.,;:!?"']+$/g, '').replace(/^[\s"']+/g, '');
  if (e === '' || n === '') return false;
  const count = (s: string) => s.split(' ').length;
  if (count(n) < 3) return e === n;
  return n.includes(e) || (e.includes(n) && count(n) * 2 >= count(e));
}
