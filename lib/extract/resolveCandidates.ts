import { escapeRegExp } from '../text/escapeRegExp.ts';
import type { Referent, Resolution } from './Discourse.ts';
import { Discourse } from './Discourse.ts';
import type { Subject } from './findSubject.ts';
import { noteSpeaker } from './noteSpeaker.ts';
import { recordOwner } from './recordOwner.ts';
import { nestedQuotes } from './sieves/nestedQuotes.ts';
import { trustedMention } from './sieves/strongPeople.ts';
import type { ArticleDoc, Candidate } from './sieves/types.ts';
import { speaksForSelf } from './speaksForSelf.ts';
import type { Person } from './types.ts';

/** Sieves whose evidence names someone near the quotation, not next to it. */
const WEAK_SIEVES = new Set(['preceding-subject']);

/**
 * True when a quotation names the person its weak evidence (a pronoun, a role, the
 * quotation before, the paragraph before) points at: "“With Ada Quill and the minister, I
 * have decided …”", "“Quill has no evidence,” he said" after a sentence about Quill.
 * People seldom name themselves: the quotation speaks of that person, so someone else
 * says it, and it stays unattributed rather than going to a wrong person. Direct
 * quotations only: a reported clause may hold its own speaker's name ("Ada Quill, a
 * professor, was glad …, she said").
 */
