import { readEpithet } from './epithetHolders.ts';
import { isGroupNoun } from './groupNoun.ts';
import type { NameRun } from './parseNameRun.ts';
import { parseNameRun } from './parseNameRun.ts';
import {
  ADVERBS,
  ANONYMOUS_HEADS,
  ANONYMOUS_OPENERS,
  CLAUSE_BREAKS,
  CLAUSE_WORDS,
  CONTROL_VERBS,
  CROWD_NOUNS,
  DOCUMENT_NOUNS,
  INITIAL,
  INSTITUTION_NOUNS,
  MAX_RECORD_WORDS,
  NAME_PARTICLES,
  ORGANISATION_KIND_NOUNS,
  ORGANIZATION_WORDS,
  PLACES,
  PORTFOLIO_WORDS,
  POST_NOMINALS,
  PRONOUNS,
  ROLE_NOUNS,
  STATEMENT_NOUNS,
  SUBORDINATORS,
  TITLES,
  WEEKDAY_NAMES,
} from './patterns.ts';
import { ROLE_DETERMINERS } from './roleDeterminers.ts';
import type { Token } from './tokenize.ts';
import { isCapitalized, isQuoteToken, TERM_MASK } from './tokenize.ts';
import { withoutArticle } from './withoutArticle.ts';

/** Who an attribution names, before it is tied to a person. */
export type Subject =
  | { kind: 'pronoun'; gender: 'm' | 'f' | null; plural: boolean; text: string }
  /**
   * `described`: a surname alone after an article and a word that describes the person
   * ("said the bewildered Quill"): only the person the article names in full by it.
   */
  | { kind: 'name'; run: NameRun; text: string; role: string | null; described?: boolean }
  /** `label`: a transcript's label of a title alone ("REPORTER:"), an unnamed source when nobody holds it. */
  | { kind: 'role'; head: string; text: string; label?: boolean }
  /**
   * An institution, a place, a crowd: a subject that is not one person. `people`: several
   * unnamed people a relative "who" tells apart whatever their noun ("divers who testified").
   */
  | { kind: 'other'; text: string; people?: boolean }
  /** Several people speaking together ("Quill and Reed said", "… all say"): none of them alone. */
  | { kind: 'joint'; text: string };

/** A person's name or a personal pronoun ("Ada Quill", "she", "they"), not a description or a body. */
export const isPersonSubject = (subject: Subject): boolean =>
  subject.kind === 'name' ||
  (subject.kind === 'pronoun' && /^(?:he|she|they)$/i.test(subject.text));

/** The first person, "I" or "we": a speaker of their own words, or the writer in narration. */
export const isFirstPerson = (subject: Subject): boolean =>
  subject.kind === 'pronoun' && /^(?:i|we)$/i.test(subject.text);

/**
 * Dashes that set off a relative clause or an appositive after a subject ("Quill — who … — said"),
 * and a hyphen standing alone as one ("Quill - born … - said").
 */
const SET_OFF_DASHES = new Set(['—', '–', '--', '-']);
/** Words that open what such dashes set off: a relative clause, a role with its article, a birth name ("born as …"). */
const DASHED_OPENERS = new Set(['who', 'whose', 'a', 'an', 'the', 'born']);
/** Most tokens between the two dashes. */
const MAX_DASHED_TOKENS = 20;
const BOUNDARY_WORDS = new Set(
  'and but or that while as when if because although though after before since so which who whom where'.split(
    ' ',
  ),
);
/** Auxiliaries between a subject and its verb ("Park has said"). */
const AUXILIARIES = new Set(
  'has have had will would could did does do is was are were been'.split(' '),
);
const PREPOSITIONS = new Set(
  'of in for to at from with on by about over under into across near'.split(' '),
);
/**
 * Prepositions of the occasion or the channel of the words, between a speaker and the verb
 * ("Quill during Monday's board meeting said", "said Quill via a video link"): never part
 * of the speaker's name.
 */
const OCCASION_PREPOSITIONS = new Set('during via amid following throughout'.split(' '));
/** Longest occasion phrase between a subject and its verb ("during the town's monthly council meeting"). */
const MAX_OCCASION_TOKENS = 8;
/** A role's determiners, and "former" (", former minister Ada Quill"): an appositive's first word. */
const APPOSITIVE_START = new Set([...ROLE_DETERMINERS, 'former']);
/** A lawmaker's party and state ("R-Texas", "D-Ore.", "I-Vt."). */
const PARTY_STATE_TAG = /^[RDI]-\p{Lu}[\p{L}.]*$/u;
/**
 * Longest appositive ("Park Ji-won, the opposition leader, said") read between two commas:
 * long enough for two roles joined by "and" ("deputy head of the X Centre and professor of
 * Y at the Z School of W", 20 tokens), which is as long as news prints them.
 */
const MAX_APPOSITIVE_TOKENS = 22;

const isBoundary = (t: Token) =>
  CLAUSE_BREAKS.has(t.text) || isQuoteToken(t) || BOUNDARY_WORDS.has(t.text);
const isNameToken = (t: Token) =>
  (isCapitalized(t) && !CLAUSE_WORDS.has(t.word)) || TITLES.has(t.text) || INITIAL.test(t.text);
/**
 * Whether the name ending at `end` follows "and", and the sentence opens with another name
 * and its comma ("Ada Quill, the branch secretary, and Dr. Tomas Vell"): a pair of subjects.
 */
function pairOpensSentence(tokens: readonly Token[], end: number): boolean {
  let k = end;
  while (k >= 0 && isNameToken(tokens[k]!)) k--;
  if (tokens[k]?.word !== 'and') return false;
  let s = 0;
  while (s < k && isNameToken(tokens[s]!)) s++;
  return s > 0 && tokens[s]?.text === ',' && !tokens.slice(s, k).some(isQuoteToken);
}
/** Nouns and adjectives that end like adverbs ("the Quill family said", "the Tarrow daily said"). */
const NOT_ADVERBS = new Set(
  'family assembly ally rally supply anomaly monopoly italy july daily weekly monthly quarterly'.split(
    ' ',
  ),
);
/** A lower-case adverb of manner ending in "-ly" ("purportedly", "candidly", "tersely"). */
const mannerAdverb = (t: Token) => /^\p{Ll}{2,}ly$/u.test(t.text) && !NOT_ADVERBS.has(t.word);
/**
 * A name's word or a particle inside a name ("said Ana de la Fuente", "said Jan van der
 * Berg"): one or two particles between two name words.
 */
const inName = (seg: readonly Token[], k: number): boolean => {
  if (isNameToken(seg[k]!)) return true;
  const particle = (t: Token | undefined) => t !== undefined && NAME_PARTICLES.has(t.text);
  if (!particle(seg[k]) || k === 0) return false;
  const before =
    isNameToken(seg[k - 1]!) || (particle(seg[k - 1]) && k >= 2 && isNameToken(seg[k - 2]!));
  const after =
    (seg[k + 1] !== undefined && isNameToken(seg[k + 1]!)) ||
    (particle(seg[k + 1]) && seg[k + 2] !== undefined && isNameToken(seg[k + 2]!));
  return before && after;
};

/**
 * Where an occasion phrase that ends at token `i` opens ("Quill | during Monday's board
 * meeting | said"), when a name's word comes right before it; else -1.
 */
function occasionBefore(tokens: readonly Token[], i: number): number {
  for (let k = i; k > 0 && i - k < MAX_OCCASION_TOKENS; k--) {
    const t = tokens[k]!;
    if (isBoundary(t)) return -1;
    if (OCCASION_PREPOSITIONS.has(t.text)) return isNameToken(tokens[k - 1]!) ? k : -1;
  }
  return -1;
}

/**
 * Prepositions of company before a name ("talks with", "met alongside", "a case against");
 * "by" after a participle ("headed by", "led by") counts too.
 */
const COMPANY_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'alongside', 'against']);
/** Most words between such a preposition and the name ("with her Tarrow counterpart"). */
const MAX_COMPANY_GAP = 3;

/**
 * True when the name that ends at token `end` (printed as `name`) follows a preposition of
 * company, perhaps with a few words describing the person between ("with Tarrow
 * counterpart Tomas Vell"): the object of the preposition, never the sentence's subject.
 */
function afterCompanyPreposition(tokens: readonly Token[], end: number, name: string): boolean {
  const from = tokens[end]!.end - name.length;
  let k = end;
  while (k >= 0 && tokens[k]!.start >= from) k--;
  for (let gap = 0; k >= 0 && gap <= MAX_COMPANY_GAP; k--, gap++) {
    const t = tokens[k]!;
    if (CLAUSE_BREAKS.has(t.text) || isQuoteToken(t)) return false;
    if (COMPANY_PREPOSITIONS.has(t.text)) return true;
    // "The bench headed by Justice Ada Quill described …": the agent of a participle that
    // describes the subject, not the subject.
    if (t.text === 'by' && /^\p{Ll}+ed$/u.test(tokens[k - 1]?.text ?? '')) return true;
  }
  return false;
}

