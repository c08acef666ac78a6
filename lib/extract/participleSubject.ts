import { escapeRegExp } from '../text/escapeRegExp.ts';
import { datelineEnd } from './datelineEnd.ts';
import { speechVerbs } from './findAttribution.ts';
import type { Subject } from './findSubject.ts';
import { DAY_WORDS, fullName, subjectOfPhrase } from './findSubject.ts';
import { nameRuns } from './nameRuns.ts';
import {
  ADVERBS,
  CROWD_NOUNS,
  FINITE_VERBS,
  INSTITUTION_NOUNS,
  OPENING_CONJUNCTIONS,
  ORGANIZATION_WORDS,
  REPORTING_PARTICIPLES,
  ROLE_NOUNS,
  SETTING_PREPOSITIONS,
  STATEMENT_NOUNS,
} from './patterns.ts';
import { sentenceSubjects } from './sentenceSubjects.ts';
import type { Token } from './tokenize.ts';
import { isCapitalized } from './tokenize.ts';

/**
 * Words before a participle of speech that tie it to the sentence's subject: a comma
 * ("…, saying the party will …"), a record of speech ("issued a statement saying …", "in a
 * voice recording saying …"), "as" ("on record as saying …"), "by" ("rebutted by saying"),
 * "while" ("thanked the crews while assuring them that …").
 */
const LEADS = new Set([',', 'as', 'by', 'while', ...STATEMENT_NOUNS]);

/** Relative pronouns: a participle after one belongs to the relative clause. */
const RELATIVES = new Set(['which', 'who', 'whom', 'whose']);

/**
 * The speaker of a participle of speech at `p` ("Holt met the press, saying he
 * …", "The party put out a note saying that …"): the subject of the sentence before it —
 * the subject of a speech verb ("Lee said …, adding that …"), else the name that opens a
 * clause ("As he walked in, Holt …"), else the pronoun or role that opens the sentence.
 * Null when the participle is not tied to the sentence's subject or it has none.
 */
export function participleSubject(
  tokens: readonly Token[],
  p: number,
  text: string,
): Subject | null {
  const participle = tokens[p];
  // ("while also assuring that …": an adverb between the lead and the participle.)
  let l = p - 1;
  while (l > 0 && ADVERBS.has(tokens[l]!.word)) l--;
  const lead = tokens[l];
  if (!participle || !REPORTING_PARTICIPLES.has(participle.word) || !lead) return null;
  // "Passengers were furious, with Ada Quill tweeting: “…”": the name "with" introduces
  // speaks, not the sentence's subject.
  const withName = named(tokens, p, text);
  if (withName) return withName;
  // "…, with the opposition saying …", "with the ministers of both states saying …": an
  // unnamed group or a body "with" introduces.
  const withGroup = unnamedWith(tokens, p, text);
  if (withGroup) return withGroup;
  // "The party hit back alleging that …", "Police tweeted saying …": with no comma before
  // it, the participle is the subject's only when that subject is a body or an unnamed
  // group (never a named person) and no name stands right before it (whose words they may be).
  const bare = !LEADS.has(lead.word);
  if (bare && (isCapitalized(lead) || tokens[p + 1]?.word === 'to')) return null;
  // "…, the sources said, with a few of them noting …": a sentence with a speech verb of
  // its own is read by it (one report a sentence).
  if (bare && reportedBefore(tokens, p)) return null;
  // "Likud, which tried to rally support by saying …": the relative clause's own subject.
  if (inRelativeClause(tokens, p)) return null;
  // "Taking a dig at Quill, Vell brought up …, saying …": an opening participle is no subject.
  const subjects = sentenceSubjects(tokens.slice(0, p), text).filter(
    (s) => !/^\p{Lu}\p{Ll}+ing$/u.test(s.text),
  );
  if (bare && !(subjects[0] && isBody(subjects[0]))) return null;
  // "Quill and harbour spokesman Vell pushed back, saying …": two people joined by "and"
  // speak together, never the first alone.
  const pair = joinedPair(subjects, text);
  if (pair) return pair;
  return subjects[0] ?? (bare ? null : openingBody(tokens, p, text));
}

/** Most lower-case words of a role between "and" and the second name ("and harbour spokesman"). */
const MAX_PARTNER_ROLE_WORDS = 5;

