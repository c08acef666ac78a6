import type { SourceKind } from '../corpus/schema.ts';
import { escapeRegExp } from '../text/escapeRegExp.ts';
import { bodyAcronyms } from './bodyAcronyms.ts';
import { colonLikeIntro } from './colonLikeIntro.ts';
import { delayedName } from './delayedName.ts';
import { countryOf } from './demonyms.ts';
import { documentSubject } from './documentSubject.ts';
import { contradictsEpithet, epithetHolders, readEpithet } from './epithetHolders.ts';
import { FAMILY_WORDS } from './familyWords.ts';
import type { Subject } from './findSubject.ts';
import { givenName } from './givenNames.ts';
import { isGroupNoun } from './groupNoun.ts';
import { headOfOther } from './headOfOther.ts';
import { looksLikeOnePerson } from './looksLikeOnePerson.ts';
import { nameRuns } from './nameRuns.ts';
import { objectOfOwnVerb } from './objectOfOwnVerb.ts';
import { officeInitials } from './officeInitials.ts';
import { organisationHead } from './organisationHead.ts';
import { otherPortfolio } from './otherPortfolio.ts';
import { officeWords } from './PeopleIndex.ts';
import { parseNameRun } from './parseNameRun.ts';
import {
  ANONYMOUS_HEADS,
  ANONYMOUS_OPENERS,
  CLAUSE_WORDS,
  COURT_OUTCOMES,
  COURTESY_TITLES,
  CROWD_NOUNS,
  DISTINCT_OFFICE_WORDS,
  FINITE_VERBS,
  GENDERED_ROLES,
  INSTITUTION_NOUNS,
  ORGANIZATION_WORDS,
  PARTY_WORDS,
  PLACE_FIRST_WORDS,
  PLACES,
  PORTFOLIO_WORDS,
  PRONOUNS,
  ROLE_NOUNS,
  SUBORDINATORS,
  TITLE_WORDS_LOWER,
  TITLES,
} from './patterns.ts';
import { possessorOfRelative } from './possessorOfRelative.ts';
import { relativesNamed } from './relativesNamed.ts';
import { roleAcronyms } from './roleAcronyms.ts';
import { sentenceSubjects } from './sentenceSubjects.ts';
import { nameMention } from './sieves/nameMention.ts';
import { strongPeople } from './sieves/strongPeople.ts';
import type { ArticleDoc, Para } from './sieves/types.ts';
import { titleSurname } from './titleSurname.ts';
import { tokenize } from './tokenize.ts';
import type { Person } from './types.ts';
import { unmarkedVoice } from './unmarkedVoice.ts';

/** Who a mention turned out to be: a named person, or an unnamed source. */
export type Referent =
  | { kind: 'person'; person: Person }
  | { kind: 'source'; source: string; sourceKind: SourceKind; plural: boolean };

export type Resolution =
  | Referent
  | {
      kind: 'unresolved';
      reason: string;
      /** The mention points at one person (a pronoun, a title): a quote left unattributed, not narration. */
      personLike: boolean;
    };

/**
 * How many sentences back a pronoun, a bare surname or a role shared by several people
 * looks for the subject it means. Eight covers a quotation two or three paragraphs after
 * the sentence that named its speaker; further back, news writing names the person again.
 */
const LOOKBACK_SENTENCES = 8;
/** A line that ends in a letter or a digit, no closing mark: a headline or a link, not a sentence. */
const UNPUNCTUATED = /[\p{L}\p{N}]\s*$/u;
/** Most words of a link's headline printed amid a story ("Night shifts: why do nurses leave?"). */
const MAX_TEASER_WORDS = 16;
/**
 * A line that reads as another story's headline: short, and ending without a sentence's
 * closing mark, in a question mark, or in a closing quote mark right after a word ("Lena
 * Marsh: ‘It was just quiet’"; a story's quotation closes after its own mark: “… quiet.”).
 */