/** The subject written before a verb: "Lee", "President Lee", "he", "The ambassador", "Park Ji-won, the opposition leader,". */
export function subjectBefore(
  tokens: readonly Token[],
  verb: number,
  text: string,
): Subject | null {
  // "Quill while speaking to reporters outside the Harbour Party's office said": a
  // participle clause between the subject and its verb, as Indian wire copy prints it.
  for (let w = verb - 1; w > 0 && verb - w <= MAX_WHILE_TOKENS; w--) {
    const t = tokens[w]!;
    if (CLAUSE_BREAKS.has(t.text) || isQuoteToken(t)) break;
    if (t.text !== 'while' || !/^\p{Ll}{3,}ing$/u.test(tokens[w + 1]?.text ?? '')) continue;
    const named = nameEndingAt(tokens, w - 1, text);
    if (named?.kind === 'name') return named;
    break;
  }
  let i = verb - 1;
  // "Ada Quill — who could not recall another such case — said": a relative clause or an
  // appositive set off by dashes between the subject and its verb.
  if (SET_OFF_DASHES.has(tokens[i]?.text ?? '')) {
    const d = tokens.slice(0, i).findLastIndex((t) => SET_OFF_DASHES.has(t.text));
    if (
      d > 0 &&
      i - d <= MAX_DASHED_TOKENS &&
      DASHED_OPENERS.has(tokens[d + 1]?.word ?? '') &&
      !tokens.slice(d + 1, i).some(isQuoteToken)
    )
      i = d - 1;
  }
  while (i >= 0) {
    if (ADVERBS.has(tokens[i]!.text) || AUXILIARIES.has(tokens[i]!.text)) i--;
    // "Mr. Quill purportedly said", "Ada Quill candidly admitted": a manner adverb right
    // after a name is no part of it.
    else if (mannerAdverb(tokens[i]!) && i > 0 && isNameToken(tokens[i - 1]!)) i--;
    // "Lee today said", "Lee on Saturday told …": a day between the subject and its verb.
    else if (DAY_WORDS.has(tokens[i]!.text)) i -= tokens[i - 1]?.text === 'on' ? 2 : 1;
    // "Minister Quill last night told …", "Quill this week said": a time phrase too.
    else if (TIME_NOUNS.has(tokens[i]!.text) && /^(?:last|this)$/.test(tokens[i - 1]?.text ?? ''))
      i -= 2;
    // "Quill in a statement today claimed …", "Quill in a letter on Monday said": the
    // record the words came in.
    else if (occasionBefore(tokens, i) >= 0) i = occasionBefore(tokens, i) - 1;
    else if (STATEMENT_NOUNS.has(tokens[i]!.word)) {
      let k = i - 1;
      while (
        k > 0 &&
        i - k <= MAX_RECORD_WORDS + 1 &&
        /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k]!.text)
      ) {
        if (tokens[k]!.text === 'in' && k < i - 1) break;
        k--;
      }
      if (tokens[k]?.text !== 'in' || !isNameToken(tokens[k - 1] ?? tokens[k]!)) break;
      i = k - 1;
    } else break;
  }
  // "Quill declined to say", "the harbour warden failed to say", "Jeong went on to
  // criticise": the subject of the verb the infinitive hangs on.
  // Another infinitive ("companies need to tell callers …") names no speaker.
  if (tokens[i]?.word === 'to') {
    let k = i - 1;
    if (tokens[k]?.word === 'on' && tokens[k - 1]?.word === 'went') k--;
    return CONTROL_VERBS.has(tokens[k]?.word ?? '') ? subjectBefore(tokens, k, text) : null;
  }
  // "Norland Rail (NRL), which announced last week that …", "the board, which said …":
  // "which" never stands for a person; the body before its comma speaks.
  if (tokens[i]?.text === 'which' && tokens[i - 1]?.text === ',')
    return bodyBeforeComma(tokens, i, text);
  // "Quill of the small rival Harbour Party (HP) said": a bracketed abbreviation; "Tarrow
  // Freight Ltd (TF.L)(TFL.N) said", "Kestrel Inc. (Kestrel) (OTC: KSTL)- announced": a
  // company's short name and stock tickers.
  i = beforeBrackets(tokens, i);
  const last = tokens[i];
  if (!last) return null;
  // "Highlights of what the governor said:", "Excerpts from what Ada Quill told …": the
  // free relative's own subject speaks, not the heading's word before it.
  const what = freeRelative(tokens, i);
  if (what > 0) return subjectBefore(tokens.slice(what + 1), verb - what - 1, text);
  // "Quill of the small rival Harbour Party said": the name before "of" speaks.
  const ofName = nameBeforeOf(tokens, i, text);
  if (ofName) return ofName;
  const pronoun = pronounOf(last);
  if (pronoun) return pronoun;
  // "It said revenue would rise", "…, which it said will open in May": a company, a party or a
  // document the sentences before named, never a person.
  if (last.word === 'it' && (i === 0 || isBoundary(tokens[i - 1]!)))
    return { kind: 'pronoun', gender: null, plural: false, text: last.text };
  if (last.text === ',') {
    // "Dr. Ana Kowal of the Tarrow Institute in Rockville, Maryland, said": a place and its
    // state or country between commas belong to the phrase before them.
    const place = placeBefore(tokens, i);
    if (place >= 0) {
      const ofName = nameBeforeOf(tokens, place, text);
      if (ofName) return ofName;
    }
    // NAME, APPOSITIVE, verb — or ROLE, NAME, verb ("The health secretary, Miriam Calloway, has promised")
    // "Dr. Ana Kowal, a hydrologist at the Tarrow Institute in Rockville, Maryland, said":
    // the appositive ends before its place, and the state names nobody.
    // (Only when a comma opens that appositive: "Leader of the Opposition in Tarrow
    // Assembly, Tomas Varga, said" is an office, then the name.)
    const openedAt = (end: number) => {
      let k = end - 1;
      while (
        k >= 0 &&
        !CLAUSE_BREAKS.has(tokens[k]!.text) &&
        !isQuoteToken(tokens[k]) &&
        end - k <= MAX_APPOSITIVE_TOKENS
      )
        k--;
      return k;
    };
    const stop = place >= 0 && tokens[openedAt(place + 1)]?.text === ',' ? place + 1 : i;
    const j = openedAt(stop);
    const between = tokens.slice(j + 1, stop);
    if (tokens[j]?.text !== ',' || between.length === 0) return null;
    // "Dr. Ana Kowal, a surgeon at Tarrow Hospital in Rockville, Maryland, who led the
    // study, told …": a relative clause after such a place; the subject is before both.
    if (between[0]!.word === 'who' && placeBefore(tokens, j) >= 0) {
      const inner = subjectBefore(tokens, j + 1, text);
      if (inner?.kind === 'name') return inner;
    }
    const betweenText = text.slice(between[0]!.start, between[between.length - 1]!.end);
    // "The Sea Brotherhood, or Sons of the Tide, said": "or" gives the same body another
    // name, as papers print a group's translated name; never a person with a role.
    if (between[0]!.word === 'or') {
      const body = nameEndingAt(tokens, j - 1, text);
      return body ? { kind: 'other', text: body.text } : null;
    }
    // "Sen. Ada Quill, R-Texas, said": a lawmaker's party and state, as American papers
    // print them, between the name and its verb.
    if (between.length === 1 && PARTY_STATE_TAG.test(betweenText)) {
      const named = nameEndingAt(tokens, j - 1, text);
      if (named?.kind === 'name') return { ...named, role: betweenText };
    }
    // "The board's chair, Ada Quill of the Harbour Trust, said": the name before its
    // employer's, as between two commas after a role.
    const at = between.findIndex((t) => EMPLOYER_PREPOSITIONS.has(t.text));
    const employed =
      at > 0 &&
      tokens[j - 1] !== undefined &&
      !isNameToken(tokens[j - 1]!) &&
      between.slice(0, at).every(isNameToken) &&
      between.slice(at + 1).every((t) => isNameToken(t) || t.text === 'the') &&
      between.slice(at + 1).some(isNameToken);
    if (employed) {
      const run = parseNameRun(between.slice(0, at));
      const before = run ? roleEndingAt(tokens, j - 1, text) : null;
      const employer = text.slice(between[at]!.start, between.at(-1)!.end);
      if (run)
        return {
          kind: 'name',
          run,
          text: text.slice(between[0]!.start, between[at - 1]!.end),
          role: before?.kind === 'role' ? `${withoutArticle(before.text)} ${employer}` : employer,
        };
    }
    if (between.every(isNameToken)) {
      const run = parseNameRun(between);
      if (!run) return null;
      const before = roleEndingAt(tokens, j - 1, text);
      // "One of her oldest friends, Ada Quill, wrote": one of a group of people.
      const oneOf =
        before?.kind === 'other' &&
        /^(?:one|each) of\s/i.test(before.text) &&
        isGroupNoun(tokens[j - 1]!.word);
      const role = before?.kind === 'role' || oneOf ? withoutArticle(before!.text) : null;
      return { kind: 'name', run, text: betweenText, role };
    }
    // An appositive opens with a determiner, a lower-case word or a possessive ("Tallow's
    // largest supplier"); another capitalised word opens something else.
    const possessive = /[’']s$/.test(between[0]!.text);
    // "Ada Quill, Regional Councillor for Tourism, said", "Ada Quill, CEO of Acme, said": a
    // capitalised title phrase, as papers print an office after the name.
    const office = between.some((t) => TITLES.has(t.text) || ROLE_NOUNS.has(t.word));
    if (
      !APPOSITIVE_START.has(between[0]!.text.toLowerCase()) &&
      isCapitalized(between[0]) &&
      !possessive &&
      !office
    )
      return null;
    // "Tola Adeyemi, 19, who helped …, said": an age between the name and its appositive.
    const age = /^\d{1,3}$/.test(tokens[j - 1]?.text ?? '') && tokens[j - 2]?.text === ',';
    // "Susan Quill, Ph.D., associate director of …, said": degree letters after the name.
    const lettered =
      POST_NOMINALS.has((tokens[j - 1]?.text ?? '').replace(/\./g, '')) &&
      tokens[j - 2]?.text === ',';
    // "Kestrel Inc. (NASDAQ: KSTL), a maker of valves, announced": tickers before the appositive.
    // "Quill, R-Ky., who has long opposed the bill, said": a lawmaker's party and state.
    const tagged = PARTY_STATE_TAG.test(tokens[j - 1]?.text ?? '') && tokens[j - 2]?.text === ',';
    // "Ada Kowal of the Tarrow Institute in Linden, Mass., chair of the trust, said": a
    // town and its state before the appositive belong to the employer's phrase, and the
    // state names nobody.
    const placed = placeBefore(tokens, j);
    const placedName = placed >= 0 ? nameBeforeOf(tokens, placed, text) : null;
    if (placedName?.kind === 'name') return placedName;
    const named = nameEndingAt(
      tokens,
      beforeBrackets(tokens, age || lettered || tagged ? j - 3 : j - 1),
      text,
    );
    // "Comrade Ada Quill, the branch secretary, and Dr. Tomas Vell, its chair, insisted …":
    // the second of two named people "and" joins speaks with the first, never alone.
    if (named?.kind === 'name' && pairOpensSentence(tokens, j - 1))
      return { kind: 'joint', text: text.slice(tokens[0]!.start, tokens[j - 1]!.end) };
    if (named?.kind === 'name') return { ...named, role: withoutArticle(betweenText) };
    // "Marrow & Salt, the group that owns the restaurant, said": a firm and what it is.
    if (named?.kind === 'other' && named.text.includes('&')) return named;
    // "Parents, who read …, said": a group of people and what it did.
    if (named?.kind === 'other' && isGroupNoun(named.text.split(/\s+/).at(-1)!)) return named;
    // "“…,” Ada Quill, of the Harbour Party, the second-biggest bloc in Tarrow, told Moro":
    // two appositives, the first an "of" phrase, between the name and its verb.
    if (APPOSITIVE_START.has(between[0]!.text.toLowerCase())) {
      let k = j - 1;
      while (k >= 0 && !CLAUSE_BREAKS.has(tokens[k]!.text) && j - k <= MAX_OF_PHRASE_TOKENS) k--;
      const first = tokens[k + 1];
      const ofNamed =
        tokens[k]?.text === ',' && first?.text === 'of' ? nameEndingAt(tokens, k - 1, text) : null;
      if (ofNamed?.kind === 'name')
        return { ...ofNamed, role: text.slice(first!.start, between.at(-1)!.end) };
    }
    // "A senior official at the ministry, who would not give a name, said", "A spokesperson
    // for the cooperative, Tallow's largest supplier, said": someone unnamed.
    const opener = between[0]!.text.toLowerCase();
    const described = possessive || opener === 'who' || ROLE_DETERMINERS.has(opener);
    const unnamed = described ? roleEndingAt(tokens, j - 1, text) : null;
    if (unnamed?.kind === 'role') return unnamed;
    // "The ministry, however, said", "The union, which represents …, said", "The study,
    // published Wednesday in a journal, noted": a body, then an aside set off by commas.
    // ("The club, in a short statement, said": the record the words came in is an aside too.)
    const aside =
      ASIDE_OPENERS.has(between[0]!.word) ||
      /^\p{Ll}+ed$/u.test(between[0]!.text) ||
      recordAside(between);
    return aside ? bodyBeforeComma(tokens, j + 1, text) : null;
  }
  // "Holt's tweet said", "Quill's written statement reads": the one whose record it is.
  const owner = ownerOfRecord(tokens, i, text);
  if (owner) return owner;
  const direct = nameEndingAt(tokens, i, text) ?? roleEndingAt(tokens, i, text);
  // "Ada Quill, the harbour's commercial director said": an appositive whose closing comma
  // the copy left out describes the full name before its opening comma.
  const described = direct?.kind === 'role' ? nameBeforeAppositive(tokens, i, text) : null;
  if (described) return { ...described, role: withoutArticle(direct!.text) };
  // "Ada Quill, the minister for fisheries in the Chief Warden’s Department said", "Tomas
  // Vell, a scientist at Harbour’s Tide Laboratory said", "Sgt Piet Garroway, of the Tarrow
  // Police Department says": the same, when the appositive ends in the employer's name.
  const employed =
    direct && direct.kind !== 'role' && direct.kind !== 'pronoun'
      ? employerAppositive(tokens, i, text)
      : null;
  if (employed) return employed;
  // "Ada Quill in talks with her Tarrow counterpart Tomas Vell said": the name a preposition
  // of company introduces is the one met, not the subject, whom the copy put before it.
  if (direct?.kind === 'name' && afterCompanyPreposition(tokens, i, direct.text)) return null;
  if (direct) return direct;
  // "A harbour clerk who would not be identified … said": the one the relative
  // clause describes.
  let w = i;
  while (w >= 0 && i - w <= MAX_RELATIVE_TOKENS && tokens[w]!.text !== 'who') {
    if (CLAUSE_BREAKS.has(tokens[w]!.text) || isQuoteToken(tokens[w])) return null;
    w--;
  }
  if (w <= 0 || tokens[w]!.text !== 'who') return null;
  // "… the lawyer Nils Ardent, who confirmed …": a relative clause set off by a comma
  // speaks for the person named before it; after a role ("the source, who said …, told")
  // the sentence's own attribution usually follows, so only a name counts.
  if (tokens[w - 1]?.text === ',') {
    const named = antecedent(tokens, w - 2, text);
    if (named && !PARTY_STATE_TAG.test(named.text)) return named;
    return nameBeforeRelative(tokens, w, text) ?? setOffGroup(tokens, w, verb, text);
  }
  return (
    groupBeforeWho(tokens, w, text) ??
    nameEndingAt(tokens, w - 1, text) ??
    roleEndingAt(tokens, w - 1, text)
  );
}