/**
 * The two people a sentence opens with, joined by "and" ("Ada Quill and Tomas Vell", "Ada
 * Quill and harbour spokesman Tomas Vell"), as one joint subject; null otherwise.
 */
function joinedPair(subjects: readonly Subject[], text: string): Subject | null {
  const [a, b] = subjects;
  if (a?.kind !== 'name' || b?.kind !== 'name') return null;
  const from = text.indexOf(a.text);
  if (from < 0) return null;
  const rest = text.slice(from + a.text.length);
  const role = `(?:[\\p{Ll}-]+\\s+){0,${MAX_PARTNER_ROLE_WORDS}}`;
  const joined = new RegExp(
    `^\\s+and\\s+${role}(?:\\p{Lu}[\\p{L}.'’-]*\\s+)*?${escapeRegExp(b.text)}`,
    'u',
  );
  return joined.test(rest) ? { kind: 'joint', text: `${a.text} and ${b.text}` } : null;
}

/** Words that open a phrase of time or place before a sentence's subject ("On Monday …"). */
const BEFORE_SUBJECT = new Set([...SETTING_PREPOSITIONS, ...'since by for from with'.split(' ')]);
/** Most tokens of an opening phrase before the body's comma ("On Thursday morning"). */
const MAX_OPENING_TOKENS = 5;
/** Most tokens of a body or group that opens a sentence ("The county's three commissioners"). */
const MAX_BODY_TOKENS = 5;

/**
 * The body or unnamed group that opens the sentence before a participle of speech at `p`
 * ("The commissioners discussed the budget, confirming that …", "The union has objected
 * …, arguing that …", "On Thursday, the ferry firm showed …, reporting that …"): the words
 * before its verb (a finite verb of the closed list or a
 * past form), when they name no person. Null otherwise.
 */
function openingBody(tokens: readonly Token[], p: number, text: string): Subject | null {
  // "On Thursday, the ferry firm showed …, reporting that …": after a short opening phrase
  // of time or place and its comma.
  // ("But on Thursday, …", "And the union …": a conjunction may open the sentence.)
  // ("SEOUL, Aug. 2 (Wire) -- The ministry …": the sentence starts after its dateline.)
  const start = datelineEnd(tokens);
  const first = start + (OPENING_CONJUNCTIONS.has(tokens[start]?.word ?? '') ? 1 : 0);
  const comma = tokens.findIndex((t, i) => i >= start && i < p && t.text === ',');
  const from =
    BEFORE_SUBJECT.has(tokens[first]?.word ?? '') &&
    comma > first &&
    comma - first <= MAX_OPENING_TOKENS
      ? comma + 1
      : first;
  for (let n = from + 1; n - from <= MAX_BODY_TOKENS && n < p; n++) {
    const verb = tokens[n]!;
    if (verb.text === ',' || !/^\p{Ll}/u.test(verb.text)) continue;
    if (!FINITE_VERBS.has(verb.word) && !/ed$/.test(verb.word)) continue;
    // ("On Monday Ada Quill was quoted …": a phrase of time and a name are no body; its
    // head, the word before the verb, is a common noun: "union", "commissioners".)
    // ("The ministry on Monday refuted …": a day between the body and its verb.)
    const day = DAY_WORDS.has(tokens[n - 1]!.text) ? (tokens[n - 2]?.word === 'on' ? 2 : 1) : 0;
    const phrase = tokens.slice(from, n - day);
    if (phrase.length === 0) return null;
    if (BEFORE_SUBJECT.has(phrase[0]!.word) || !/^\p{Ll}/u.test(phrase.at(-1)!.text)) return null;
    const subject = subjectOfPhrase(phrase, text);
    return subject?.kind === 'other' ? subject : null;
  }
  return null;
}

/**
 * A subject that is a body or an unnamed group, never one person: an institution or crowd
 * ("the tech giant", "officials"), or a capitalised name of one ("Green Party", "Police
 * Department", a sentence-opening "Residents").
 */