const teaser = (text: string) =>
  text.split(/\s+/).length <= MAX_TEASER_WORDS &&
  (UNPUNCTUATED.test(text) || /\?\s*$/.test(text) || /[\p{L}\p{N}][’'"”]\s*$/u.test(text));

const key = (para: number, sentence: number) => `${para}:${sentence}`;
/** Participles that open a report of a court's decision ("Sentencing Quill to two years, …"). */
const COURT_PARTICIPLES = new Set(['sentencing', 'jailing', 'convicting', 'fining']);
/** Prepositions whose object a pronoun later in the sentence does not mean ("criticism of Quill, he said"; "like Quill, he stressed …": someone else). */
const OBJECT_PREPOSITIONS = new Set(
  'of to about on against with for from by at like unlike than'.split(' '),
);
/**
 * A sentence opening with a participle, its subject left out ("Speaking about …", "Also
 * criticising …", "Asked whether …"): the subject is whoever comes after the clause.
 */
const PARTICIPLE_OPENING =
  /^(?:(?:Also|Later|Then|Earlier|Separately|Meanwhile)\s+\p{Ll}+ing\b|(?:\p{Lu}\p{Ll}+ing|Asked|Pressed|Quizzed|Questioned)\s+\p{Ll})/u;
/** Most lower-case words of a role between a preposition and a name ("of the rival coach"). */
const MAX_ROLE_WORDS_BEFORE_NAME = 4;
/** Words that may open a sentence before its subject's name ("While Ada Quill accused …"). */
const STRANGER_OPENERS: ReadonlySet<string> = new Set(['while', 'but', 'and', 'whereas']);
/** Word lists of bodies, places, groups and roles: a name holding one is not a stranger's. */
const NOT_A_PERSON_WORDS: readonly ReadonlySet<string>[] = [
  ORGANIZATION_WORDS,
  PLACES,
  PLACE_FIRST_WORDS,
  CROWD_NOUNS,
  INSTITUTION_NOUNS,
  ANONYMOUS_HEADS,
  ROLE_NOUNS,
];
/** "the head of the Foreign Ministry", "head of the Defence Ministry": the portfolio's words. */
const HEAD_OF_MINISTRY =
  /^(?:[Tt]he\s+)?head\s+of\s+the\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+Ministry$/u;
/** Words that say which office a role is ("the transport minister", "the prime minister", "the Conservative leader"). */
const OFFICE_QUALIFIERS = new Set([
  ...PORTFOLIO_WORDS,
  ...DISTINCT_OFFICE_WORDS,
  ...PARTY_WORDS,
  // "the Opposition Leader" is no chairman, whatever "leader" may stand for.
  'opposition',
]);
/** Words that join an office to whom it serves ("the spokesperson of the president", "spokesman for Tarrow Freight"). */
const SERVING_WORDS: ReadonlySet<string> = new Set(['of', 'for', 'to']);
/**
 * True when a role phrase goes on after its head (at `at` in `printed`) with "of", "for"
 * or "to" and a phrase that names another office or a body by a capitalised word ("the
 * spokesperson of the Coastian president", "an adviser to Tarrow Freight"), and no word of
 * that phrase is in any holder's titles or roles: the phrase's person serves someone else.
 */
function servesOther(printed: readonly string[], at: number, holders: readonly Person[]): boolean {
  if (at < 0 || !SERVING_WORDS.has(printed[at + 1]?.toLowerCase() ?? '')) return false;
  const words = printed
    .slice(at + 2)
    .map((w) => w.replace(/[^\p{L}’'-]/gu, ''))
    .filter((w) => w !== '' && !CLAUSE_WORDS.has(w.toLowerCase()));
  const namesOther = words.some((w) => ROLE_NOUNS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w));
  if (!namesOther) return false;
  const lower = words.map((w) => w.toLowerCase());
  return holders.every((p) =>
    [...p.titles, ...p.roles]
      .join(' ')
      .toLowerCase()
      .split(/\s+/)
      .every((w) => !lower.includes(w)),
  );
}

/**
 * The capitalised words of a title phrase that name a firm, a body or a place rather than
 * the office ("Velocar" in "Velocar CEO", "Harrow Mining" in "Harrow Mining CEO"), lower case.
 */
function firmWords(phrase: string): string[] {
  return phrase
    .split(/\s+/)
    .filter(
      // A country or a place ("UK minister", "Korean Foreign Minister") says where the
      // office is, which a holder's title may say in other words ("British").
      // ("These are the coach's comments": a word a sentence start capitalises names nothing.)
      (w) =>
        /^\p{Lu}/u.test(w) &&
        !/^(?:The|A|An|\p{Lu}{2,3})$/u.test(w) &&
        !CLAUSE_WORDS.has(w.toLowerCase()) &&
        countryOf(w) === null,
    )
    .map((w) =>
      w
        .toLowerCase()
        .replace(/[’']s$/, '')
        .replace(/\.$/, ''),
    )
    .filter((w) => !TITLE_WORDS_LOWER.has(w) && !OFFICE_QUALIFIERS.has(w));
}
/** Most words of an unnamed source's phrase ("a spokesperson for the regional transport ministry"). */
const MAX_SOURCE_WORDS = 10;
/**
 * A participle of writing or sending, "by" and the name of whoever did it, read as a
 * sentence's subject ("Sent by Ada Quill, it read: …", "Written by Ada Quill, the note
 * said …"): group 1, the name.
 */
const AUTHORED_BY =
  /^(?:sent|written|signed|penned|authored|issued|posted|emailed|drafted) by (\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})$/iu;
/** Crowd words that name one person ("the source"). */
const SINGULAR_CROWD = new Set(['source']);
/**
 * How many of the story's first paragraphs a lede's description of someone the story names
 * next may stand in ("…, a police chief said." under a dateline, after a standfirst).
 */
const LEDE_PARAS = 3;
/** How many paragraphs after a lede's description the story names the person it describes. */
const INTRODUCED_WITHIN = 2;
/** Words that say a source is kept unnamed ("on condition of anonymity", "not authorized to speak"). */
const KEPT_UNNAMED = new Set(['anonymity', 'anonymously', 'unnamed', 'authorized', 'authorised']);
/** Words that make a role mention someone new and unnamed ("a spokesperson", "one official"). */
const INDEFINITE = new Set(['a', 'an', 'one', 'another']);
const same = (a: Referent, b: Referent) =>
  a.kind === 'person'
    ? b.kind === 'person' && a.person === b.person
    : b.kind === 'source' && a.source === b.source;
const nameOf = (r: Referent) => (r.kind === 'person' ? r.person.name : r.source);
/** A source's phrase as printed, without the sentence's closing punctuation. */
const phrase = (text: string) =>
  text.replace(/[\s.,;:!?]+$/, '').replace(/^(?:but|and|yet|so|however|meanwhile),?\s+/i, '');
const ambiguous = (what: string, options: readonly Referent[]): Resolution => ({
  kind: 'unresolved',
  reason: `${what} could be ${options.map(nameOf).join(' or ')}`,
  personLike: true,
});

/** The one person of `people`, or `what` left open between two or more; null for none. */
const oneOf = (people: readonly Person[], what: string): Resolution | null =>
  people.length === 0
    ? null
    : people.length === 1
      ? { kind: 'person', person: people[0]! }
      : ambiguous(
          what,
          people.map((person): Referent => ({ kind: 'person', person })),
        );

/**
 * How many sentences back a definite description ("the mayor") looks for the person it
 * means: only the sentence just before. Further back (or past a sentence about something
 * else, whose subject may not be read), the description may mean anyone.
 */
const TOPIC_SENTENCES = 1;

/**
 * A role phrase that may be an office or a trade: any but a description headed by the
 * pronoun "one" ("Ada Quill, the calmest one, was …"), which says how the person is, not
 * what they are, so "said the captain" right after may still mean them.
 */
const isOffice = (role: string) => !/(?:^|\s)one$/i.test(role.trim());

/** Relatives and words for anyone: "the mother", "the victim’s son", "the woman" are someone else than the person before. */
const KIN = new Set([...FAMILY_WORDS, ...'man woman boy girl child'.split(' ')]);

/**
 * A role a named person has: "Quill's father", "Quill's lawyer". ("Her husband" may be
 * someone the article names: the sentences before say whose.)
 */
const OWNED_ROLE = /^(\p{Lu}\S*)[’']s\s/u;

/**
 * Resolves mentions ("Lee", "he", "the ambassador", "a senior official", "the ministry")
 * to people and unnamed sources from where they stand in the article: a pronoun means the
 * subject of the nearest sentence before it whose subject fits (gender, one person),
 * never merely the last name printed; when that sentence has two subjects who fit, it
 * means neither. Speakers of quotations count as their sentence's subject.
 */
export class Discourse {
  private readonly speakers = new Map<string, Referent[]>();
  private readonly subjects = new Map<string, Referent[]>();
  /** Each sentence's subjects as written (`sentenceSubjects`), read once however often asked. */
  private readonly written = new Map<string, Subject[]>();
  private readonly busy = new Set<string>();
  /** Sentences whose speaker is someone the article does not let us name: a pronoun stops there. */
  private readonly unknown = new Set<string>();
  /**
   * Sentences whose subject is a name the article does not let us tell ("Coun Tom Vell,
   * said …" read as no known person): a singular pronoun after it may mean them, so it
   * stops there rather than reaching back past them to someone named before.
   */
  private readonly unreadable = new Set<string>();
  /**
   * Set when the last pronoun's lookback stopped at such a sentence, or at a "Mohd Ali
   * replied:" above the quotation (whoever the colon introduces said it, even when their
   * name could not be read as a person's): no one named in passing is tried either.
   */
  private stopped = false;
  /**
   * The sentence the last lookback stopped at because its speaker could not be told: whom
   * it names in passing ("the 41-year-old said … his coach Ben Holt …") is not its
   * speaker, so no later pronoun means them for being named there.
   */
  private unknownAt: string | null = null;

  constructor(private readonly doc: ArticleDoc) {}

  private acronyms: Set<string> | null = null;
  /** The abbreviations the article defines for one person's office (`roleAcronyms`). */
  private roleAcronyms(): Set<string> {
    this.acronyms ??= roleAcronyms(this.doc.paras.map((p) => p.text));
    return this.acronyms;
  }

  /** Records who spoke in a sentence: they are that sentence's subject from now on. */
  noteSpeaker(para: number, sentence: number, referent: Referent): void {
    const k = key(para, sentence);
    const list = this.speakers.get(k) ?? [];
    if (!list.some((r) => same(r, referent))) list.push(referent);
    this.speakers.set(k, list);
  }

  /** Records that a sentence's quotation has a speaker who could not be told. */
  noteUnknownSpeaker(para: number, sentence: number): void {
    this.unknown.add(key(para, sentence));
  }

  /**
   * `reported`: the mention attributes reported speech, where "Microsoft says" is common;
   * `speaking`: it attributes a direct quotation, whose speaker is a person unless
   * something says otherwise ("“…,” Goncalves said").
   */
  resolve(
    subject: Subject,
    para: number,
    sentence: number,
    reported = false,
    speaking = false,
  ): Resolution {
    switch (subject.kind) {
      case 'pronoun':
        return subject.text.toLowerCase() === 'it'
          ? this.it(para, sentence, reported)
          : this.pronoun(subject, para, sentence);
      case 'name':
        return this.name(subject, para, sentence, reported, speaking);
      case 'role':
        return this.role(subject, para, sentence);
      case 'joint':
        return {
          kind: 'unresolved',
          reason: `several people say it together (${subject.text}), none of them alone`,
          personLike: true,
        };
      default: {
        // "Sent by Ada Quill, it read: “…”": the one a document is sent or written by is its
        // author, whose words it holds.
        const author = AUTHORED_BY.exec(subject.text)?.[1];
        const mention = author ? nameMention(author) : null;
        if (mention && mention.run.name.length >= 2 && mention.run.title === null)
          return this.name(mention, para, sentence, reported, speaking);
        // "divers who testified that …": people, unnamed, whatever the noun.
        if (subject.people)
          return {
            kind: 'source',
            source: phrase(subject.text),
            sourceKind: 'anonymous',
            plural: true,
          };
        return this.described(subject.text, para, sentence) ?? this.other(subject.text);
      }
    }
  }

  private pronoun(
    subject: Extract<Subject, { kind: 'pronoun' }>,
    para: number,
    sentence: number,
  ): Resolution {
    if (subject.text.toLowerCase() === 'i')
      return {
        kind: 'unresolved',
        reason: '"I" is the writer, whom the article does not name',
        personLike: true,
      };
    const fits = (r: Referent) =>
      subject.plural
        ? r.kind === 'source' && (r.plural || r.sourceKind === 'organisation')
        : r.kind === 'person'
          ? subject.gender === null ||
            r.person.gender === null ||
            r.person.gender === subject.gender
          : r.sourceKind === 'anonymous' && !r.plural;
    // "…, follow Holt's address on Saturday, in which he said …": the owner of the thing the
    // relative clause is about, or nobody when the article does not know them as a person.
    const owner = subject.plural
      ? null
      : possessorOfRelative(this.doc.paras[para]?.sentences[sentence]?.tokens ?? [], subject.text);
    if (owner) {
      const strong = strongPeople(this.doc, parseNameRun(owner));
      const held: Referent | null =
        strong.length === 1 ? { kind: 'person', person: strong[0]! } : null;
      return held && fits(held)
        ? held
        : {
            kind: 'unresolved',
            reason: `"${subject.text}" speaks in a clause about what ${owner.map((t) => t.text).join(' ')} has`,
            personLike: true,
          };
    }
    // "Reyes cited the law, which he said …": a person named earlier in the pronoun's own
    // sentence is nearer than any sentence before; two such people ("Starmer criticised
    // Gardiner for comments in which he claimed …") leave it open.
    const own = subject.plural
      ? []
      : this.namedBefore(para, sentence, subject.text, true).filter(fits);
    if (own.length > 1) return ambiguous(`"${subject.text}"`, own);
    // "Cris Vell, speaking for the group, said …; she told the board …": the sentence's own
    // subject, a person whose gender only a given name guessed, is nearer than anyone before.
    const opener =
      own.length === 0 && !subject.plural && this.doc.paras[para]?.sentences[sentence]
        ? this.writtenAt(para, sentence)[0]
        : undefined;
    if (opener?.kind === 'name' && opener.text !== subject.text) {
      const r = this.name(opener, para, sentence, false, false);
      // (Only a given name's guess: "Cho said …, and she retorted" after a woman named
      // before is hers when the article told his gender otherwise.)
      const guessed =
        r.kind === 'person' &&
        r.person.gender !== null &&
        givenName(r.person.name.split(' ')[0]!) === r.person.gender;
      if (r.kind === 'person' && guessed && !fits(r))
        return {
          kind: 'unresolved',
          reason: `"${subject.text}" follows ${r.person.name}, its sentence's subject, who does not seem to fit it`,
          personLike: true,
        };
    }
    // "A council deputy came under fire once he claimed …": a pronoun in a
    // clause under its own sentence's subject, a person described but not named, is that
    // person, never someone named in the sentences before.
    const described =
      own.length === 0 && !subject.plural ? this.openingRole(para, sentence, subject.text) : null;
    if (described) return this.role(described, para, sentence);
    // "“…,” the Ceann Comhairle said. “…,” she added": a singular pronoun after a quotation
    // of one unnamed speaker it cannot mean (read as an organisation) stops there, rather
    // than reaching back past it to whoever spoke before.
    const stop = (r: Referent) => !subject.plural && r.kind === 'source' && !r.plural;
    const found =
      own.length === 1 ? own[0]! : this.lookBack(para, sentence, fits, stop, !subject.plural);
    if (Array.isArray(found)) return ambiguous(`"${subject.text}"`, found);
    const between =
      found?.kind === 'person' && own.length === 0 && subject.gender !== null
        ? this.namedBetween(found, para, sentence, subject.gender)
        : null;
    if (between) return ambiguous(`"${subject.text}"`, [found!, between]);
    // "While Ada Quill accused the council …. “…,” he wrote.": the sentence just before opens
    // with a full name the article gives no other evidence for; the pronoun may be theirs.
    const stranger =
      found?.kind === 'person' && own.length === 0 && !subject.plural
        ? (this.strangerAt(para, sentence, 1) ?? this.strangerBefore(found, para, sentence))
        : null;
    if (stranger)
      return {
        kind: 'unresolved',
        reason: `"${subject.text}" follows a sentence about ${stranger}, whom the article does not otherwise name`,
        personLike: true,
      };
    // "Zoe Vell, 16, hopes to study law. He said: “…”" after Ada Quill spoke: the pronoun
    // passes over the sentence just before only because a given name guessed its subject's
    // gender; a misprinted pronoun is likelier than a speaker reached back past them.
    const passed =
      found?.kind === 'person' && own.length === 0 && subject.gender !== null
        ? this.guessedOtherBefore(found.person, para, sentence, subject.gender)
        : null;
    if (passed)
      return {
        kind: 'unresolved',
        reason: `"${subject.text}" passes over ${passed}, the subject just before, on a given name's guess`,
        personLike: true,
      };
    // "Quill was jailed for two years. He said: “You knew …”": after a court's decision on
    // the defendant, the words may be the judge's as much as the defendant's.
    if (found && own.length === 0 && this.sentencedIn(para, sentence, found))
      return {
        kind: 'unresolved',
        reason: `"${subject.text}" follows a sentence passed on ${nameOf(found)}: the judge's words or the defendant's`,
        personLike: true,
      };
    // "Holt confirmed the call, telling reporters he told Quill he would vote no …": whoever
    // the pronoun's own verb acts on is not the pronoun.
    if (
      found?.kind === 'person' &&
      own.length === 0 &&
      objectOfOwnVerb(
        this.doc.paras[para]?.sentences[sentence]?.tokens ?? [],
        subject.text,
        found.person.name,
      )
    )
      return {
        kind: 'unresolved',
        reason: `"${subject.text}" acts on ${found.person.name} in its own clause, so is someone else`,
        personLike: true,
      };
    if (found) {
      if (found.kind === 'person' && subject.gender && found.person.gender === null)
        found.person.gender = subject.gender;
      return found;
    }
    if (subject.plural)
      return {
        kind: 'unresolved',
        reason: `"${subject.text}" is not one person`,
        personLike: false,
      };
    // "Ms. Ada Quill met Mr. Ben Holt. … he said": a person named in passing whose gender is known to fit.
    const byGender =
      subject.gender === null || this.stopped
        ? null
        : this.namedInPassing(para, sentence, subject.gender);
    return (
      byGender ?? {
        kind: 'unresolved',
        reason: `no person before "${subject.text}" fits it`,
        personLike: true,
      }
    );
  }

  /**
   * "It said …": the organisation the sentences before speak of. That is one already heard
   * as a source there, or the subject of the nearest sentence with one ("Tarrow Freight cut
   * its forecast. It said …") when it is an organisation. When a person is that subject, "it"
   * is a thing they met ("I looked for the caption. It says …"): left open. When nothing fits,
   * a reported clause keeps "it" as its source's only name (never a person, whoever was named
   * before); a quotation stays open.
   */
  private it(para: number, sentence: number, reported: boolean): Resolution {
    // "It says only: “Unknown driver, 1974.”": before a quotation, "it" is mostly a sign, a
    // caption or a page, whose printed words nobody said, unless the sentence just before
    // is an organisation's ("The airline said it was … . “…,” it said.").
    const thing: Resolution = {
      kind: 'unresolved',
      reason: '"it" is a thing, not a speaker',
      personLike: false,
    };
    const unnamed: Resolution = {
      kind: 'source',
      source: 'it',
      sourceKind: 'organisation',
      plural: false,
    };
    // Before a quotation, only the sentence just before counts; a reported clause may reach
    // back past sentences without a subject.
    const none = reported ? unnamed : thing;
    for (const [p, s] of this.before(para, sentence)) {
      const heard = (this.speakers.get(key(p, s)) ?? []).find(
        (r) => r.kind === 'source' && r.sourceKind === 'organisation',
      );
      if (heard) return heard;
      const first = this.writtenAt(p, s)[0];
      if (!first || (first.kind === 'pronoun' && first.text.toLowerCase() === 'it')) {
        if (reported) continue;
        return thing;
      }
      // "I looked for the caption. It says …", "Quill opened the bridge. It said …": after a
      // sentence about a person, "it" is a thing they met (a sign, a caption), or unclear.
      const about: Resolution = {
        kind: 'unresolved',
        reason: `"it" follows a sentence about ${first.text}, who is not it`,
        personLike: false,
      };
      if (first.kind !== 'name' && first.kind !== 'other') return about;
      // One capitalised word may be the first word of a plain noun phrase ("Wireless sales
      // grew"): only a name of two words or more, or in capitals ("AMD"), is a company's.
      const words = first.text.split(/\s+/);
      if (words.length < 2 && !/^\p{Lu}{2,}$/u.test(first.text)) return none;
      const r = this.resolve(first, p, s, true);
      if (r.kind === 'source' && r.sourceKind === 'organisation') return r;
      return r.kind === 'person' ? about : none;
    }
    return none;
  }

  private name(
    subject: Extract<Subject, { kind: 'name' }>,
    para: number,
    sentence: number,
    reported: boolean,
    speaking: boolean,
  ): Resolution {
    const pool = this.doc.people.candidatesFor(subject.run);
    // "said the bewildered Quill": only a person the article names in full by that surname.
    if (!Array.isArray(pool) && subject.described)
      return { kind: 'unresolved', reason: pool.reason, personLike: false };
    if (!Array.isArray(pool)) {
      // "Analysts said": a group of unnamed people; "Microsoft says", "Uber claims": one word
      // that is no person's name in the article, with no title, is an organisation.
      const single = subject.run.name.length === 1 && subject.run.title === null;
      const word = subject.run.name[0]!.toLowerCase();
      // "Prosecutors said", "Analysts said": a role in the plural is a group of people.
      const plural = /s$/.test(word) && ROLE_NOUNS.has(word.replace(/s$/, ''));
      if (single && (CROWD_NOUNS.has(word) || ANONYMOUS_HEADS.has(word) || plural))
        return {
          kind: 'source',
          source: phrase(subject.text),
          sourceKind: 'anonymous',
          plural: true,
        };
      // "Research has suggested “…”", "Police said": an institution's or a finding's noun,
      // capitalised to open the sentence, is no person's name.
      if (single && INSTITUTION_NOUNS.has(word))
        return {
          kind: 'source',
          source: phrase(subject.text),
          sourceKind: 'organisation',
          plural: false,
        };
      // A person the article names by surname only: "Mr Khan", "Nunberg, author of …",
      // "“…,” Goncalves said" (see `PeopleIndex.surnameOnly`).
      const lone =
        subject.run.name.length === 1 && pool.reason.startsWith('no person with the name')
          ? this.doc.people.surnameOnly(subject.run.name[0]!, speaking && !reported)
          : null;
      if (lone) {
        this.doc.people.noteAlias(lone, subject.run);
        return { kind: 'person', person: lone };
      }
      // "Harrowgate Systems said it …" earlier: "Harrowgate said" is that organisation.
      if (single && this.doc.people.isLoneOrganisation(subject.run.name[0]!))
        return {
          kind: 'source',
          source: phrase(subject.text),
          sourceKind: 'organisation',
          plural: false,
        };
      // Only in reported speech or for a known place: "“…,” Goncalves said" may be a
      // person named by surname alone, so it stays unattributed rather than a company.
      const place = PLACES.has(word);
      if (single && (reported || place) && pool.reason.startsWith('no person with the name'))
        return {
          kind: 'source',
          source: phrase(subject.text),
          sourceKind: 'organisation',
          plural: false,
        };
      if (pool.reason.includes('organisation'))
        return {
          kind: 'source',
          source: phrase(subject.text),
          sourceKind: 'organisation',
          plural: false,
        };
      return { kind: 'unresolved', reason: pool.reason, personLike: looksLikeOnePerson(subject) };
    }
    // "said Tomas Vell, President of Harrow Freight": the mention says who the person is.
    const only = pool.length === 1 ? pool[0]! : null;
    // "Harbour Watch, an advocacy network that …, said": what the mention says it is is an
    // organisation, and nothing else says the name is a person's.
    if (only && subject.role && !this.doc.people.isStrong(only)) {
      if (organisationHead(tokenize(subject.role)))
        return {
          kind: 'source',
          source: phrase(subject.text),
          sourceKind: 'organisation',
          plural: false,
        };
      this.doc.people.learn(only, null, subject.role);
    }
    // A name the article gives no sign of being a person's ("Whole Foods said"): an organisation.
    const strong = pool.filter((p) => this.doc.people.isStrong(p));
    // "Mr Marsh, son of the first governor, Elias Marsh, …": a lone surname never means the
    // relative the article set beside it.
    const kin =
      subject.run.name.length === 1
        ? relativesNamed(this.doc, subject.run.name[0]!, para, sentence)
        : new Set<Person>();
    const unrelated = strong.filter((p) => !kin.has(p));
    // "Mrs Adeyemi said" before "Their daughter, Tola Adeyemi, …": news writing names a
    // person in full before calling them by the surname, so one named only later is not meant.
    const introduced = unrelated.filter((p) => this.introducedBefore(p, para, sentence));
    const people = introduced.length > 0 ? introduced : unrelated;
    if (people.length === 0 && strong.length > 0)
      return {
        kind: 'unresolved',
        reason: `"${subject.text}" is a relative of ${strong.map((p) => p.name).join(' or ')}, not them`,
        personLike: true,
      };
    if (people.length === 0)
      return {
        kind: 'source',
        source: phrase(subject.text),
        sourceKind: 'organisation',
        plural: false,
      };
    const found = this.choose(people, para, sentence, `"${subject.text}"`);
    if (found.kind === 'person') this.doc.people.noteAlias(found.person, subject.run);
    return found;
  }

  /**
   * "“…,” the Taoiseach added", "the CM said": a title printed alone after "the" (read as
   * no name) means the one person the article gave that title before ("Taoiseach Enda
   * Kell", "Chief Minister Ada Quill"). "the Spaniard said", "The 41-year-old skipper said":
   * a description by age or nationality is a role (`role`). Null for anything else, and for
   * a title the article gave nobody before: read as before (`other`).
   */
  private described(printed: string, para: number, sentence: number): Resolution | null {
    const text = phrase(printed);
    const title = /^the\s+(\S+)$/i.exec(text)?.[1];
    if (title && TITLES.has(title) && !COURTESY_TITLES.has(title)) {
      const words = officeWords(title);
      const holders = this.doc.people
        .holdersOf(words.at(-1)!, words.slice(0, -1))
        .filter((p) => this.namedEarlier(p, para, sentence));
      const held = oneOf(holders, `"${text}"`);
      if (held) return held;
    }
    // "The DCP said" after "said Ada Quill, deputy commissioner of police": the one person
    // quoted before whose office those are the initials of.
    const acronym = /^the\s+(\p{Lu}{2,6})$/iu.exec(text)?.[1];
    if (acronym) {
      const holders = this.doc.people
        .list()
        .filter(
          (p) =>
            [...p.titles, ...p.roles].some((o) => officeInitials(o).includes(acronym)) &&
            this.spokeBefore(p, para, sentence),
        );
      const held = oneOf(holders, `"${text}"`);
      if (held) return held;
    }
    if (!readEpithet(text)) return null;
    return this.role(
      { kind: 'role', head: text.split(/\s+/).at(-1)!.toLowerCase(), text },
      para,
      sentence,
    );
  }

  /**
   * True when the article prints `person`'s first name and surname (not necessarily side by
   * side: "Ruth and Samuel Adeyemi") up to the end of sentence `sentence` of paragraph `para`.
   */
  private introducedBefore(person: Person, para: number, sentence: number): boolean {
    const words = person.name.split(' ');
    if (words.length < 2) return true;
    const text = this.doc.paras
      .slice(0, para + 1)
      .map((p) => (p.index < para ? p.text : p.text.slice(0, p.sentences[sentence]?.end ?? 0)))
      .join('\n');
    const word = (w: string) =>
      new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(w)}(?![\\p{L}\\p{N}])`, 'u').test(text);
    return word(words[0]!) && word(person.surname);
  }

  /**
   * True when a quotation before sentence `sentence` of paragraph `para` was already given
   * to `person`: an abbreviation read from initials alone is weaker evidence than an office's
   * words, so it means only someone the article has quoted.
   */
  private spokeBefore(person: Person, para: number, sentence: number): boolean {
    for (const [k, list] of this.speakers) {
      const [p, s] = k.split(':').map(Number) as [number, number];
      if (p > para || (p === para && s >= sentence)) continue;
      if (list.some((r) => r.kind === 'person' && r.person === person)) return true;
    }
    return false;
  }

  /** True when the article names `person` before sentence `sentence` of paragraph `para`. */
  private namedEarlier(person: Person, para: number, sentence: number): boolean {
    return this.doc.paras.slice(0, para + 1).some((p) => {
      const upTo = p.index < para ? p.text.length : (p.sentences[sentence]?.start ?? 0);
      return p.text.slice(0, upTo).includes(person.surname);
    });
  }

  /**
   * A role phrase that gives an age or a nationality ("the 36-year-old", "the Spaniard",
   * "the Brazilian midfielder") means the one person the article tied them to before
   * (`epithetHolders`); one headed by a person's word the role nouns lack ("the veteran")
   * the one person named before who holds it ("veteran striker Ada Quill"). Two such
   * people leave it open, and so does nobody, unless its head is an office or a role
   * someone holds ("the 64-year-old singer" after "singer Ada Quill", read by `office`),
   * who must then not be tied to another age or nationality. Any other role: `office`.
   */
  private role(
    subject: Extract<Subject, { kind: 'role' }>,
    para: number,
    sentence: number,
  ): Resolution {
    const epithet = subject.label ? null : readEpithet(phrase(subject.text));
    if (!epithet) return this.office(subject, para, sentence);
    // "the veteran said" after "veteran striker Ada Quill": only one holder named before.
    const tied =
      epithet.age === null && epithet.country === null
        ? this.doc.people
            .holdersOf(epithet.noun!)
            .filter((p) => this.namedEarlier(p, para, sentence))
        : epithetHolders(this.doc, epithet, para, sentence);
    const held = oneOf(tied, `"${phrase(subject.text)}"`);
    if (held) return held;
    const unknown: Resolution = {
      kind: 'unresolved',
      reason: `nobody in this article was called "${phrase(subject.text)}" before`,
      personLike: true,
    };
    if (!ROLE_NOUNS.has(subject.head)) return unknown;
    const found = this.office(subject, para, sentence);
    return found.kind === 'person' &&
      contradictsEpithet(this.doc, found.person, epithet, para, sentence)
      ? unknown
      : found;
  }

  /** An office or a role ("the minister", "the spokesman", "the official"): who holds it, or the source it is. */
  private office(
    subject: Extract<Subject, { kind: 'role' }>,
    para: number,
    sentence: number,
  ): Resolution {
    const text = phrase(subject.text);
    const opener = text.split(/\s+/)[0]!.toLowerCase();
    // "President Ada Quill’s controversial …": what the holder has, not the holder (not
    // "a minister in Prime Minister Ada Quill’s government", someone else).
    const printed = text.split(/\s+/);
    const at = printed.findIndex((w) => w.toLowerCase() === subject.head);
    const owns = printed.findIndex((w, i) => i > at && /[’']s$/.test(w));
    if (at >= 0 && owns > at + 1 && printed.slice(at, owns + 1).every((w) => /^\p{Lu}/u.test(w)))
      return {
        kind: 'unresolved',
        reason: `"${text}" is something its "${subject.head}" has, not them`,
        personLike: true,
      };
    // "…, a police chief said." then "Harbour police chief Ada Quill told …": the lede's
    // description of the one person the story names with that office right after it.
    const introduced = this.introducedHolder(subject, text, para, sentence);
    if (introduced) return introduced;
    // "Harbour's transport minister has said …" then "“…,” Ada Quill told reporters.": the
    // lede's description of the one person the story names next, when nobody holds it.
    // "the transport minister" is no "Prime Minister Lee": the office's words must agree.
    const words = text.toLowerCase().split(/\s+/);
    const qualifiers = words
      .slice(0, words.indexOf(subject.head))
      .filter((w) => OFFICE_QUALIFIERS.has(w));
    // "The CM said", "PM says": an office's abbreviation stands for its words ("chief
    // minister"), the last its head and the others qualifiers, as in the holders' titles.
    const spelled = officeWords(subject.head);
    let head = spelled.length > 1 ? spelled.at(-1)! : subject.head;
    if (spelled.length > 1) qualifiers.push(...spelled.slice(0, -1));
    // "The head of the Foreign Ministry stated …": the minister of the portfolio it names
    // (wire copy translated from Ukrainian or Russian names a minister so).
    const ministry = HEAD_OF_MINISTRY.exec(text);
    const portfolio = ministry?.[1]?.toLowerCase().split(/\s+/) ?? [];
    if (ministry && portfolio.every((w) => PORTFOLIO_WORDS.has(w))) {
      head = 'minister';
      qualifiers.push(...portfolio);
    }
    const holders = this.holdersIn(text, head, qualifiers);
    const delayed =
      holders.length === 0 ? this.delayedHolder(subject, text, opener, para, sentence) : null;
    if (delayed) return delayed;
    // "A spokesperson for the ministry said": someone unnamed, even when the article names
    // another spokesperson.
    if (INDEFINITE.has(opener))
      return { kind: 'source', source: text, sourceKind: 'anonymous', plural: false };
    // "According to the spokesperson of the Coastian president, …" in Spokesperson Lin
    // Arawa's briefing: an office that serves another office or a named body its holders'
    // titles do not name is someone else's, unnamed.
    if (holders.length > 0 && servesOther(printed, at, holders))
      return { kind: 'source', source: text, sourceKind: 'anonymous', plural: false };
    // "“…,” Velocar CEO told an analyst" after "Harrow Mining CEO Piet Vandersloot": an
    // office of another firm or body than the one its only holders are named with.
    // ("“…,” the BJP leader said" after "Congress leader Ada Quill": a party's abbreviation
    // names a body too, when someone's office in the article spells it out, "Bharatiya
    // Janata Party General Secretary"; "UK" in "the UK minister" spells out nobody's.)
    const held = (p: Person) => [...p.titles, ...p.roles].join(' ');
    const office = text.slice(0, text.toLowerCase().lastIndexOf(subject.head));
    const spelledOut = new Set(this.doc.people.list().flatMap((p) => bodyAcronyms(held(p), true)));
    const firm = [...firmWords(office), ...bodyAcronyms(office).filter((a) => spelledOut.has(a))];
    if (firm.length > 0 && holders.length > 0) {
      const elsewhere = (p: Person) => {
        const words = firmWords(held(p));
        return (
          words.length > 0 &&
          ![...words, ...bodyAcronyms(held(p), true)].some((w) => firm.includes(w))
        );
      };
      if (holders.every(elsewhere))
        return {
          kind: 'unresolved',
          reason: `nobody in this article holds "${text}": its holders are named with another body`,
          personLike: true,
        };
    }
    // "Brill would not say … . “…,” the spokesman said": when the sentence just before is
    // about someone else, who has no office of their own, the role may be theirs as much as
    // the named holder's (Vane, "Holt’s spokesman", five sentences back).
    const other = subject.label
      ? null
      : this.describedTopic(text, subject.head, para, sentence, true);
    if (holders.length > 0 && other?.kind === 'person' && !holders.includes(other.person))
      return ambiguous(`"${subject.text}"`, [
        ...holders.map((person): Referent => ({ kind: 'person', person })),
        other,
      ]);
    // "Ada Quill’s side lost again. The visiting skipper said …" with the only skipper, Tomas
    // Vell, named paragraphs later: the story's person named just before may hold it as
    // much, whom the article has not called so yet.
    const later =
      opener === 'the' &&
      holders.length > 0 &&
      !holders.some((p) => this.namedEarlier(p, para, sentence)) &&
      this.doc.people
        .list()
        .some(
          (p) =>
            !holders.includes(p) && p.name.includes(' ') && this.namedEarlier(p, para, sentence),
        );
    if (later)
      return {
        kind: 'unresolved',
        reason: `"${text}" is held only by ${holders.map((p) => p.name).join(' or ')}, named later`,
        personLike: true,
      };
    if (holders.length > 0) return this.chooseHolder(holders, text, para, sentence);
    // "the official" after "a senior official said": the unnamed source introduced before.
    const earlier = this.lookBack(
      para,
      sentence,
      (r) =>
        r.kind === 'source' &&
        r.sourceKind === 'anonymous' &&
        !r.plural &&
        r.source.toLowerCase().split(/\s+/).includes(subject.head),
    );
    if (earlier && !Array.isArray(earlier)) return earlier;
    // "Tory said … . The mayor acknowledged …": the person the sentences just before were about.
    const topic = subject.label ? null : this.describedTopic(text, subject.head, para, sentence);
    if (topic) return topic;
    // A transcript's "REPORTER:" or "CABINET PUBLIC RELATIONS SECRETARY:": someone unnamed.
    if (subject.label)
      return { kind: 'source', source: text, sourceKind: 'anonymous', plural: false };
    // "Quill's father": someone a person the article names has, and no holder of the role
    // it names (a place's or a firm's, "Tarrow's mayor", is an office a named person may hold).
    const owner = OWNED_ROLE.exec(text)?.[1];
    if (owner && this.namesWord(owner))
      return { kind: 'source', source: text, sourceKind: 'anonymous', plural: false };
    // "said the Chief Executive Officer": a title without a name is nobody we can tell.
    const titled = /^\p{Lu}/u.test(text.split(/\s+/).at(-1) ?? '');
    if (!titled && (ANONYMOUS_OPENERS.has(opener) || ANONYMOUS_HEADS.has(subject.head)))
      return { kind: 'source', source: text, sourceKind: 'anonymous', plural: false };
    // "Capt. Ruth Bishop, the harbour's fire officer, …" then "“…,” Bishop said": a title
    // word printed alone that nobody holds is the surname of the one person named in full
    // with it before.
    const bearer = titleSurname(this.doc.people.list(), text).filter((p) =>
      this.introducedBefore(p, para, sentence),
    );
    if (bearer.length === 1) return { kind: 'person', person: bearer[0]! };
    return {
      kind: 'unresolved',
      reason: `nobody in this article is called "${text}"`,
      personLike: true,
    };
  }

  /**
   * The person a lede's indefinite description introduces ("…, a government minister said",
   * "…, a White House spokesman said") when the story names them in the next paragraphs
   * with that office printed with the name ("Na’im Quill, the minister for religious
   * affairs, said", "White House spokesman Ada Quill said"): news writing describes first
   * and names right after. Only when exactly one person in the article holds the office
   * (its qualifiers and the body it names agree), the description stands in the story's
   * first paragraphs (`LEDE_PARAS`), that person is named within `INTRODUCED_WITHIN`
   * paragraphs after it, and nothing says the source is kept unnamed ("spoke on condition
   * of anonymity"). A source's word ("a spokesman", "an official") counts only with the
   * body it speaks for printed in capitals and held by the named person ("a White House
   * spokesman"): else it stays an unnamed source. Null otherwise.
   */
  private introducedHolder(
    subject: Extract<Subject, { kind: 'role' }>,
    text: string,
    para: number,
    sentence: number,
  ): Referent | null {
    const words = text.split(/\s+/);
    if (subject.label || !/^an?$/i.test(words[0]!)) return null;
    const lower = words.map((w) => w.toLowerCase());
    const at = lower.indexOf(subject.head);
    if (at < 1) return null;
    const lede = this.lede(para, sentence);
    if (!lede) return null;
    const { story, place } = lede;
    const qualifiers = lower.slice(1, at).filter((w) => OFFICE_QUALIFIERS.has(w));
    const holders = this.holdersIn(text, subject.head, qualifiers);
    if (holders.length !== 1) return null;
    const person = holders[0]!;
    const body = firmWords(words.slice(0, at).join(' '));
    const theirs = firmWords([...person.titles, ...person.roles].join(' '));
    if (body.some((w) => !theirs.includes(w))) return null;
    if (ANONYMOUS_HEADS.has(subject.head) && body.length === 0) return null;
    const after = story.slice(place + 1, place + 1 + INTRODUCED_WITHIN);
    return after.some((p) => p.text.includes(person.surname)) ? { kind: 'person', person } : null;
  }

  /**
   * The story's paragraphs and the place among them of paragraph `para`, when it is one of
   * the story's first (`LEDE_PARAS`) and its sentence `sentence` does not say its source is
   * kept unnamed ("spoke on condition of anonymity"). Null otherwise.
   */
  private lede(para: number, sentence: number): { story: Para[]; place: number } | null {
    const story = this.doc.paras.filter((p) => p.role === 'body' && p.sentences.length > 0);
    const place = story.findIndex((p) => p.index === para);
    if (place < 0 || place >= LEDE_PARAS) return null;
    const tokens = this.doc.paras[para]?.sentences[sentence]?.tokens ?? [];
    if (tokens.some((t) => KEPT_UNNAMED.has(t.word))) return null;
    return { story, place };
  }

  /**
   * The person a lede's description of one person ("a cabinet minister", "the country's
   * foreign minister", "Harbour's mayor", "his spokesman") stands for, when nobody in the
   * article holds its office (the caller asks) and the story names them undescribed within
   * `INTRODUCED_WITHIN` paragraphs, as the one speaker of its first sentence that names
   * anyone (`delayedName`). Never a relative, a crowd, someone another person named has
   * ("Quill's lawyer"), or an indefinite unnamed source's word ("a police spokesman", "a
   * witness"). Null otherwise. `opener` is the phrase's first word in lower case, as the
   * caller read it.
   */
  private delayedHolder(
    subject: Extract<Subject, { kind: 'role' }>,
    text: string,
    opener: string,
    para: number,
    sentence: number,
  ): Referent | null {
    if (subject.label || KIN.has(subject.head) || CROWD_NOUNS.has(subject.head)) return null;
    // "a police spokesman", "a witness": someone unnamed, whoever the story names next.
    if (INDEFINITE.has(opener) && ANONYMOUS_HEADS.has(subject.head)) return null;
    const owner = OWNED_ROLE.exec(text)?.[1];
    if (owner && this.namesWord(owner)) return null;
    const lede = this.lede(para, sentence);
    if (!lede) return null;
    const { story, place } = lede;
    const after = story.slice(place + 1, place + 1 + INTRODUCED_WITHIN);
    const person = delayedName(
      this.doc,
      story.slice(0, place + 1),
      sentence + 1,
      after,
      subject.head,
    );
    return person ? { kind: 'person', person } : null;
  }

  private other(printed: string): Resolution {
    const text = phrase(printed);
    // "Inspector General of Police Okoth Vell said": an office whose body's word the name
    // follows, printed before the full name the article registered with that office.
    const officeHolder = this.doc.people
      .list()
      .find(
        (p) =>
          p.name.includes(' ') &&
          text.endsWith(` ${p.name}`) &&
          p.roles.some((r) => r.includes(' ') && text.slice(0, -p.name.length).includes(r)),
      );
    if (officeHolder) return { kind: 'person', person: officeHolder };
    // "The survey did offer one caution", "The third paragraph … of the press release
    // read": a clause whose subject is a document; the document speaks.
    const document = documentSubject(text);
    if (document !== null)
      return { kind: 'source', source: document, sourceKind: 'organisation', plural: false };
    // A clause read as a subject ("the shares left behind … are worth …") names no source.
    if (text.split(/\s+/).length > MAX_SOURCE_WORDS)
      return { kind: 'unresolved', reason: `"${text}" is not a speaker`, personLike: false };
    // "Commenting on …", "Lincoln was a philosopher": an opening phrase or a clause, no source.
    const opening = /^\p{L}+ing(?:\s+(?:on|to|at|in|for|about|with|after|before))?$/iu.test(text);
    // (As printed: "May" the month is no "may".)
    const clause = text.split(/\s+/).some((w) => FINITE_VERBS.has(w));
    if (opening || clause)
      return { kind: 'unresolved', reason: `"${text}" is not a speaker`, personLike: false };
    // "It reads …", "This says …": a thing, not a source.
    if (/^(?:it|this|that|these|those|which|what)\b/i.test(text))
      return { kind: 'unresolved', reason: `"${text}" is not a speaker`, personLike: false };
    // "He said: “…”" read as a label: the pronoun, whom the sentences before did not tell.
    if (
      text.split(/\s+/).length > 1 &&
      Object.hasOwn(PRONOUNS, text.split(/\s+/)[0]!.toLowerCase())
    )
      return {
        kind: 'unresolved',
        reason: `"${text}" is a pronoun's clause, not a speaker`,
        personLike: true,
      };
    // "the PMS said" after "the Prime Minister's Spokesperson (PMS)": one unnamed person.
    const acronym = /^(?:the\s+)?(\p{Lu}{2,6})$/u.exec(text)?.[1];
    if (acronym && this.roleAcronyms().has(acronym))
      return { kind: 'source', source: text, sourceKind: 'anonymous', plural: false };
    const words = text.toLowerCase().split(/\s+/);
    const crowd = words.filter(isGroupNoun);
    // "The source added …" is one unnamed person ("he" may mean them); "sources", a group.
    if (crowd.length > 0)
      return {
        kind: 'source',
        source: text,
        sourceKind: 'anonymous',
        plural: crowd.some((w) => !SINGULAR_CROWD.has(w)),
      };
    return { kind: 'source', source: text, sourceKind: 'organisation', plural: false };
  }

  /**
   * Which of several people holding a role a plain role phrase means ("the coach said" after
   * two coaches, "the minister added" after two ministers): only the one the text singles
   * out. That is the one the sentence just before is about or names, alone of them, or the
   * last of them named earlier in the role phrase's own paragraph (the nearest mention, so
   * no other holder stands in between), or the one whose office is printed with the team or
   * body the phrase names in capitals ("the Harbour coach" after "Harbour coach Tomas Vell"
   * and "Tarrow coach Ben Holt"). The holder the article named most recently a paragraph or
   * more before is not singled out: the quotation stays open.
   */
  private chooseHolder(pool: Person[], text: string, para: number, sentence: number): Resolution {
    if (pool.length === 1) return { kind: 'person', person: pool[0]! };
    const what = `"${text}"`;
    // "the Harbour coach": the capitalised words after the determiner name the team or body.
    const capitals = text
      .split(/\s+/)
      .slice(1)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w.replace(/[’']s$/, ''));
    if (capitals.length > 0) {
      const held = (x: Person) => [...x.titles, ...x.roles].join(' ').split(/\s+/);
      const team = pool.filter((x) => capitals.every((w) => held(x).includes(w)));
      if (team.length === 1) return { kind: 'person', person: team[0]! };
    }
    const mentioned = (p: number, s: number) => {
      const found = [...this.subjectsAt(p, s), ...this.namedBefore(p, s, '')].flatMap((r) =>
        r.kind === 'person' && pool.includes(r.person) ? [r.person] : [],
      );
      return [...new Set(found)];
    };
    // "Tarrow coach Ben Holt was less pleased. “…,” the coach said.": the sentence just
    // before, whichever paragraph it ends.
    const [p0, s0] = this.before(para, sentence).next().value ?? [-1, -1];
    if (p0 >= 0) {
      const about = this.subjectsAt(p0, s0).flatMap((r) =>
        r.kind === 'person' && pool.includes(r.person) ? [r.person] : [],
      );
      if (new Set(about).size === 1) return { kind: 'person', person: about[0]! };
      const there = mentioned(p0, s0);
      if (there.length === 1) return { kind: 'person', person: there[0]! };
      if (there.length > 1)
        return ambiguous(
          what,
          there.map((person) => ({ kind: 'person', person })),
        );
    }
    // Further back, only within the role phrase's own paragraph: its nearest mention.
    for (let s = Math.min(sentence, this.doc.paras[para]?.sentences.length ?? 0) - 2; s >= 0; s--) {
      const there = mentioned(para, s);
      if (there.length === 1) return { kind: 'person', person: there[0]! };
      if (there.length > 1) break;
    }
    return ambiguous(
      what,
      pool.map((person) => ({ kind: 'person', person })),
    );
  }

  /** One of several people a surname or role can mean: the one the nearest sentence before is about. */
  private choose(pool: Person[], para: number, sentence: number, what: string): Resolution {
    if (pool.length === 1) return { kind: 'person', person: pool[0]! };
    // "The party sent Rep. Ada Quill-Ho to a hearing. The first-term lawmaker …": the one of
    // them the sentence just before names, if it names one.
    const [p, s] = this.before(para, sentence).next().value ?? [-1, -1];
    // "Lee said that Park was right. … the minister concluded": the one the sentence is
    // about (its subject or speaker) before one it merely mentions.
    const about =
      p < 0
        ? []
        : this.subjectsAt(p, s).filter((r) => r.kind === 'person' && pool.includes(r.person));
    // "A jury found Quillan and his wife, Orla, guilty": a sentence naming one of a
    // couple by given name beside their bare shared surname speaks of two of them.
    const couple = this.coupleBefore(pool, para, sentence);
    if (about.length === 1 && !couple) return about[0]!;
    const named =
      p < 0
        ? []
        : this.namedBefore(p, s, '').filter((r) => r.kind === 'person' && pool.includes(r.person));
    if (named.length === 1 && !couple) return named[0]!;
    const found = this.lookBack(
      para,
      sentence,
      (r) => r.kind === 'person' && pool.includes(r.person),
    );
    if (
      found &&
      !Array.isArray(found) &&
      !couple &&
      !this.namesOthersOf(found, pool, para, sentence)
    )
      return found;
    const first = this.firstCalled(pool);
    if (first) return { kind: 'person', person: first };
    return ambiguous(
      what,
      pool.map((person) => ({ kind: 'person', person })),
    );
  }

  /**
   * True when every one of `pool` shares a surname and the nearest sentence before that
   * names any of them prints the surname alone and one of them by given name alone
   * ("Quillan and his wife, Orla,"), or two of them by given names before the one surname
   * ("Jack and Mary Tate"): it speaks of two of them, and the nearest mention tells not
   * which one a later bare surname means.
   */
  private coupleBefore(pool: readonly Person[], para: number, sentence: number): boolean {
    const surname = pool[0]!.name.split(' ').at(-1)!;
    if (pool.some((x) => x.name.split(' ').at(-1) !== surname)) return false;
    const given = (x: Person) => x.name.split(' ')[0]!;
    for (const [p, s] of this.before(para, sentence)) {
      const at = this.doc.paras[p]!;
      const { start, end } = at.sentences[s]!;
      const text = at.text.slice(start, end);
      const count = (word: string) => text.split(word).length - 1;
      if (!pool.some((x) => count(given(x)) > 0) && count(surname) === 0) continue;
      // ("Homeowners Jack and Mary Tate watched …": two given names before one surname.)
      if (pool.some((x) => pool.some((y) => y !== x && count(`${given(x)} and ${y.name}`) > 0)))
        return true;
      // The nearest sentence naming any of them: the bare surname, and one of them by
      // given name alone.
      return (
        count(surname) > pool.reduce((n, x) => n + count(x.name), 0) &&
        pool.some((x) => count(given(x)) > count(x.name))
      );
    }
    return false;
  }

  /**
   * True when the sentence before whose subject is `who` also names another of `pool` by
   * their shared surname ("Mr Marsh, son of the first governor, Elias Marsh, is …"): which
   * Marsh a later "Mr Marsh" means is then not told by that sentence.
   */
  private namesOthersOf(who: Referent, pool: readonly Person[], para: number, sentence: number) {
    for (const [p, s] of this.before(para, sentence)) {
      if (!this.subjectsAt(p, s).some((r) => same(r, who))) continue;
      const tokens = this.doc.paras[p]!.sentences[s]!.tokens;
      return pool.some((other) => {
        if (who.kind === 'person' && other === who.person) return false;
        const surname = other.name.split(' ').at(-1)!;
        return tokens.filter((t) => t.text.replace(/[’']s$/, '') === surname).length > 1;
      });
    }
    return false;
  }

  /**
   * The full name that opens the sentence just before (after "While", "But", "And",
   * "Whereas" at most), when it is no person of the article (`strongPeople` finds none), no
   * body or place, the subject of a past verb right after it, and that sentence is not about
   * `who`: someone a pronoun after it may mean as much as `who`. Null otherwise.
   */
  private strangerBefore(who: Referent, para: number, sentence: number): string | null {
    const [p, s] = this.before(para, sentence).next().value ?? [-1, -1];
    if (p < 0 || this.subjectsAt(p, s).some((r) => same(r, who))) return null;
    return this.strangerAt(p, s, 2);
  }

  /**
   * The name that opens sentence `s` of paragraph `p` (after "While", "But", "And",
   * "Whereas" at most), of `fewest` words or more, when it is no person of the article, no
   * body, place, group or role, and the subject of a past verb right after it ("Vell
   * accused …").
   */
  private strangerAt(p: number, s: number, fewest: number): string | null {
    const tokens = this.doc.paras[p]?.sentences[s]?.tokens ?? [];
    const first = nameRuns(tokens)[0];
    if (!first || first.start > 1) return null;
    if (first.start === 1 && !STRANGER_OPENERS.has(tokens[0]!.word)) return null;
    const parsed = parseNameRun(first.run);
    if (!parsed || parsed.title !== null || parsed.name.length < fewest) return null;
    // ("While Harbour Police accused …", "Officials warned …": a body, a place or a group.)
    const lower = parsed.name.map((w) => w.toLowerCase());
    const listed = (w: string) =>
      NOT_A_PERSON_WORDS.some((l) => l.has(w) || l.has(w.replace(/s$/, '')));
    if (lower.some(listed)) return null;
    // The name is the subject of a verb in the past right after it ("accused", "wrote").
    const verb = tokens[first.next];
    if (!verb || !/^\p{Ll}+ed$/u.test(verb.text)) return null;
    return strongPeople(this.doc, parsed).length === 0 ? parsed.name.join(' ') : null;
  }

  /** True when `word` is a word of the name of someone the article names ("Quill" of "Ada Quill"). */
  private namesWord(word: string): boolean {
    return this.doc.people.list().some((p) => p.name.split(' ').includes(word));
  }

  /**
   * The holders of the office a role phrase names, of the qualifiers' office, never one of
   * another portfolio ("New Zealand's climate minister" is no "Foreign Minister Ada Quill").
   */
  private holdersIn(text: string, head: string, qualifiers: readonly string[]): Person[] {
    return this.doc.people
      .holdersOf(head, qualifiers)
      .filter((p) => !otherPortfolio(text, head, p) && !headOfOther(text, head, p));
  }

  /**
   * The name of the person the sentence right before sentence `sentence` of paragraph
   * `para` opens with, when it is not `found` and its gender, not `gender`, comes only from
   * its given name (`pronoun`); else null.
   */
  private guessedOtherBefore(
    found: Person,
    para: number,
    sentence: number,
    gender: 'm' | 'f',
  ): string | null {
    const [prev] = this.before(para, sentence);
    if (!prev) return null;
    const opener = this.writtenAt(prev[0], prev[1])[0];
    if (opener?.kind !== 'name' || opener.run.name.length < 2) return null;
    const r = this.name(opener, prev[0], prev[1], false, false);
    if (r.kind !== 'person' || r.person === found || r.person.gender === gender) return null;
    const first = r.person.name.split(' ')[0]!;
    return r.person.gender !== null && givenName(first) === r.person.gender ? r.person.name : null;
  }

  /**
   * A person of the pronoun's gender named (not as a subject) in a sentence between the
   * pronoun and the sentence whose subject it was read as ("Quill spoke first. Holt's plan
   * was then put to the vote. … he said"): the pronoun may mean them too. Null when none.
   */
  private namedBetween(
    who: Referent,
    para: number,
    sentence: number,
    gender: 'm' | 'f',
  ): Referent | null {
    for (const [p, s] of this.narrationBefore(para, sentence)) {
      if (this.subjectsAt(p, s).some((r) => same(r, who))) return null;
      const other = this.namedBefore(p, s, '').find(
        // (Or of no gender the article tells, described as a person by a role or a title:
        // "A post by local resident Tam Vell drew replies. … he said". A name with no role
        // may be a thing's: "Mars Reconnaissance Orbiter".)
        (r) =>
          r.kind === 'person' &&
          !same(r, who) &&
          (r.person.gender === gender ||
            (r.person.gender === null && r.person.roles.length + r.person.titles.length > 0)),
      );
      if (other) return other;
    }
    return null;
  }

  /**
   * Of several people who share a surname, the one the article called by the surname alone
   * before it named any other of them: news writing introduces "Hori Vell", calls him "Vell",
   * names his son in full later, and "Vell" goes on meaning the father. Null when no lone
   * surname stands in a sentence before the one that first names a second of them ("Mr
   * Marsh, son of the first governor, Elias Marsh" tells nothing).
   */
  private firstCalled(pool: readonly Person[]): Person | null {
    const last = (p: Person) => p.name.split(' ').at(-1)!;
    const surname = last(pool[0]!);
    if (pool.some((p) => last(p) !== surname)) return null;
    const sentences = this.doc.paras.flatMap((p) =>
      p.sentences.map((s) => p.text.slice(s.start, s.end)),
    );
    const named = pool
      .map((person) => ({ person, at: sentences.findIndex((t) => t.includes(person.name)) }))
      .sort((a, b) => a.at - b.at);
    if (named.some((n) => n.at < 0) || named[0]!.at === named[1]!.at) return null;
    const count = (text: string, word: string) => text.split(word).length - 1;
    const lone = sentences
      .slice(named[0]!.at, named[1]!.at)
      .some((t) => count(t, surname) > pool.reduce((n, p) => n + count(t, p.name), 0));
    return lone ? named[0]!.person : null;
  }

  /**
   * The subject of the nearest sentence before that has one that fits; several when that
   * sentence has several that fit (then it is ambiguous); null when none within reach.
   */
  private lookBack(
    para: number,
    sentence: number,
    fits: (r: Referent) => boolean,
    stop: (r: Referent) => boolean = () => false,
    stopAtUnreadable = false,
  ): Referent | Referent[] | null {
    this.stopped = false;
    this.unknownAt = null;
    for (const [p, s] of this.narrationBefore(para, sentence)) {
      const fitting = this.subjectsAt(p, s).filter(fits);
      this.stopped =
        fitting.length === 0 &&
        stopAtUnreadable &&
        (this.unreadable.has(key(p, s)) || this.introduces(p, s, para));
      if (this.stopped) return null;
      // "“…,” the Rovers manager said. … He added": the unknown speaker, not someone before.
      if (fitting.length === 0 && this.unknown.has(key(p, s))) {
        this.unknownAt = key(p, s);
        return null;
      }
      if (fitting.length === 0 && (this.speakers.get(key(p, s)) ?? []).some(stop)) return null;
      const unique = fitting.filter((r, i) => fitting.findIndex((o) => same(o, r)) === i);
      if (unique.length === 1) return unique[0]!;
      if (unique.length > 1) return unique;
    }
    return null;
  }

  /**
   * True when the nearest sentence before whose subject is `who`, or one before it in its
   * paragraph, reports a court's decision on them: in the passive ("Quill was sentenced to
   * …", "Quill was jailed") or after an opening participle ("Sentencing Quill to …").
   */
  private sentencedIn(para: number, sentence: number, who: Referent): boolean {
    for (const [p, s] of this.before(para, sentence)) {
      if (!this.subjectsAt(p, s).some((r) => same(r, who))) continue;
      // That sentence, or one before it in its paragraph ("Sentencing Quill to two years.
      // Quill escaped a longer term …").
      for (let k = s; k >= 0; k--) {
        const tokens = this.doc.paras[p]!.sentences[k]!.tokens;
        const passive =
          this.subjectsAt(p, k).some((r) => same(r, who)) &&
          tokens.some(
            (t, i) =>
              COURT_OUTCOMES.has(t.word) &&
              /^(?:was|were|been|is|are)$/.test(tokens[i - 1]?.word ?? ''),
          );
        const sentencing =
          COURT_PARTICIPLES.has(tokens[0]?.word ?? '') &&
          this.namedBefore(p, k, '').some((r) => same(r, who));
        if (passive || sentencing) return true;
      }
      return false;
    }
    return false;
  }

  /** The people named (outside quotations) in a sentence before the first `word` in it (all of it for ''). */
  private namedBefore(
    para: number,
    sentence: number,
    word: string,
    notObjects = false,
  ): Referent[] {
    const tokens = this.doc.paras[para]?.sentences[sentence]?.tokens ?? [];
    const at = tokens.findIndex((t) => t.text.toLowerCase() === word.toLowerCase());
    const out: Referent[] = [];
    // "Also criticising Ada Quill for her remarks, he said": a clause without a subject
    // opening the sentence is the pronoun's own; whoever it names is its object.
    if (
      notObjects &&
      at > 0 &&
      tokens[at - 1]?.text === ',' &&
      PARTICIPLE_OPENING.test(
        tokens
          .slice(0, 3)
          .map((t) => t.text)
          .join(' '),
      )
    )
      return out;
    const before = word === '' ? tokens : tokens.slice(0, Math.max(0, at));
    for (const { run, start, next } of nameRuns(before)) {
      // "Song's assessment", "the Lee Jae-myung administration": a name describing a thing.
      const follower = before[next]?.word ?? '';
      const describes =
        /[’']s$/.test(run.at(-1)!.text) ||
        ROLE_NOUNS.has(follower) ||
        INSTITUTION_NOUNS.has(follower) ||
        ORGANIZATION_WORDS.has(follower);
      // "Reacting to the criticism of Ada Quill, he said": the object of a preposition is
      // not who "he" is, nor with a role between them ("Speaking about striker Ada Quill,
      // he said", "of the rival coach Ada Quill").
      // (A place or a body may stand in the role: "meeting with Tarrow former governor Ada
      // Quill".)
      let k = start - 1;
      while (
        k >= 0 &&
        start - k <= MAX_ROLE_WORDS_BEFORE_NAME &&
        (/^\p{Ll}/u.test(before[k]!.text) ||
          (/^\p{Lu}\p{Ll}+$/u.test(before[k]!.text) && ROLE_NOUNS.has(before[start - 1]!.word))) &&
        !OBJECT_PREPOSITIONS.has(before[k]!.word)
      )
        k--;
      const roleBetween = k < start - 1 && ROLE_NOUNS.has(before[start - 1]!.word);
      const object =
        notObjects &&
        OBJECT_PREPOSITIONS.has(before[k]?.word ?? '') &&
        (k === start - 1 || roleBetween);
      const parsed = describes || object ? null : parseNameRun(run);
      if (!parsed) continue;
      const strong = strongPeople(this.doc, parsed);
      const person = strong.length === 1 ? strong[0]! : null;
      if (person && !out.some((r) => r.kind === 'person' && r.person === person))
        out.push({ kind: 'person', person });
    }
    return out;
  }

  /**
   * The role that opens a sentence as its subject ("A government minister has been …"), when
   * `pronoun` stands later in it right after a word that opens a subordinate clause ("after
   * he suggested", "when she said"): the one the pronoun means. Null otherwise.
   */
  private openingRole(
    para: number,
    sentence: number,
    pronoun: string,
  ): Extract<Subject, { kind: 'role' }> | null {
    const p = this.doc.paras[para];
    const tokens = p?.sentences[sentence]?.tokens ?? [];
    const at = tokens.findIndex((t) => t.text.toLowerCase() === pronoun.toLowerCase());
    if (at < 2 || !SUBORDINATORS.has(tokens[at - 1]!.word)) return null;
    const opening = sentenceSubjects(tokens.slice(0, at - 1), p!.text)[0];
    if (opening?.kind !== 'role') return null;
    // Only the subject the sentence opens with: "A government minister …", not one named later.
    return p!.text.slice(tokens[0]!.start, tokens[at]!.start).trimStart().startsWith(opening.text)
      ? opening
      : null;
  }

  /**
   * The person a definite description means when no one in the article holds its office
   * ("John Tory said … . The mayor acknowledged …", "Ed Balls has rejected … . The shadow
   * chancellor told …", "Toronto’s mayor"): news writing names a person, then calls them by
   * what they are. Only when the sentence just before (`TOPIC_SENTENCES`) is about that
   * one person alone, who has no stated title or role of
   * their own (which would have said whether they hold this one). Never for an unnamed
   * source's word ("the official", "the source"; `anyHead` allows them, to find a second
   * reading of a role that has a named holder), a relative ("the victim’s mother"), or
   * a plural. Null otherwise: the quotation stays unattributed.
   */
  private describedTopic(
    text: string,
    head: string,
    para: number,
    sentence: number,
    anyHead = false,
  ): Referent | null {
    const words = text.split(/\s+/);
    const possessive = words.filter((w) => /[’']s$/.test(w));
    const definite =
      (words[0]!.toLowerCase() === 'the' && possessive.length === 0) ||
      (possessive.length === 1 && /^\p{Lu}/u.test(words[0]!) && possessive[0] === words[0]);
    if (!definite || words.length < 2) return null;
    // "Holt’s lawyer", "Quill’s spokesman": someone a person has is never that person.
    const owner = possessive[0]?.replace(/[’']s$/, '');
    if (owner && this.namesWord(owner)) return null;
    if ((!anyHead && ANONYMOUS_HEADS.has(head)) || CROWD_NOUNS.has(head) || KIN.has(head))
      return null;
    if (!ROLE_NOUNS.has(head)) return null;
    // "Ada Quill said …. The Harbour Transit Authority director told …": an office of a body
    // named by its capitalised words is no office of the one just quoted, whom the article
    // gives none (a rider may speak before the director who answers her).
    const office = text.slice(0, text.toLowerCase().lastIndexOf(head));
    if (firmWords(office).some((w) => ORGANIZATION_WORDS.has(w))) return null;
    let n = 0;
    for (const [p, s] of this.before(para, sentence)) {
      if (++n > TOPIC_SENTENCES) return null;
      const subjects = this.subjectsAt(p, s);
      if (subjects.length === 0) continue;
      const only = subjects.length === 1 ? subjects[0]! : null;
      if (only?.kind !== 'person') return null;
      const person = only.person;
      if (person.titles.length > 0 || person.roles.some(isOffice)) return null;
      const gender = GENDERED_ROLES[head];
      if (gender && person.gender !== null && person.gender !== gender) return null;
      return only;
    }
    return null;
  }

  /** A person of the known gender named (not as a subject) in the nearest sentence that names one. */
  private namedInPassing(para: number, sentence: number, gender: 'm' | 'f'): Resolution | null {
    // (A last resort that reads link lines as before: "John Quill: we will fight on" above
    // the story's sentences names its subject as often as not.)
    for (const [p, s] of this.before(para, sentence, false)) {
      const text = this.doc.paras[p]!.text;
      const tokens = this.doc.paras[p]!.sentences[s]!.tokens;
      const words = text.slice(tokens[0]?.start ?? 0, tokens.at(-1)?.end ?? 0);
      // ("Vell was pleased with Quill’s pass": people named by surname count as much.)
      const surname = (x: Person) =>
        new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(x.surname)}(?![\\p{L}])`, 'u').test(words);
      const named = this.doc.people.list().filter((x) => words.includes(x.name) || surname(x));
      if (named.length === 0) continue;
      if (key(p, s) === this.unknownAt) return null;
      const fitting = named.filter((x) => x.gender === gender);
      // Someone of no gender the article tells, whom it already calls by surname alone (no
      // passer-by), may be the one meant as much.
      const untold = named.some((x) => x.gender === null && !words.includes(x.name));
      return fitting.length === 1 && !untold ? { kind: 'person', person: fitting[0]! } : null;
    }
    return null;
  }

  /** True when sentence `s` of paragraph `p` ends the paragraph just before `para` with a colon. */
  private introduces(p: number, s: number, para: number): boolean {
    const paragraph = this.doc.paras[p]!;
    const sentence = paragraph.sentences[s]!;
    return (
      p === para - 1 &&
      s === paragraph.sentences.length - 1 &&
      (paragraph.text.slice(sentence.start, sentence.end).trimEnd().endsWith(':') ||
        colonLikeIntro(paragraph.text.slice(sentence.start, sentence.end)))
    );
  }

  /** True when a paragraph is one quotation as a whole (its candidate has no sentence). */
  private quotedWhole(p: number): boolean {
    return this.doc.candidates.some(
      (c) => c.para === p && c.sentence === -1 && c.kind === 'direct',
    );
  }

  /**
   * The sentences `before` yields that may tell whom a pronoun at (`para`, `sentence`)
   * means: not the unmarked words after "Quill wrote:" nor a paragraph quoted whole.
   */
  private *narrationBefore(para: number, sentence: number): Generator<[number, number]> {
    // (In a labelled turn, "AFP: My question is … Lee said … He also pledged …", the
    // pronoun speaks inside the same voice, so the people that voice names are nearest.)
    const own = this.doc.paras[para];
    const voice = own && !own.label ? unmarkedVoice(own, sentence) : null;
    for (const [p, s] of this.before(para, sentence)) {
      // Someone's unmarked words after "Quill wrote:": whom they name is not whom "he" means.
      if (voice !== null && p === para && s > voice) continue;
      // A paragraph that is all one quotation (a quoted post, a statement's paragraph, an
      // answer): a name inside it is not who it is about.
      if (p < para && this.quotedWhole(p)) continue;
      yield [p, s];
    }
  }

  /** The sentences before a position, nearest first, as far as the lookback goes. */
  private *before(para: number, sentence: number, wide = true): Generator<[number, number]> {
    let p = para;
    let s = sentence < 0 ? (this.doc.paras[para]?.sentences.length ?? 0) : sentence;
    for (let n = 0; n < LOOKBACK_SENTENCES; n++) {
      s--;
      while (s < 0) {
        p--;
        if (p < 0) return;
        s = this.doc.paras[p]!.sentences.length - 1;
      }
      // "Carl and Gerty Cori: a prize-winning couple" among links to other stories: a
      // headline between the story's sentences, whose people "he" never means.
      // (`wide`: any block of links, none of which takes from the lookback; else only the
      // lines without a closing mark, each counted.)
      if (p < para && this.linkAmidStory(p, wide)) {
        s = 0;
        if (wide) n--;
        continue;
      }
      yield [p, s];
    }
  }

  /**
   * True for a line of a block of links to other stories printed amid the paragraphs: a
   * line without a sentence's closing mark after another headline's line (one without a
   * closing mark, or a question), once the story has begun. A photo's caption between two
   * sentences, or the headline and captions above the first sentence, name the story's
   * people and stay.
   */
  private linkAmidStory(p: number, wide: boolean): boolean {
    const lines = this.doc.paras.slice(0, p + 1).filter((q) => q.text !== '');
    const [before, line] = lines.slice(-2).map((q) => q.text.trim());
    if (line === undefined || before === undefined) return false;
    const begun = (upTo: number) =>
      lines.slice(0, upTo).some((q) => !UNPUNCTUATED.test(q.text) && !teaser(q.text));
    if (
      UNPUNCTUATED.test(line) &&
      (UNPUNCTUATED.test(before) || before.endsWith('?')) &&
      lines.slice(0, -2).some((q) => !UNPUNCTUATED.test(q.text))
    )
      return true;
    if (!wide) return false;
    // "Ciara Lind: ‘I just felt numb’", "Night shifts: why do nurses leave?": a link's
    // headline may end in a closing quote mark or a question mark too; two or more such
    // lines in a row (the one after counts) are a block of links, once the story has begun.
    if (!teaser(line)) return false;
    const after =
      this.doc.paras
        .slice(p + 1)
        .find((q) => q.text !== '')
        ?.text.trim() ?? '';
    if (teaser(before)) return begun(lines.length - 2);
    return teaser(after) && begun(lines.length - 1);
  }

  /** A sentence's subjects as written, before anything is resolved (`sentenceSubjects`). */
  private writtenAt(para: number, sentence: number): Subject[] {
    const k = key(para, sentence);
    const cached = this.written.get(k);
    if (cached) return cached;
    const p = this.doc.paras[para]!;
    const out = sentenceSubjects(p.sentences[sentence]!.tokens, p.text);
    this.written.set(k, out);
    return out;
  }

  /** Who a sentence is about: its speakers if it has any, else its subjects as written. */
  private subjectsAt(para: number, sentence: number): Referent[] {
    const k = key(para, sentence);
    const spoke = this.speakers.get(k);
    if (spoke && spoke.length > 0) return spoke;
    const cached = this.subjects.get(k);
    if (cached) return cached;
    if (this.busy.has(k)) return [];
    this.busy.add(k);
    const out: Referent[] = [];
    for (const subject of this.writtenAt(para, sentence)) {
      const r = this.resolve(subject, para, sentence);
      // A name we could not tell, or one that holds a given name read as no person.
      const untold =
        subject.kind === 'name' &&
        r.kind !== 'person' &&
        ((r.kind === 'unresolved' && r.personLike) ||
          subject.run.name.slice(0, -1).some((w) => givenName(w) !== undefined));
      // "Quill's father gave evidence …": someone a person has, whom we could not tell, is
      // who a later "he" may mean, as much as anyone named before.
      const owned =
        subject.kind === 'role' && r.kind === 'unresolved' && OWNED_ROLE.test(subject.text);
      if (untold || owned) this.unreadable.add(k);
      if (r.kind !== 'unresolved' && !out.some((o) => same(o, r))) out.push(r);
    }
    this.busy.delete(k);
    this.subjects.set(k, out);
    return out;
  }
}