/** Verbs of an attribution a group's relative clause may sit inside ("the source, who said …, told"). */
const ATTRIBUTION_VERB = /^(?:said|says|say|told|tells|added|adds|wrote|writes|explained|noted)$/;

/**
 * "The crews, who added that …", "…, including divers, who testified that …": the group
 * of unnamed people before the comma of a relative "who" at `w`, whose verb is `verb`. Null when the group is itself an inverted attribution's ("…, said the
 * inspectors, who added …": that one reads first) or its relative clause sits inside its
 * own attribution ("the source, who said …, told Reuters"): then the attribution around
 * it is the sentence's.
 */
function setOffGroup(
  tokens: readonly Token[],
  w: number,
  verb: number,
  text: string,
): Subject | null {
  const group = groupBeforeWho(tokens, w - 1, text);
  if (!group) return null;
  const from = tokens.findIndex((t) => t.start === tokens[w - 2]!.end - group.text.length);
  if (ATTRIBUTION_VERB.test(tokens[from - 1]?.word ?? '')) return null;
  const comma = tokens.findIndex((t, k) => k > verb && t.text === ',');
  const after = tokens.slice(comma + 1, comma + 3).find((t) => !ADVERBS.has(t.text));
  if (comma > 0 && ATTRIBUTION_VERB.test(after?.word ?? '')) return null;
  return group;
}

/**
 * True for an aside that names the record words came in ("in a statement", "in a written
 * statement on Monday"): "in", at most `MAX_RECORD_WORDS` words, then a statement noun.
 */
const recordAside = (between: readonly Token[]) =>
  between[0]?.word === 'in' &&
  between.length <= MAX_OCCASION_TOKENS &&
  between.slice(1, MAX_RECORD_WORDS + 2).some((t) => STATEMENT_NOUNS.has(t.word));

/** Words that open an aside between a body and its verb ("The ministry, however, said"). */
const ASIDE_OPENERS = new Set(
  'which however meanwhile though too also instead nonetheless nevertheless moreover'.split(' '),
);

/**
 * The body before the comma at `w - 1` that a relative "which" or an aside at `w` follows:
 * an organisation's name, perhaps with its tickers ("Tarrow Inc. (TRW), which said …"), or
 * a phrase headed by an institution or document noun ("the harbour board, which announced
 * …", "The study, published …, noted"). Never a person: a name read as one is the body's
 * (a person's name before an aside is read before this). Null when the phrase is neither.
 */