function isBody(subject: Subject): boolean {
  if (subject.kind === 'other') return true;
  if (subject.kind !== 'name' || subject.run.title !== null) return false;
  const words = subject.run.name.map((w) => w.toLowerCase());
  return (
    words.some((w) => ORGANIZATION_WORDS.has(w)) ||
    (words.length === 1 && (INSTITUTION_NOUNS.has(words[0]!) || CROWD_NOUNS.has(words[0]!)))
  );
}

/**
 * Whether a speech verb before token `p` closes a report of its own, a comma after it
 * ("…, the sources said, with a few of them noting"); "tweeted saying …" and "called for
 * … claiming …" are one report.
 */
function reportedBefore(tokens: readonly Token[], p: number): boolean {
  const v = speechVerbs(tokens.slice(0, p)).at(-1);
  return v !== undefined && tokens.slice(v + 1, p).some((t) => t.text === ',');
}

/** Most tokens of a group between "with" and its participle ("with the ministers of the three states saying"). */
const MAX_GROUP_TOKENS = 8;

/** The unnamed group, body or role between "with" and the participle at `p`, or null. */
function unnamedWith(tokens: readonly Token[], p: number, text: string): Subject | null {
  let w = p - 1;
  while (w >= 0 && p - w <= MAX_GROUP_TOKENS && tokens[w]!.word !== 'with') {
    if (/^[,;:()]$/.test(tokens[w]!.text)) return null;
    w--;
  }
  if (w < 0 || tokens[w]!.word !== 'with' || w === p - 1) return null;
  // "CLAUSE, the sources said, with a few of them noting …": the sentence's own report is
  // read first (one a sentence); the group's words are not separated from it here.
  if (reportedBefore(tokens, w)) return null;
  const subject = subjectOfPhrase(tokens.slice(w + 1, p), text);
  // ("with the club's coach saying": a role, the one the article names so.)
  return subject?.kind === 'other' || subject?.kind === 'role' ? subject : null;
}

/** True when token `p` stands in a relative clause ("…, which tried to rally support by saying"). */
export function inRelativeClause(tokens: readonly Token[], p: number): boolean {
  const clauseStart = tokens.slice(0, p).findLastIndex((t) => t.text === ',');
  return tokens.slice(clauseStart + 1, p).some((t) => RELATIVES.has(t.word));
}

/** Most words of a name between "with" and its participle ("with Ada Lin Quill saying"). */
const MAX_NAME_WORDS = 4;

/** Most tokens of a bracket between a name and its participle ("(R-Harbour)", "(Green Party)"). */
const MAX_BRACKET_TOKENS = 8;

/**
 * The full name between "with" and the participle at `p` ("…, with Ada Quill saying …",
 * "with Deputy Leader Ada Quill (G-HN) telling reporters …": a bracket after the name says
 * more about who, and stands between them), or null.
 */
function named(tokens: readonly Token[], p: number, text: string): Subject | null {
  const open =
    tokens[p - 1]?.text === ')' ? tokens.slice(0, p - 1).findLastIndex((t) => t.text === '(') : -1;
  const end = open >= 0 && p - open <= MAX_BRACKET_TOKENS ? open : p;
  const runs = nameRuns(tokens.slice(0, end));
  const last = runs.at(-1);
  if (!last || last.next !== end || last.run.length > MAX_NAME_WORDS) return null;
  return tokens[roleBefore(tokens, last.start)]?.word === 'with' ? fullName(last.run, text) : null;
}

/** Most lower-case words of a role between "with" and a name ("with its party leader Ada Quill saying"). */
const MAX_WITH_ROLE_WORDS = 4;

/**
 * Where a name at `start` is introduced: the token before the lower-case role printed
 * right before it ("with its leader Ada Quill saying", "with the club's coach Ada Quill
 * saying": the role is the named person's own, so the name still speaks), else the token
 * just before the name. The role must end in a role noun; "with fans of Ada Quill" ends in
 * no role, so the fans speak, not the name.
 */
function roleBefore(tokens: readonly Token[], start: number): number {
  let k = start - 1;
  if (!ROLE_NOUNS.has(tokens[k]?.text ?? '')) return k;
  while (
    k >= 0 &&
    start - k <= MAX_WITH_ROLE_WORDS &&
    tokens[k]!.word !== 'with' &&
    /^\p{Ll}[\p{L}’'-]*$/u.test(tokens[k]!.text)
  )
    k--;
  return k;
}