function namesItsSpeaker(text: string, person: Person): boolean {
  const words = new Set(text.split(/[^\p{L}\p{N}'’-]+/u));
  const name = person.name.split(' ');
  return words.has(person.surname) || (name.length > 1 && text.includes(person.name));
}

/** What became of one candidate once its sieve's evidence is resolved. */
export type Outcome =
  | { kind: 'said'; referent: Referent; sieve: string }
  | { kind: 'term' }
  | { kind: 'unattributed'; reason: string; personLike: boolean };

/**
 * The second stage of attribution: turns each candidate's link into a person or an
 * unnamed source, in reading order so that "he" means whoever the sentences before were
 * about (`Discourse`). A `sameAs` link takes the other quotation's outcome; a link whose
 * mentions all fail leaves the quotation unattributed with the first reason.
 */
export function resolveCandidates(doc: ArticleDoc): Map<number, Outcome> {
  const discourse = new Discourse(doc);
  const outcomes = new Map<number, Outcome>();
  const ordered = [...doc.candidates].sort((a, b) => a.para - b.para || a.start - b.start);
  const printedAfterThe = new Map<string, boolean>();
  const afterThe = (name: string): boolean => {
    const known = printedAfterThe.get(name);
    if (known !== undefined) return known;
    const found = afterDefiniteArticle(doc, name);
    printedAfterThe.set(name, found);
    return found;
  };
  const settle = (c: Candidate, seen: Set<number>): Outcome => {
    const known = outcomes.get(c.id);
    if (known) return known;
    const outcome = decide(c, seen);
    outcomes.set(c.id, outcome);
    // A quotation nested in another is not who its sentence is about: the outer one's speaker is.
    if (c.link !== null && c.link.sieve === nestedQuotes.name) return outcome;
    if (outcome.kind === 'said') discourse.noteSpeaker(c.para, c.sentence, outcome.referent);
    else if (outcome.kind === 'unattributed' && outcome.personLike && c.link !== null)
      discourse.noteUnknownSpeaker(c.para, c.sentence);
    return outcome;
  };
  const decide = (c: Candidate, seen: Set<number>): Outcome => {
    if (c.problem !== null) return { kind: 'unattributed', reason: c.problem, personLike: true };
    const link = c.link;
    if (link === null) return { kind: 'unattributed', reason: NO_ATTRIBUTION, personLike: true };
    if ('term' in link) return { kind: 'term' };
    if ('sameAs' in link) {
      const other = doc.candidates[link.sameAs]!;
      if (seen.has(other.id))
        return { kind: 'unattributed', reason: NO_ATTRIBUTION, personLike: true };
      const theirs = settle(other, new Set([...seen, c.id]));
      if (
        theirs.kind === 'said' &&
        theirs.referent.kind === 'person' &&
        c.kind === 'direct' &&
        namesItsSpeaker(c.text, theirs.referent.person)
      )
        return namedInside(theirs.referent.person);
      return theirs.kind === 'said' ? { ...theirs, sieve: link.sieve } : theirs;
    }
    let first: Resolution | null = null;
    let firstPerson: boolean | undefined;
    const speaksAsSelf = (): boolean => {
      firstPerson ??= speaksForSelf(c.text);
      return firstPerson;
    };
    for (const printed of link.mentions) {
      const mention = ownerOfRecord(doc, printed);
      // "“I have answered this a hundred times,” Quenby Marlow said": a full name that
      // speaks a quotation in the first person singular is a person's, whatever its
      // given name (a company or an agency says "we"), unless the article prints it after
      // "the", as an office's ("the Harbour Master said") or a body's.
      if (c.kind === 'direct' && mention.kind === 'name' && mention.run.name.length >= 2) {
        const name = mention.run.name.join(' ');
        if (speaksAsSelf() && !afterThe(name)) doc.people.notePerson(name);
      }
      const r = discourse.resolve(
        mention,
        c.para,
        c.sentence,
        c.kind === 'reported',
        c.kind === 'direct',
      );
      if (
        r.kind === 'person' &&
        c.kind === 'direct' &&
        (mention.kind !== 'name' || WEAK_SIEVES.has(link.sieve)) &&
        namesItsSpeaker(c.text, r.person)
      )
        return namedInside(r.person);
      if (r.kind !== 'unresolved') {
        if (r.kind === 'person') noteSpeaker(doc.people, r.person, mention);
        return { kind: 'said', referent: r, sieve: link.sieve };
      }
      first ??= r;
    }
    return first?.kind === 'unresolved'
      ? { kind: 'unattributed', reason: first.reason, personLike: first.personLike }
      : { kind: 'unattributed', reason: NO_ATTRIBUTION, personLike: true };
  };
  // "“…,” said Ada Quill. “I …”": a quotation in the first person singular makes the one
  // full name that attributes it (or the quotation it goes on from) a person's before any
  // quotation is settled, so that name's quotations before it are a person's too.
  for (const c of ordered) {
    if (c.kind !== 'direct' || c.problem !== null || !speaksForSelf(c.text)) continue;
    const seen = new Set([c.id]);
    let link = c.link;
    while (link !== null && 'sameAs' in link && !seen.has(link.sameAs)) {
      seen.add(link.sameAs);
      link = doc.candidates[link.sameAs]!.link;
    }
    if (link === null || 'term' in link || 'sameAs' in link) continue;
    const names = link.mentions
      .map((printed) => ownerOfRecord(doc, printed))
      .flatMap((m) => (m.kind === 'name' ? [m.run.name] : []));
    if (names.length !== 1 || names[0]!.length < 2) continue;
    const name = names[0]!.join(' ');
    if (!afterThe(name)) doc.people.notePerson(name);
  }
  for (const c of ordered) settle(c, new Set([c.id]));
  return outcomes;
}

/**
 * "“…,” Ada Quill's tweet said": a record of words (a tweet, a statement) owned by a name
 * speaks as its owner when the article shows the name is one person's; any other mention
 * as it is.
 */
function ownerOfRecord(doc: ArticleDoc, mention: Subject): Subject {
  if (mention.kind !== 'other') return mention;
  return trustedMention(doc, recordOwner(mention.text)) ?? mention;
}

/** True when the article prints `name` after "the" ("the Harbour Master"): an office's or a body's name. */
function afterDefiniteArticle(doc: ArticleDoc, name: string): boolean {
  const printed = new RegExp(`(?<![\\p{L}])the\\s+${escapeRegExp(name)}(?![\\p{L}])`, 'iu');
  return doc.paras.some((p) => printed.test(p.text));
}

const namedInside = (person: Person): Outcome => ({
  kind: 'unattributed',
  reason: `the quotation names ${person.name}, so it is not theirs to say`,
  personLike: true,
});

const NO_ATTRIBUTION =
  'no attribution in its sentence or paragraph, and no attributed quotation just before it';