function bodyBeforeComma(tokens: readonly Token[], w: number, text: string): Subject | null {
  const end = beforeBrackets(tokens, w - 2);
  const last = tokens[end];
  if (!last) return null;
  if (isNameToken(last)) {
    const body = nameEndingAt(tokens, end, text);
    return body && body.kind !== 'pronoun' && body.kind !== 'joint'
      ? { kind: 'other', text: body.text }
      : null;
  }
  if (!INSTITUTION_NOUNS.has(last.word) && !DOCUMENT_NOUNS.has(last.word)) return null;
  // "the harbour board": from its determiner, over its modifiers only.
  for (let k = end - 1; k >= 0 && end - k <= MAX_BODY_WORDS; k--) {
    const t = tokens[k]!;
    if (/^(?:the|a|an|its|their)$/i.test(t.text))
      return { kind: 'other', text: text.slice(t.start, last.end) };
    if (PREPOSITIONS.has(t.text) || !/^[\p{L}-]+$/u.test(t.text)) return null;
  }
  return null;
}
/** Most words of a body's phrase before "which" ("the regional harbour board"). */
const MAX_BODY_WORDS = 5;

/**
 * "residents who said …", "researchers at the Tarrow Institute who reported that …": the
 * group of unnamed people the relative clause at `w` describes (a group noun, perhaps with
 * its employer after "at", "of", "from" or "with"), from its first modifier: an anonymous
 * source, never one person. Null when "who" follows anything else.
 */
function groupBeforeWho(tokens: readonly Token[], w: number, text: string): Subject | null {
  const end = w - 1;
  let h = end;
  if (tokens[h] && isNameToken(tokens[h]!)) {
    // ("the University of Tarrow": an "of" between two capitalised words is the name's own.)
    const inName = (t: Token) =>
      isNameToken(t) ||
      t.text === 'the' ||
      (NAME_JOINERS.has(t.text) && h > 0 && isNameToken(tokens[h - 1]!));
    while (h >= 0 && inName(tokens[h]!)) h--;
    const employer = EMPLOYER_PREPOSITIONS.has(tokens[h]?.text ?? '');
    // "… came under fire from the Harbour Democrats who claim that …": a body's name after
    // "the" speaks as that body (a party, a union), never as one person.
    if (
      tokens[h + 1]?.text === 'the' &&
      end > h + 1 &&
      !(employer && isGroupNoun(tokens[h - 1]?.word ?? ''))
    )
      return { kind: 'other', text: text.slice(tokens[h + 1]!.start, tokens[end]!.end) };
    if (!employer) return null;
    h--;
  }
  const head = tokens[h];
  // ("divers who testified that …": "who" makes any plural before it people, unnamed.)
  const plural = /^\p{Ll}{3,}[^s]s$/u.test(head?.text ?? '') && h === end;
  if (!head || !/^\p{Ll}/u.test(head.text) || !(isGroupNoun(head.word) || plural)) return null;
  let from = h;
  for (let k = h - 1; k >= 0 && h - k <= MAX_COLLECTIVE_LEAD; k--) {
    const t = tokens[k]!;
    if (/^(?:the|a|an|some|many|other|several)$/i.test(t.text)) {
      from = k;
      break;
    }
    if (
      !/^\p{Ll}[\p{Ll}-]*$/u.test(t.text) ||
      PREPOSITIONS.has(t.text) ||
      GROUP_STOPS.has(t.text) ||
      /ing$/.test(t.text)
    )
      break;
    from = k;
  }
  const phrase = text.slice(tokens[from]!.start, tokens[end]!.end);
  return plural && !isGroupNoun(head.word)
    ? { kind: 'other', text: phrase, people: true }
    : { kind: 'other', text: phrase };
}
/** Words that end a group's modifiers going back ("criticised by residents", "than analysts"). */
const GROUP_STOPS = new Set(
  'as than and or but that which who whom when while if because'.split(' '),
);
/**
 * "Sen. Ada Quill, R-Tenn., who …", "Jo Reed, 52, who …", "Ben Holt, a harbour pilot, who
 * …": the full name before an appositive (a party and state, an age, a role opened by an
 * article) that stands between it and the relative clause at `w`. Null otherwise.
 */
function nameBeforeRelative(
  tokens: readonly Token[],
  w: number,
  text: string,
): Extract<Subject, { kind: 'name' }> | null {
  let j = w - 2;
  while (j >= 0 && !CLAUSE_BREAKS.has(tokens[j]!.text) && w - j <= MAX_APPOSITIVE_TOKENS) j--;
  const appositive = tokens.slice(j + 1, w - 1);
  if (tokens[j]?.text !== ',' || appositive.length === 0) return null;
  const said = text.slice(appositive[0]!.start, appositive.at(-1)!.end);
  const fits =
    PARTY_STATE_TAG.test(said) ||
    /^\d{1,3}$/.test(said) ||
    /^(?:a|an|the)$/i.test(appositive[0]!.text);
  if (!fits) return null;
  const named = antecedent(tokens, j - 1, text, true);
  return named && named.run.name.length >= 2 ? named : null;
}

/**
 * The name ending at `end` that a relative clause after it describes: a subject's, a
 * source's after "by" or "from" ("remarks echoed by Ada Quill, who said …"), or after any
 * preposition when an appositive binds the clause to the name (`bound`: "asked about Ben
 * Holt, a pilot, who said …"). After other prepositions the clause may describe someone
 * else ("many critical of Quill, who suggested …").
 */
function antecedent(
  tokens: readonly Token[],
  end: number,
  text: string,
  bound = false,
): Extract<Subject, { kind: 'name' }> | null {
  if (end < 0 || !isNameToken(tokens[end]!)) return null;
  let s = end;
  while (s > 0 && isNameToken(tokens[s - 1]!)) s--;
  const named =
    bound || /^(?:by|from|for|with|to|against|about)$/.test(tokens[s - 1]?.text ?? '')
      ? nameEndingAt(tokens.slice(s, end + 1), end - s, text)
      : nameEndingAt(tokens, end, text);
  return named?.kind === 'name' ? named : null;
}

/** The nearest boundary (a comma, a quotation mark, a clause word) at or before token `i`; -1 for none. */
function boundaryBefore(tokens: readonly Token[], i: number): number {
  let j = i;
  while (j >= 0 && !isBoundary(tokens[j]!)) j--;
  return j;
}

/**
 * The full name (two words or more) before the comma that opens the role phrase ending at
 * `i`, when that name opens its clause: at the sentence's start, or after a quotation or
 * a comma ("“…,” Ada Quill, a scientist at the institute said"). Null otherwise.
 */
function nameBeforeAppositive(
  tokens: readonly Token[],
  i: number,
  text: string,
): Extract<Subject, { kind: 'name' }> | null {
  const j = boundaryBefore(tokens, i);
  if (tokens[j]?.text !== ',' || i - j > MAX_APPOSITIVE_TOKENS) return null;
  let k = j - 1;
  while (k >= 0 && isNameToken(tokens[k]!)) k--;
  const run = tokens.slice(k + 1, j);
  if (run.length < 2) return null;
  const opener = tokens[k];
  if (opener && !isQuoteToken(opener) && opener.text !== ',') return null;
  return fullName(run, text);
}

/**
 * The full name before an appositive that ends at token `i` in its employer's name, the
 * closing comma left out: one that says what the person is there ("the minister for
 * fisheries in the Prime Minister’s Department", "a scientist at Harbour’s Tide
 * Laboratory": an article, then a role noun and a preposition before the capitals) or
 * whom they are with ("of the Tarrow Police Department"). Null otherwise.
 */
function employerAppositive(
  tokens: readonly Token[],
  i: number,
  text: string,
): Extract<Subject, { kind: 'name' }> | null {
  const between = tokens.slice(boundaryBefore(tokens, i) + 1, i + 1);
  if (between.length < 3 || !isNameToken(tokens[i]!)) return null;
  const first = between[0]!.text;
  const role = between.findIndex(
    (t, k) =>
      /^\p{Ll}/u.test(t.text) &&
      ROLE_NOUNS.has(t.word) &&
      (EMPLOYER_PREPOSITIONS.has(between[k + 1]?.text ?? '') ||
        between[k + 1]?.text === 'in' ||
        between[k + 1]?.text === 'for'),
  );
  const fits =
    (/^(?:the|a|an)$/i.test(first) && role > 0) || (first === 'of' && between[1]?.text === 'the');
  if (!fits) return null;
  const named = nameBeforeAppositive(tokens, i, text);
  return named
    ? {
        ...named,
        role: withoutArticle(text.slice(between[0]!.start, tokens[i]!.end)),
      }
    : null;
}

/**
 * The tokens `run` read as a full name (two name words or more, a title apart), printed as
 * the text spans them ("Ada Quill" in "Ada Quill, a scientist at …"); else null.
 */
export function fullName(
  run: readonly Token[],
  text: string,
): Extract<Subject, { kind: 'name' }> | null {
  const parsed = parseNameRun(run);
  if (!parsed || parsed.name.length < 2) return null;
  return {
    kind: 'name',
    run: parsed,
    text: text.slice(run[0]!.start, run.at(-1)!.end),
    role: null,
  };
}

/** What "last" or "this" makes a time between a subject and its verb ("last night", "this week"). */
const TIME_NOUNS = new Set('night week month year morning afternoon evening weekend'.split(' '));

/** Days that may stand between a subject and its verb, as printed mid-sentence ("Lee on Saturday said"). */
export const DAY_WORDS = new Set([
  ...'today yesterday tonight'.split(' '),
  ...WEEKDAY_NAMES.map((d) => d[0]!.toUpperCase() + d.slice(1)),
]);

