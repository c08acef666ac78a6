import { findAttribution } from './findAttribution.ts';
import type { QuoteSpan } from './findQuoteSpans.ts';
import type { Subject } from './findSubject.ts';
import { firstResolved } from './firstResolved.ts';
import { looksLikeOnePerson } from './looksLikeOnePerson.ts';
import { noteSpeaker } from './noteSpeaker.ts';
import type { PeopleIndex } from './PeopleIndex.ts';
import { rankAttributions } from './rankAttributions.ts';
import type { Sentence } from './readParagraph.ts';
import type { Person } from './types.ts';

/** What became of one quotation of a sentence. */
export type SpanFate =
  /** Said by this person. */
  | { span: QuoteSpan; person: Person; left: null }
  /** Nothing in the sentence attributes it: the paragraph's speaker may. */
  | { span: QuoteSpan; person: null; left: null }
  /** Left out: an organisation's or a crowd's words, or a fragment no clause attributes (a scare quote). */
  | { span: QuoteSpan; person: null; left: 'group' | 'term' };

export type SentenceAttribution =
  | { ok: true; fates: SpanFate[] }
  | { ok: false; span: QuoteSpan; reason: string };

/**
 * Ties each quotation of a sentence to the attribution nearest to it in its own clause
 * (see `rankAttributions`), in reading order, noting each speaker as it goes so a later
 * "she said" can mean the person who spoke first. A short fragment ("maybe") is a quote
 * only when its own clause attributes it. When the sentence has no attribution at all,
 * its full quotations come back with no person (they wait for the paragraph's speaker).
 */
export function attributeSentence(
  people: PeopleIndex,
  sentence: Sentence,
  text: string,
): SentenceAttribution {
  const { tokens } = sentence;
  const attributions = findAttribution(tokens, text);
  const maybes = new Set(sentence.maybes);
  const spans = [...sentence.quotes, ...sentence.maybes].sort((a, b) => a.open - b.open);
  if (attributions.length === 0) {
    return {
      ok: true,
      fates: sentence.quotes.map((span) => ({ span, person: null, left: null })),
    };
  }
  const fates: SpanFate[] = [];
  for (const span of spans) {
    const at = tokens.findIndex((t) => t.start === span.open);
    const ranked = rankAttributions(tokens, attributions, at);
    const tiers = maybes.has(span)
      ? [ranked.own, ranked.clause]
      : [ranked.own, ranked.clause, ranked.sentence];
    const tried: Subject[] = [];
    let reason: string | null = null;
    let person: Person | null = null;
    for (const tier of tiers) {
      if (tier.length === 0) continue;
      const subjects = tier.map((a) => a.subject);
      tried.push(...subjects);
      const found = firstResolved(people, subjects);
      if (!('reason' in found)) {
        person = found.person;
        noteSpeaker(people, person, found.subject);
        break;
      }
      reason ??= found.reason;
      // "“…,” the ministry said": the words of whoever the quotation's own attribution names.
      if (tier === ranked.own && subjects.every((s) => !looksLikeOnePerson(s))) break;
    }
    if (person) fates.push({ span, person, left: null });
    else if (tried.length === 0) fates.push({ span, person: null, left: 'term' });
    else if (tried.every((s) => !looksLikeOnePerson(s)))
      fates.push({ span, person: null, left: 'group' });
    else return { ok: false, span, reason: reason ?? 'no attribution' };
  }
  return { ok: true, fates };
}
