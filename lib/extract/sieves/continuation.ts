import { FIRST_PERSON_WORDS, SPEECH_VERBS } from '../patterns.ts';
import type { Sentence } from '../readParagraph.ts';
import { afterOpeningQuote } from './afterOpeningQuote.ts';
import { attributed, linkable } from './attributionsOf.ts';
import { bodysClosingLine } from './bodysClosingLine.ts';
import { holdsOwnAttribution } from './holdsOwnAttribution.ts';
import { introMentions } from './introMentions.ts';
import { peopleNamed } from './peopleNamed.ts';
import { isTitleCase } from './repeatedQuote.ts';
import { strongPeople } from './strongPeople.ts';
import type { ArticleDoc, Candidate, Para, Sieve } from './types.ts';

/**
 * True when one of `sentences` names a person the sentence of the last attributed quotation
 * does not: the quotation after them may be the other person's as much as the last speaker's.
 */
function namesAnother(
  doc: ArticleDoc,
  prev: Para,
  last: Candidate,
  sentences: readonly Sentence[],
): boolean {
  const speakers = new Set(peopleNamed(doc, prev.sentences[last.sentence]));
  return sentences.some((s) => peopleNamed(doc, s).some((p) => !speakers.has(p)));
}

/** The first mention a link leads to, through the quotations it goes on from. */
function firstMention(doc: ArticleDoc, link: NonNullable<Candidate['link']>) {
  let at: Candidate['link'] = link;
  for (let n = 0; at && 'sameAs' in at && n < doc.candidates.length; n++)
    at = doc.candidates.find((c) => c.id === (at as { sameAs: number }).sameAs)?.link ?? null;
  return at !== null && 'mentions' in at ? at.mentions[0] : undefined;
}

/**
 * True when a link leads, through the quotations it goes on from, to a person's name or
 * "he"/"she"; `named`: any name the article may give a person, besides the strong ones.
 */
function namesAPerson(
  doc: ArticleDoc,
  link: NonNullable<Candidate['link']>,
  named = false,
): boolean {
  const first = firstMention(doc, link);
  if (first?.kind === 'pronoun') return /^(?:he|she)$/i.test(first.text);
  if (first?.kind !== 'name') return false;
  if (strongPeople(doc, first.run).length > 0) return true;
  const people = named ? doc.people.candidatesFor(first.run) : [];
  return Array.isArray(people) && people.length > 0;
}

/**
 * A quotation over several paragraphs whose one paragraph lost its opening mark: “…we were
 * outplayed. / Next season? I think so. I have no idea yet. / “We will be back …”. When
 * the paragraph before has no quotation marks at all, names no one, and speaks in the
 * first person, and the paragraph before it ends in an attributed quotation left open
 * (running on), the run goes on across it: that quotation, else null.
 */
function runAcross(doc: ArticleDoc, gap: Para): Candidate | null {
  if (gap.role !== 'body' || gap.qa !== null || /["“”‘’«»]/.test(gap.text.replace(/\b['’]\b/g, '')))
    return null;
  if (gap.sentences.some((s) => peopleNamed(doc, s).length > 0)) return null;
  if (!gap.sentences.some((s) => s.tokens.some((t) => FIRST_PERSON_WORDS.has(t.word)))) return null;
  const before = doc.paras[gap.index - 1];
  if (before?.role !== 'body' || !before.spans.at(-1)?.runsOn) return null;
  const last = doc.candidates.filter((c) => c.para === before.index && c.kind === 'direct').at(-1);
  return last && attributed(last) ? last : null;
}

/**
 * A paragraph that opens with a quotation and attributes none of its quotations goes on
 * from the paragraph before: it is said by whoever the introduction before it names
 * ("Mayor Ada Quill said:", "Senator Ada Quill issued the following statement:"), else
 * by the speaker of the last quotation of the paragraph before. A statement printed as
 * several quoted paragraphs is read paragraph by paragraph, each going on from the last.
 */
export const continuation: Sieve = {
  name: 'continuation',
  run(doc) {
    for (const para of doc.paras) {
      if ((para.spans[0]?.open ?? 1) > 0 || para.qa !== null) continue;
      // A headline between ("Ferry Fares Rise Again" over a digest's next item) starts another
      // item: its quotation goes on from nobody above it (a heading that names a speaker is
      // read by the sieves of headings). A subheading in sentence case ("Still looking for
      // buyers") or one that introduces the words below ("From the Gazette:") does not.
      const heading = para.heading?.trim();
      if (heading && isTitleCase(heading) && !heading.endsWith(':')) continue;
      const here = doc.candidates.filter((c) => c.para === para.index && c.kind === 'direct');
      if (here.some(attributed)) continue;
      // "“…,” Rep. Ada Quill (D-AZ) assessed:": a person named after the opening quotation
      // has it by a verb no sieve reads, never the speaker before.
      const after = afterOpeningQuote(para);
      if (peopleNamed(doc, after).length > 0) continue;
      const prev = doc.paras[para.index - 1];
      if (!prev) continue;
      const intro = introMentions(prev);
      const last = doc.candidates
        .filter((c) => c.para === prev.index && c.kind === 'direct' && attributed(c))
        .at(-1);
      if (intro.length === 0 && last) {
        // "“…,” said Mayor Quill. Councillor Holt called the plan reckless.": a sentence after
        // the last speaker's names someone else.
        const later = prev.sentences.slice(last.sentence + 1);
        if (prev.sentences[last.sentence] && namesAnother(doc, prev, last, later)) continue;
        // "“…” This was not the speech Ada Quill wanted to give. “…”": a sentence of this
        // paragraph other than its opening quotation's names someone else.
        const others = para.sentences.filter((s) => s.start !== after?.start);
        if (namesAnother(doc, prev, last, others)) continue;
      }
      // "He said Tarrow is ready for talks, he added." / "“We have set no time frame.”": a
      // paragraph that quotes nothing and ends with reported speech of someone.
      // (A short term in marks in it quotes nobody: "… is a “win-win” deal".)
      const quotesNobody = !doc.candidates.some(
        (c) => c.para === prev.index && c.kind === 'direct' && !c.maybe,
      );
      const reported =
        prev.spans.length === 0 || quotesNobody
          ? doc.candidates.find(
              (c) =>
                c.para === prev.index &&
                c.kind === 'reported' &&
                c.sentence === prev.sentences.length - 1 &&
                c.link !== null &&
                'mentions' in c.link,
            )
          : undefined;
      const across = !last && !reported && intro.length === 0 ? runAcross(doc, prev) : null;
      const link: Candidate['link'] =
        intro.length > 0
          ? { sieve: this.name, mentions: intro }
          : last
            ? { sieve: this.name, sameAs: last.id }
            : reported
              ? { sieve: this.name, sameAs: reported.id }
              : across
                ? { sieve: this.name, sameAs: across.id }
                : null;
      if (!link) continue;
      // "“…,” his family said.": a verb of speech after it is an attribution of its own,
      // unread; a person before is no answer (an unnamed source or an organisation before
      // may still go on).
      const saidAfter = after?.tokens.some((t) => SPEECH_VERBS.has(t.word)) ?? false;
      if (saidAfter && namesAPerson(doc, link)) continue;
      // "“The Club will make no further comment.”" after an owner's words: the body's own
      // closing line, never the person's before it.
      if (here[0] && bodysClosingLine(here[0].text) && namesAPerson(doc, link, true)) continue;
      for (const c of here) if (linkable(c) && !holdsOwnAttribution(c.text)) c.link = link;
    }
  },
};