/** Most tokens of a "while …ing" clause between a name and its verb ("while addressing a rally in …"). */
const MAX_WHILE_TOKENS = 16;

/** Most tokens of an "of" phrase set off by commas after a name (", of the main opposition party,"). */
const MAX_OF_PHRASE_TOKENS = 8;

/** Most tokens of a relative clause between a speaker and the verb ("who spoke on condition of …"). */
const MAX_RELATIVE_TOKENS = 25;

/** Words inside an organisation's name ("Committee on Transport and Harbours"). */
const NAME_JOINERS = new Set(['and', 'of', 'on', 'for', '&']);
/** Prepositions that open a place phrase ("in Rockville, Maryland"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'near']);

/**
 * For a comma at `comma` that closes "PREP Place, Region," ("in Rockville, Maryland,"),
 * the index of the last token before the preposition; -1 when the comma closes no such phrase.
 */
function placeBefore(tokens: readonly Token[], comma: number): number {
  let k = comma - 1;
  while (k >= 0 && isCapitalized(tokens[k]) && comma - k <= 3) k--;
  if (k === comma - 1 || tokens[k]?.text !== ',') return -1;
  let m = k - 1;
  while (m >= 0 && isCapitalized(tokens[m]) && k - m <= 3) m--;
  if (m === k - 1 || !PLACE_PREPOSITIONS.has(tokens[m]?.text ?? '')) return -1;
  return m - 1;
}

/** Most tokens inside brackets skipped before a verb ("(DP)", "(D-N.J.)"). */
const MAX_BRACKET_TOKENS = 6;
/** Most bracketed groups skipped after a name: a short name and two stock tickers. */
const MAX_BRACKET_GROUPS = 3;

/**
 * The index before the bracketed groups (and a dash after them) that end at `i`: "(HP)",
 * "(TF.L)(TFL.N)", "(Kestrel) (OTC: KSTL)-". `i` itself when none ends there.
 */
function beforeBrackets(tokens: readonly Token[], i: number): number {
  let k = i;
  if (tokens[k]?.text === '-' && tokens[k - 1]?.text === ')') k--;
  for (let n = 0; n < MAX_BRACKET_GROUPS && tokens[k]?.text === ')'; n++) {
    const open = tokens.slice(0, k).findLastIndex((t) => t.text === '(');
    if (open <= 0 || k - open > MAX_BRACKET_TOKENS) break;
    k = open - 1;
  }
  return k === i || tokens[k] === undefined ? i : k;
}

/**
 * The index of "what" after "of" or "from" in the phrase ending at `i` ("Highlights of
 * what the governor"), with words between it and `i`; -1 when there is none.
 */
function freeRelative(tokens: readonly Token[], i: number): number {
  for (let k = i - 1; k > 0 && i - k <= MAX_APPOSITIVE_TOKENS; k--) {
    if (isBoundary(tokens[k]!)) return -1;
    if (tokens[k]!.word === 'what')
      return tokens[k - 1]!.word === 'of' || tokens[k - 1]!.word === 'from' ? k : -1;
  }
  return -1;
}

/** "NAME of the ORGANISATION" ending at `i`: NAME at a clause start, then "of", then up to `i`. */
/** Prepositions that join a person to their employer ("of", "with", "at", "from"). */
const EMPLOYER_PREPOSITIONS = new Set(['of', 'with', 'at', 'from']);

function nameBeforeOf(tokens: readonly Token[], i: number, text: string): Subject | null {
  let j = i;
  while (j >= 0 && !isBoundary(tokens[j]!) && i - j <= MAX_APPOSITIVE_TOKENS) j--;
  const seg = tokens.slice(j + 1, i + 1);
  // "Shaw Quill with Harbour Technology Research told …", "Ada Quill at Tarrow Bank said",
  // "Ada Quill from the party's political office said".
  const of = seg.findIndex((t) => EMPLOYER_PREPOSITIONS.has(t.text));
  if (of <= 0) return null;
  // "Bank of Tarrow chief executive Ada Quill said", "Lions of Delta coach Ada Quill says":
  // the "of" phrase is a club's or a company's name, and the name after its role word speaks.
  const roleAt = seg.findLastIndex((t, k) => k > of && ROLE_NOUNS.has(t.word));
  if (roleAt > of && roleAt < seg.length - 1 && seg.slice(roleAt + 1).every(isNameToken)) {
    const named = parseNameRun(seg.slice(roleAt + 1));
    if (!named) return null;
    const role = text.slice(seg[0]!.start, seg[roleAt]!.end);
    return {
      kind: 'name',
      run: named,
      text: text.slice(seg[roleAt + 1]!.start, seg.at(-1)!.end),
      role,
    };
  }
  // "Tarrow Division of Harbour Safety officials say", "Bank of Tarrow analysts said", "…
  // Health spokeswoman said": the people the phrase ends on speak, unnamed; the name before
  // "of" is their employer's.
  const last = seg.at(-1)!;
  // (A name right before "of", and one capitalised after it: "… of a spread of broker
  // forecasts" names no employer.)
  const employer = seg.slice(of + 1, -1).filter((t) => t.word !== 'the');
  if (
    of > 0 &&
    isNameToken(seg[of - 1]!) &&
    employer.length > 0 &&
    employer.every(isNameToken) &&
    /^\p{Ll}/u.test(last.text)
  ) {
    const phrase = text.slice(seg[0]!.start, last.end);
    if (isGroupNoun(last.word)) return { kind: 'other', text: phrase };
    if (ROLE_NOUNS.has(last.word) || ANONYMOUS_HEADS.has(last.word))
      return { kind: 'role', head: last.word, text: phrase };
  }
  // "Lead author Dr. Ana Kowal of …": role words may come before the name.
  let first = of;
  while (first > 0 && isNameToken(seg[first - 1]!)) first--;
  // "But Ada Quill of …": a clause opener before the name is no part of it.
  let opener = 0;
  while (opener < first && CLAUSE_WORDS.has(seg[opener]!.word)) opener++;
  const prefix = seg.slice(opener, first);
  if (first === of || (prefix.length > 0 && !prefix.some((t) => ROLE_NOUNS.has(t.word))))
    return null;
  const run = parseNameRun(seg.slice(first, of));
  if (!run) return null;
  const ofPhrase = text.slice(seg[of]!.start, seg[seg.length - 1]!.end);
  const role =
    prefix.length > 0
      ? `${text.slice(prefix[0]!.start, prefix.at(-1)!.end)} ${ofPhrase}`
      : ofPhrase;
  return { kind: 'name', run, text: text.slice(seg[first]!.start, seg[of - 1]!.end), role };
}

/** The subject written after its verb when the quotation comes first: "…,” said the minister. */
export function subjectAfter(tokens: readonly Token[], verb: number, text: string): Subject | null {
  const before = tokens[verb - 1];
  // "… are “straightforward,” said Ada Quill, a hydrologist.": a short term in marks
  // closes the words the verb after it gives, as a quotation does.
  const marked = (t: Token | undefined) =>
    isQuoteToken(t) || t?.text.startsWith(TERM_MASK) === true;
  const quoted = marked(before) || (before?.text === ',' && marked(tokens[verb - 2]));
  if (!quoted) return null;
  const segEnd = (from: number) => {
    let end = from;
    while (
      end < tokens.length &&
      !CLAUSE_BREAKS.has(tokens[end]!.text) &&
      !PREPOSITIONS.has(tokens[end]!.text) &&
      !OCCASION_PREPOSITIONS.has(tokens[end]!.text) &&
      !BOUNDARY_WORDS.has(tokens[end]!.text)
    )
      end++;
    return end;
  };
  const end = segEnd(verb + 1);
  const seg = tokens.slice(verb + 1, end);
  if (seg.length === 0) return null;
  const abbreviated = roleAfterAbbreviation(tokens, verb, end, segEnd, text);
  if (abbreviated) return abbreviated;
  const pronoun = seg.length === 1 ? pronounOf(seg[0]!) : null;
  if (pronoun) return pronoun;
  // A title or a role whose "of" or "in" phrase comes before the name (not "said Quill of
  // the Harbour Party", a name already; "said University of Tarrow ice scientist Ada Quill"
  // starts with a body's name).
  if (
    PREPOSITIONS.has(tokens[end]?.text ?? '') &&
    !(
      seg.every(isNameToken) &&
      parseNameRun(seg) !== null &&
      !seg.some((t) => ORGANIZATION_WORDS.has(t.word))
    )
  ) {
    const named = nameAfterLongTitle(tokens, verb, end, text);
    if (named) return named;
  }
  if (nameSegment(seg)) {
    const run = parseNameRun(seg);
    const segText = text.slice(seg[0]!.start, seg[seg.length - 1]!.end);
    if (!run) return { kind: 'role', head: seg[seg.length - 1]!.word, text: segText };
    let role: string | null = null;
    const comma = tokens[end];
    const after = tokens[end + 1];
    // ", the chief …", ", a fellow …", ", President and Chief Executive Officer of …"
    const titled = after !== undefined && capitalisedTitle(tokens, end + 1);
    if (comma?.text === ',' && after && (APPOSITIVE_START.has(after.text) || titled)) {
      let k = end + 1;
      while (k < tokens.length && !CLAUSE_BREAKS.has(tokens[k]!.text)) k++;
      role = withoutArticle(text.slice(tokens[end + 1]!.start, tokens[k - 1]!.end));
    }
    // "…,” said Orrin Tadlow of the Union of Worried Engineers": where the speaker works.
    const employer = after?.text === 'the' ? tokens[end + 2] : after;
    if (EMPLOYER_PREPOSITIONS.has(comma?.text ?? '') && isCapitalized(employer)) {
      let k = end + 1;
      while (k < tokens.length && !CLAUSE_BREAKS.has(tokens[k]!.text) && !isQuoteToken(tokens[k]))
        k++;
      role = text.slice(comma!.start, tokens[k - 1]!.end);
    }
    return { kind: 'name', run, text: segText, role };
  }
  // "…,” said minister Zara Okafor", "said Harrow Freight chief executive Tomas Vell": a role
  // in lower case, then the person's name. The name is the subject and the role describes
  // them; read as a role alone, "minister" would mean whichever minister the article named
  // first, someone else.
  if (isNameToken(seg[seg.length - 1]!)) {
    const named = nameEndingAt(tokens, end - 1, text);
    if (named?.kind === 'name' && named.role !== null) return named;
  }
  // "…,” said Harbour Party floor leader Rep. Seo Min-ha": role words, then the name.
  let first = seg.length;
  while (first > 0 && isNameToken(seg[first - 1]!)) first--;
  const tail = seg.slice(first);
  const named = first > 0 && tail.length > 0 ? parseNameRun(tail) : null;
  if (named && (named.title !== null || named.name.length >= 2))
    return {
      kind: 'name',
      run: named,
      text: text.slice(tail[0]!.start, tail.at(-1)!.end),
      role: withoutArticle(text.slice(seg[0]!.start, seg[first - 1]!.end)),
    };
  // "…,” said the bewildered Quill": an article and words in lower case that describe, then
  // a surname alone.
  if (named && tail.length === 1 && describedSurname(seg.slice(0, first)))
    return { kind: 'name', run: named, text: tail[0]!.text, role: null, described: true };
  return namedAfterRole(tokens, end, text, seg) ?? roleEndingAt(tokens, end - 1, text, verb + 1);
}

