import type { Subject } from '../findSubject.ts';
import { nameRuns } from '../nameRuns.ts';
import { parseNameRun, surnameOf } from '../parseNameRun.ts';
import { ANONYMOUS_HEADS, ROLE_NOUNS, SPEECH_VERBS } from '../patterns.ts';
import { sentenceSubjects } from '../sentenceSubjects.ts';
import { tokenize } from '../tokenize.ts';
import type { Person } from '../types.ts';
import { afterOpeningQuote } from './afterOpeningQuote.ts';
import { attributed, linkable } from './attributionsOf.ts';
import { peopleNamed } from './peopleNamed.ts';
import { strongPeople } from './strongPeople.ts';
import type { ArticleDoc, Candidate, Para, Sieve } from './types.ts';

/**
 * Fewest quotations the article must give to its one speaker by name before a quotation
 * nothing attributes is taken as theirs: one could be a passing quote in a story about
 * something else; two make the article that person's (a statement page, a profile, a
 * post-match interview).
 */
const MIN_NAMED_QUOTES = 2;

/** The mention a link leads to, through the quotations it goes on from; null for none. */
function firstMention(doc: ArticleDoc, link: Candidate['link']): Subject | null {
  let at = link;
  for (let n = 0; at && 'sameAs' in at && n < doc.candidates.length; n++)
    at = doc.candidates[(at as { sameAs: number }).sameAs]?.link ?? null;
  return at && 'mentions' in at ? (at.mentions[0] ?? null) : null;
}

/**
 * The one person every attribution of the article names, when it names one by name at
 * least `MIN_NAMED_QUOTES` times and gives no words to anyone or anything else (another
 * name, a role, an organisation, an unnamed source); "he" and "she" may stand for them.
 */
function onlySpeaker(
  doc: ArticleDoc,
): { person: Person; mention: Subject; firstPara: number } | null {
  let only: Person | null = null;
  let first: Subject | null = null;
  let firstPara = -1;
  let named = 0;
  for (const c of doc.candidates) {
    if (!attributed(c)) continue;
    const mention = firstMention(doc, c.link);
    if (mention?.kind === 'pronoun' && /^(?:he|she)$/i.test(mention.text)) continue;
    if (mention?.kind !== 'name') return null;
    const people = strongPeople(doc, mention.run);
    if (people.length !== 1 || (only && people[0] !== only)) return null;
    only = people[0]!;
    if (!first) firstPara = c.para;
    first ??= mention;
    named++;
  }
  return only && first && named >= MIN_NAMED_QUOTES
    ? { person: only, mention: first, firstPara }
    : null;
}

/**
 * A plural noun for people who may speak ("prosecutors", "officials", "critics"): a
 * voice other than the one speaker, even unnamed.
 */
const isGroupOfSpeakers = (word: string) =>
  word.endsWith('s') &&
  (ANONYMOUS_HEADS.has(word) ||
    ROLE_NOUNS.has(word.slice(0, -1)) ||
    ROLE_NOUNS.has(word.replace(/(?:es|s)$/, '')));

/**
 * True when a paragraph names a person other than `person`, or its sentences are about
 * someone else who may speak ("Prosecutors welcomed the verdict.", "The minister said …"):
 * any subject that is not `person`'s name or "he"/"she".
 */
const namesOther = (doc: ArticleDoc, para: Para | undefined, person: Person) =>
  (para?.sentences ?? []).some(
    (s) =>
      peopleNamed(doc, s).some((p) => p !== person) ||
      s.tokens.some((t) => isGroupOfSpeakers(t.word)) ||
      sentenceSubjects(s.tokens, para!.text).some(
        (subject) =>
          !(subject.kind === 'pronoun' && /^(?:he|she)$/i.test(subject.text)) &&
          !(subject.kind === 'name' && strongPeople(doc, subject.run).every((p) => p === person)),
      ),
  );

/**
 * True when the section heading printed above a paragraph is someone else's full name, as
 * a round-up of reactions heads each manager's words ("Tomas Vell" above Vell's quotes).
 */
const headedByOther = (para: Para | undefined, person: Person) =>
  nameRuns(tokenize(para?.heading ?? '')).some(({ run }) => {
    const parsed = parseNameRun(run);
    return parsed !== null && parsed.name.length >= 2 && surnameOf(parsed.name) !== person.surname;
  });

/**
 * A quotation nothing attributes, in an article whose every attribution gives words to one
 * person (CoreNLP's idea of a conversation's speaker, as a statement page, a profile or a
 * post-match interview prints it): that person's, when it is no quoted paragraph of the story's
 * body printed before the first quotation given to them by name, is a quoted paragraph or its
 * sentence's subject is that person ("Mr Quill thanked the jury for the care it “paid to
 * every piece of evidence.”"), no verb of speech in its sentence points elsewhere, and
 * neither its paragraph nor the one before names anyone else.
 */
export const soleSpeaker: Sieve = {
  name: 'sole-speaker',
  run(doc) {
    const speaker = onlySpeaker(doc);
    if (!speaker) return;
    const { person, mention, firstPara } = speaker;
    for (const c of doc.candidates) {
      if (c.kind !== 'direct' || !linkable(c) || c.sentence < 0) continue;
      // A quoted paragraph inside the story before any quotation the article gives its
      // speaker by name came before the reader met them: a release's words of thanks after
      // its lede are often its beneficiary's. (A pull quote above the lede is the speaker's.)
      if (c.para < firstPara && doc.paras.slice(0, c.para).some((p) => p.role === 'body')) continue;
      const para = doc.paras[c.para]!;
      if (para.role !== 'body' || para.qa !== null || para.label !== null) continue;
      if (namesOther(doc, para, person) || namesOther(doc, doc.paras[c.para - 1], person)) continue;
      if (headedByOther(para, person) || headedByOther(doc.paras[c.para - 1], person)) continue;
      const sentence = para.sentences[c.sentence]!;
      if (sentence.tokens.some((t) => SPEECH_VERBS.has(t.word))) continue;
      // "“…,” district": words after a quoted paragraph's quotation are its own attribution,
      // unread (or cut off), never the sole speaker's.
      const quoted =
        para.spans[0]?.open === 0 &&
        !(afterOpeningQuote(para)?.tokens.some((t) => /\p{L}/u.test(t.text)) ?? false);
      const subjects = quoted ? [] : sentenceSubjects(sentence.tokens, para.text);
      const first = subjects.length === 1 ? subjects[0]! : null;
      const named = first?.kind === 'name' ? strongPeople(doc, first.run) : [];
      const own = named.length === 1 && named[0] === person;
      if (!quoted && !own) continue;
      c.link = { sieve: this.name, mentions: [mention] };
    }
  },
};