/** Most words describing a surname between its article and it ("the visibly bewildered"). */
const MAX_DESCRIBING_WORDS = 2;

/**
 * True for what comes before a surname alone in "the bewildered Quill", "a beaming Quill":
 * "the" or "a", then one or two words in lower case that are no role ("the coach Quill" is
 * a role's, read as one) and no determiner.
 */
function describedSurname(words: readonly Token[]): boolean {
  const [article, ...rest] = words;
  return (
    article !== undefined &&
    /^(?:the|a|an)$/i.test(article.text) &&
    rest.length >= 1 &&
    rest.length <= MAX_DESCRIBING_WORDS &&
    rest.every(
      (t) =>
        /^\p{Ll}+$/u.test(t.text) &&
        !ROLE_NOUNS.has(t.word) &&
        !ANONYMOUS_HEADS.has(t.word) &&
        !ROLE_DETERMINERS.has(t.word) &&
        !CLAUSE_WORDS.has(t.word),
    )
  );
}

/** A body's abbreviation in brackets after its name ("(HRC)", "(ZEC)"). */
const BRACKETED_ABBREVIATION = /^\p{Lu}{2,6}$/u;

/**
 * "…,” said Tarrow Harbour Commission (THC) chairwoman Orla Brennick at …": the body's
 * name, its abbreviation in brackets, then a role in lower case and the full name. The
 * brackets end no subject here: the person is the speaker, the body and role describe
 * her (not the body speaking as itself). Null unless a role noun in lower case stands
 * right before a name of two words or more that ends the phrase.
 */
function roleAfterAbbreviation(
  tokens: readonly Token[],
  verb: number,
  end: number,
  segEnd: (from: number) => number,
  text: string,
): Subject | null {
  if (tokens[end]?.text !== '(' || tokens[end + 2]?.text !== ')') return null;
  if (!BRACKETED_ABBREVIATION.test(tokens[end + 1]!.text)) return null;
  const last = segEnd(end + 3);
  let first = last;
  while (first > end + 3 && isNameToken(tokens[first - 1]!)) first--;
  const role = tokens[first - 1];
  if (first === last || first <= end + 3 || !role || !/^\p{Ll}/u.test(role.text)) return null;
  if (!ROLE_NOUNS.has(role.word)) return null;
  const run = parseNameRun(tokens.slice(first, last));
  if (!run || run.title !== null || run.name.length < 2) return null;
  return {
    kind: 'name',
    run,
    text: text.slice(tokens[first]!.start, tokens[last - 1]!.end),
    role: text.slice(tokens[verb + 1]!.start, role.end),
  };
}

/** Most capitalised words of a title printed after a name ("Senior Vice President"). */
const MAX_TITLE_WORDS = 4;

/**
 * True when a title opens at token `at`: a title or a role word ("President", "the chief"),
 * or a few capitalised words that end in one ("Country Director", "Regional Sales Manager").
 */
function capitalisedTitle(tokens: readonly Token[], at: number): boolean {
  const isTitle = (t: Token) => TITLES.has(t.text) || ROLE_NOUNS.has(t.word);
  if (isTitle(tokens[at]!)) return true;
  for (let k = at; k < tokens.length && k - at < MAX_TITLE_WORDS; k++) {
    if (!isCapitalized(tokens[k])) return false;
    if (isTitle(tokens[k]!)) return true;
  }
  return false;
}

/** What may follow a name set off after an inverted speaker's role ("…, Jo Reed, who …", "…, Jo Reed, 34"). */
export const AFTER_APPOSED_NAME = /^(?:who|a|an|the|\d+)$/;

/**
 * "“…,” wrote one user, Ada Quill.", "said a neighbour, Ben Holt, who …": the role an
 * inverted verb gives, then after a comma the person's full name closing the sentence (or
 * before an apposition of its own): the name is the speaker, the role describes them.
 */
function namedAfterRole(
  tokens: readonly Token[],
  end: number,
  text: string,
  seg: readonly Token[],
): Subject | null {
  if (tokens[end]?.text !== ',') return null;
  let k = end + 1;
  while (k < tokens.length && isNameToken(tokens[k]!)) k++;
  const name = tokens.slice(end + 1, k);
  const next = tokens[k];
  const closes =
    next === undefined ||
    /^[.!?]$/.test(next.text) ||
    (next.text === ',' && AFTER_APPOSED_NAME.test(tokens[k + 1]?.word ?? ''));
  const run = name.length >= 2 && closes ? parseNameRun(name) : null;
  if (!run || run.name.length < 2) return null;
  return {
    kind: 'name',
    run,
    text: text.slice(name[0]!.start, name.at(-1)!.end),
    role: text.slice(seg[0]!.start, seg.at(-1)!.end).replace(/^(?:the|a|an|one)\s+/i, ''),
  };
}

/** Most tokens from an inverted verb to the end of a long title and its name. */
const MAX_LONG_TITLE_TOKENS = 16;

/**
 * The name after an inverted verb's long title: "…,” said Leader of the Opposition in the
 * Provincial Assembly Ada Quill." (a body's name, then the full name, ending the clause;
 * see `nameEndingAt`), or "…,” said the deputy mayor of Kestrel Bay, Ada Quill." (a role
 * and its phrase, a comma, then the full name ending the clause). Null otherwise.
 */
function nameAfterLongTitle(
  tokens: readonly Token[],
  verb: number,
  end: number,
  text: string,
): Subject | null {
  let k = end;
  while (
    k < tokens.length &&
    !CLAUSE_BREAKS.has(tokens[k]!.text) &&
    k - verb <= MAX_LONG_TITLE_TOKENS
  )
    k++;
  if (k - verb > MAX_LONG_TITLE_TOKENS) return null;
  // "… Ada Quill on Tuesday.": a day after the name ends the clause too.
  let e = k;
  if (DAY_WORDS.has((tokens[e - 1]?.text ?? '').replace(/\.$/, ''))) {
    e--;
    if (tokens[e - 1]?.text === 'on') e--;
  }
  if (e <= verb + 1 || !isNameToken(tokens[e - 1]!)) return null;
  const title = text.slice(tokens[verb + 1]!.start, tokens[e - 1]!.end);
  // "…,” said University of Tarrow ice scientist Ada Quill, who …": a body's name and a role
  // in lower case, then the full name; the clause after the comma says more of them.
  const described = (named: Subject | null) => {
    if (named?.kind !== 'name' || named.run.name.length < 2) return false;
    let s = e - 1;
    while (s > verb + 1 && isNameToken(tokens[s - 1]!)) s--;
    const role = tokens[s - 1];
    return role !== undefined && ROLE_NOUNS.has(role.word) && /^\p{Ll}/u.test(role.text);
  };
  if (tokens[k]?.text !== ',' || e < k || !isNameToken(tokens[k + 1] ?? tokens[k]!)) {
    const named = nameEndingAt(tokens, e - 1, text);
    return named?.kind === 'name' &&
      named.run.name.length >= 2 &&
      (named.run.title !== null || described(named))
      ? named
      : null;
  }
  // The role and its phrase, then ", Ada Quill" closing the clause.
  const opener = tokens[verb + 1]!.word;
  const role = tokens
    .slice(verb + 1, k)
    .some((t) => ROLE_NOUNS.has(t.word) && /^\p{Ll}/u.test(t.text));
  if (!role || opener === 'a' || opener === 'an') return null;
  let n = k + 1;
  while (n < tokens.length && isNameToken(tokens[n]!)) n++;
  if (n < tokens.length && !CLAUSE_BREAKS.has(tokens[n]!.text)) return null;
  const run = n - k - 1 >= 2 ? parseNameRun(tokens.slice(k + 1, n)) : null;
  if (!run || run.name.length < 2) return null;
  return {
    kind: 'name',
    run,
    text: text.slice(tokens[k + 1]!.start, tokens[n - 1]!.end),
    role: withoutArticle(title),
  };
}

function pronounOf(t: Token): Subject | null {
  // "He's claimed that …", "She’s said": the pronoun, its auxiliary contracted.
  const w = t.text.toLowerCase().replace(/[’']s$/, '');
  if (!(w in PRONOUNS)) return null;
  return {
    kind: 'pronoun',
    gender: PRONOUNS[w] ?? null,
    plural: w === 'they' || w === 'we',
    text: t.text,
  };
}

/** A capitalised run ending at `i` that is the subject itself (not inside "in the United States"). */
function nameEndingAt(tokens: readonly Token[], i: number, text: string): Subject | null {
  let j = i;
  while (j >= 0 && isNameToken(tokens[j]!)) j--;
  if (j === i) return null;
  // "the Harbour Post’s Dana Milbeck told …", "CBS2’s Nick Caloway": the name after an
  // outlet's possessive.
  for (let k = i - 1; k > j; k--)
    if (/[’']s$/.test(tokens[k]!.text)) {
      j = k;
      break;
    }
  // "The Committee on Transport and Harbours has pointed out": an organisation's name
  // joined by "and", "of", "on", "for" or "&" is one name.
  let from = j;
  while (from > 0 && NAME_JOINERS.has(tokens[from]!.text) && isNameToken(tokens[from - 1]!)) {
    from--;
    while (from >= 0 && isNameToken(tokens[from]!)) from--;
  }
  // "Leader of the Opposition in Tarrow Assembly Ada Quill said", "Minister of State for
  // Higher Education Ada Quill said": a body's or a portfolio's name, then a full name,
  // after the preposition of a long title, is that person, never one organisation's name.
  const led = i - j >= 3 ? parseNameRun(tokens.slice(j + 1, i + 1)) : null;
  const bodyLed =
    led !== null &&
    led.name.length >= 2 &&
    (led.title
      ?.split(' ')
      .some(
        (w) => ORGANIZATION_WORDS.has(w.toLowerCase()) || PORTFOLIO_WORDS.has(w.toLowerCase()),
      ) ??
      false);
  // "Harrow Airlines Chairman and CEO Ada Quill said": two offices joined by "and", then a
  // full name, are one person's titles, not the firm's name joined to another.
  const coordinatedTitles =
    led !== null &&
    led.title !== null &&
    led.name.length >= 2 &&
    tokens[j]?.text === 'and' &&
    TITLES.has(tokens[j - 1]?.text ?? '');
  if (from < j && !bodyLed && !coordinatedTitles) {
    const whole = tokens.slice(from + 1, i + 1);
    // "Marrow & Salt said": names joined by "&" are a firm's ("Procter & Gamble").
    if (whole.some((t) => ORGANIZATION_WORDS.has(t.word) || t.text === '&'))
      return { kind: 'other', text: text.slice(whole[0]!.start, whole.at(-1)!.end) };
  }
  const before = tokens[j];
  const beforeThat = tokens[j - 1];
  // "a spokeswoman for Harbour Minister Ada Quill said", "an aide to Trade and Tourism
  // Minister Ada Quill said": the name is whom the unnamed person serves, never the subject.
  const servant = servesUnnamed(tokens, from);
  if (servant >= 0 && from < j)
    return {
      kind: 'role',
      head: tokens[from - 1]!.word,
      text: text.slice(tokens[servant]!.start, tokens[i]!.end),
    };
  const servesName = servesUnnamed(tokens, j) >= 0;
  // "Foreign Minister of Mauritius Ada Quill said": a place, then a full name, after "of".
  const placeLed = i - j >= 3 && !servesName && PLACES.has(tokens[j + 1]!.word);
  // "Minister for Finance Ada Quill said": a portfolio, then a full name, after a title's "for".
  const officeLed =
    i - j >= 3 &&
    (before?.text === 'for' || before?.text === 'of') &&
    TITLES.has(beforeThat?.text ?? '') &&
    PORTFOLIO_WORDS.has(tokens[j + 1]!.word);
  // "Leader of the Opposition in Tarrow Assembly Ada Quill said": a body's name, then a
  // full name, after the preposition of a long title (`bodyLed` above).
  if (
    before &&
    !placeLed &&
    !officeLed &&
    (!bodyLed || servesName) &&
    (PREPOSITIONS.has(before.text) ||
      (before.text === 'the' && beforeThat && PREPOSITIONS.has(beforeThat.text)))
  ) {
    return null;
  }
  // "the rating agency Tarrow Ratings said", "the charity Harbour Hope said": a name right
  // after a noun for a kind of organisation (in lower case) is that body's.
  if (before && /^\p{Ll}/u.test(before.text) && ORGANISATION_KIND_NOUNS.has(before.word))
    return { kind: 'other', text: text.slice(tokens[j + 1]!.start, tokens[i]!.end) };
  // "the Moderator said", "The Norlander, however, promised": one capitalised word after
  // "the" (capitalised or not) is a title, a body or a description, never a person's surname.
  if (before?.word === 'the' && i === j + 1)
    return { kind: 'other', text: text.slice(before.start, tokens[i]!.end) };
  const runTokens = tokens.slice(j + 1, i + 1);
  const segText = text.slice(runTokens[0]!.start, runTokens[runTokens.length - 1]!.end);
  // "Clark County Public Health Officials say": capitalised as a name, a group of people
  // unnamed ("Officials", "Sources", "Residents"), never one person.
  const last = runTokens.at(-1)!.word.toLowerCase();
  if ((ANONYMOUS_HEADS.has(last) || CROWD_NOUNS.has(last)) && isGroupNoun(last))
    return { kind: 'other', text: segText };
  const run = parseNameRun(runTokens);
  if (!run) return { kind: 'role', head: runTokens[runTokens.length - 1]!.word, text: segText };
  // "his Democratic rival Ben Holt": the lower-case words before the name describe them.
  let k = j;
  while (k >= 0 && !isBoundary(tokens[k]!) && !isCapitalized(tokens[k])) k--;
  const described = tokens.slice(k + 1, j + 1).filter((t) => ROLE_NOUNS.has(t.word));
  const role = described.length > 0 ? text.slice(tokens[k + 1]!.start, tokens[j]!.end) : null;
  return { kind: 'name', run, text: segText, role };
}

/** Most lower-case words between an unnamed person's opener and their head ("a senior legal adviser"). */
const MAX_SERVANT_WORDS = 3;

/**
 * The index of the opener ("a", "one") when the token at `at` is a preposition ending an
 * unnamed person's description ("a spokeswoman for", "an aide to", "a senior adviser to":
 * the opener, a few lower-case words, a head of `ANONYMOUS_HEADS`); -1 otherwise. ("The
 * chief executive of Tarrow Bank Ada Quill said" is no such: the role is the named one's.)
 */
function servesUnnamed(tokens: readonly Token[], at: number): number {
  const head = tokens[at - 1];
  if (!PREPOSITIONS.has(tokens[at]?.text ?? '') || !head || !ANONYMOUS_HEADS.has(head.text))
    return -1;
  for (let k = at - 2; k >= 0 && at - 2 - k < MAX_SERVANT_WORDS; k--) {
    const t = tokens[k]!;
    if (ANONYMOUS_OPENERS.has(t.word)) return k;
    if (!/^\p{Ll}/u.test(t.text)) return -1;
  }
  return -1;
}

/**
 * The name whose record (STATEMENT_NOUNS: a statement, a tweet, a letter) ends at `i`:
 * "Holt's tweet said", "Quill's latest statement reads" name Holt and Quill, who wrote
 * it. Null for any other phrase ("the ministry's statement", "a letter").
 */
function ownerOfRecord(tokens: readonly Token[], i: number, text: string): Subject | null {
  if (!STATEMENT_NOUNS.has(tokens[i]?.word ?? '') || !/^\p{Ll}/u.test(tokens[i]!.text)) return null;
  let k = i - 1;
  // (Words that describe the record, "latest", "written"; a preposition or an article
  // means another phrase: "Quill’s office in a statement said" is the office's.)
  while (
    k >= 0 &&
    i - k <= MAX_RECORD_WORDS &&
    /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k]!.text) &&
    !CLAUSE_WORDS.has(tokens[k]!.word)
  )
    k--;
  if (!/[’']s$/.test(tokens[k]?.text ?? '') || !isNameToken(tokens[k]!)) return null;
  const named = nameEndingAt(tokens, k, text);
  if (named?.kind !== 'name') return null;
  // (Printed whole: a firm's "Tarrow Freight's statement" is the source's name.)
  return { ...named, text: text.slice(tokens[k]!.end - named.text.length, tokens[i]!.end) };
}

/** A role or institution phrase ending at `i`: "the ambassador", "South Korea's top diplomat in the US". */
function roleEndingAt(
  tokens: readonly Token[],
  i: number,
  text: string,
  from?: number,
): Subject | null {
  let j = i;
  if (from === undefined) {
    // "In its report, “Harbour Trade Is Not Free,” the analyst firm says": a quoted title
    // (its comma inside the marks) and then a determiner: the phrase starts after the title.
    const titleEnds = (k: number) =>
      tokens[k]!.text.startsWith(TERM_MASK) && /^(?:the|a|an)$/i.test(tokens[k + 1]?.text ?? '');
    while (j >= 0 && !isBoundary(tokens[j]!) && !titleEnds(j)) j--;
  } else j = from - 1;
  // "After a consultant from Tarrow Hospital warned …, …": the subordinator that opens the
  // sentence is no part of an indefinite phrase after it, someone unnamed. (A definite one,
  // "When the minister said …", may be someone the article names: left as it was.)
  if (
    j === -1 &&
    from === undefined &&
    SUBORDINATORS.has(tokens[0]?.word ?? '') &&
    /^(?:a|an)$/.test(tokens[1]?.text ?? '') &&
    i > 1
  )
    j = 0;
  const seg = tokens.slice(j + 1, i + 1);
  if (seg.length === 0) return null;
  const segText = text.slice(seg[0]!.start, seg[seg.length - 1]!.end);
  // The head is the last role or institution noun before any preposition: "a senior
  // ministry official" is an official, "the health ministry" a ministry.
  let head: Subject | null = null;
  for (const t of seg) {
    if (PREPOSITIONS.has(t.text)) break;
    if (ROLE_NOUNS.has(t.word)) head = { kind: 'role', head: t.word, text: segText };
    else if (INSTITUTION_NOUNS.has(t.word)) head = { kind: 'other', text: segText };
    // "aides said", "two senior Senate aides said": a group of people, unnamed.
    else if (CROWD_NOUNS.has(t.word)) head = { kind: 'other', text: segText };
    // "his attorneys said", "researchers said", "according to the neighbours": a group of
    // unnamed people the crowd list lacks.
    else if (isGroupNoun(t.word)) head = { kind: 'other', text: segText };
  }
  if (!head) {
    const group = collectiveGroup(seg, text);
    if (group) return group;
  }
  // "Fisheries Minister Ada Quill reacting to the post said": a full name after the
  // role's head, then a participle phrase before the verb, is who speaks, not any minister.
  if (head?.kind === 'role') {
    const h = seg.findIndex((t) => t.word === head.head && ROLE_NOUNS.has(t.word));
    let k = h + 1;
    while (k < seg.length && isCapitalized(seg[k]) && !PREPOSITIONS.has(seg[k]!.text)) k++;
    // Only before a participle phrase of its own ("… Quill reacting to the post said").
    const participle = /^\p{Ll}+ing$/u.test(seg[k]?.text ?? '');
    const run = participle && k - h - 1 >= 2 ? parseNameRun(seg.slice(h, k)) : null;
    if (run && run.name.length >= 2)
      return {
        kind: 'name',
        run,
        text: text.slice(seg[h + 1]!.start, seg[k - 1]!.end),
        role: text.slice(seg[0]!.start, seg[h]!.end),
      };
  }
  if (head) return head;
  // "said a passer-by", "one shopper said": an indefinite noun phrase the role list lacks is
  // still someone, unnamed. Read as nobody, a later sieve would give the quotation to the
  // speaker of the paragraph before: a wrong named person.
  const rest = seg.slice(1);
  if (
    INDEFINITE_OPENERS.has(seg[0]!.text.toLowerCase()) &&
    rest.length > 0 &&
    rest.length <= MAX_INDEFINITE_WORDS &&
    rest.every((t) => /^[\p{Ll}-]/u.test(t.text) && !PREPOSITIONS.has(t.text))
  ) {
    const words = rest.filter((t) => /\p{L}/u.test(t.text));
    if (words.length > 0)
      return { kind: 'role', head: words[words.length - 1]!.word, text: segText };
  }
  // "the 36-year-old said", "The 41-year-old skipper said": a description by age or
  // nationality is someone (`readEpithet`), whom a later sieve must not take for the
  // speaker of the paragraph before.
  if (readEpithet(segText)) return { kind: 'role', head: seg[seg.length - 1]!.word, text: segText };
  return seg.some(isCapitalized) || seg.some((t) => INSTITUTION_NOUNS.has(t.word))
    ? { kind: 'other', text: segText }
    : null;
}

/** Nouns for a body of people that speaks as the people it is made of ("a team of researchers"). */
const COLLECTIVE_NOUNS = new Set(
  'group team body panel coalition pair trio handful number majority minority dozens hundreds thousands scores couple'.split(
    ' ',
  ),
);
/** Most words of a collective noun's own phrase before it ("the world's top body"). */
const MAX_COLLECTIVE_LEAD = 4;

/**
 * "the island's top panel of tide scientists said", "a team of doctors said": a
 * collective noun, "of", and a group of unnamed people at the end of the phrase speak
 * as that group, an anonymous source: the phrase from the collective noun's determiner.
 * Null for any other phrase.
 */
function collectiveGroup(seg: readonly Token[], text: string): Subject | null {
  const of = seg.findIndex((t) => PREPOSITIONS.has(t.text));
  const rest = seg.slice(of + 1);
  if (of <= 0 || seg[of]!.text !== 'of' || !COLLECTIVE_NOUNS.has(seg[of - 1]!.word)) return null;
  if (rest.length === 0 || !isGroupNoun(rest.at(-1)!.word)) return null;
  if (!rest.every((t) => /^\p{Ll}[\p{Ll}-]*$/u.test(t.text))) return null;
  let from = of - 1;
  for (let k = of - 2; k >= 0 && of - 1 - k <= MAX_COLLECTIVE_LEAD; k--) {
    if (/^(?:the|a|an|one|its|their|his|her)$/i.test(seg[k]!.text) || /[’']s$/.test(seg[k]!.text)) {
      from = k;
      if (/^(?:the|a|an)$/i.test(seg[k]!.text)) break;
    } else if (!/^\p{Ll}[\p{Ll}-]*$/u.test(seg[k]!.text)) break;
  }
  return { kind: 'other', text: text.slice(seg[from]!.start, seg.at(-1)!.end) };
}

/** Words that open an indefinite noun phrase: someone unnamed ("a passer-by", "one shopper"). */
const INDEFINITE_OPENERS = new Set(['a', 'an', 'one', 'another']);
/** Tokens after the opener of such a phrase: "a retired bus driver" (hyphens count as tokens). */
const MAX_INDEFINITE_WORDS = 5;

/** A whole phrase read as a subject: a name ("President Lee") or a role ("Finance minister"). */
export function subjectOfPhrase(seg: readonly Token[], text: string): Subject | null {
  if (seg.length === 0) return null;
  // "according to Lt. Col. Ada Quill (Ret)", "Ada Quill (LAB - Harbour North)": a bracket
  // after the phrase says more about who, and is no part of their name.
  const open = seg.findLastIndex((t) => t.text === '(');
  if (open > 0 && seg.at(-1)!.text === ')') return subjectOfPhrase(seg.slice(0, open), text);
  // "According to Ada Quill, chief of operations, and I quote:": who comes after "according to".
  if (seg.length > 2 && seg[0]!.word === 'according' && seg[1]!.word === 'to')
    return subjectOfPhrase(seg.slice(2), text);
  const segText = text.slice(seg[0]!.start, seg[seg.length - 1]!.end);
  if (seg.length === 1) {
    const pronoun = pronounOf(seg[0]!);
    if (pronoun) return pronoun;
  }
  if (nameSegment(seg)) {
    const run = parseNameRun(seg);
    return run
      ? { kind: 'name', run, text: segText, role: null }
      : { kind: 'role', head: seg[seg.length - 1]!.word, text: segText };
  }
  // "according to the Harbour Health Agency Director-General Tomas Vellin": "the" opens the
  // title; a full name after a title is who speaks.
  const afterThe = seg.slice(1);
  const titled = seg[0]!.word === 'the' && nameSegment(afterThe) ? parseNameRun(afterThe) : null;
  if (titled?.title && titled.name.length >= 2)
    return {
      kind: 'name',
      run: titled,
      text: text.slice(seg[1]!.start, seg.at(-1)!.end),
      role: null,
    };
  return roleEndingAt(seg, seg.length - 1, text, 0);
}

/**
 * Every word of the segment a name's ("Ada Quill"), or a surname that opens with its
 * particle, the first name left off ("…,” said van Gaal").
 */
function nameSegment(seg: readonly Token[]): boolean {
  const particleLed =
    seg.length >= 2 && NAME_PARTICLES.has(seg[0]!.text) && isNameToken(seg.at(-1)!);
  return seg.every((_, k) => inName(seg, k) || (particleLed && k === 0));
}
