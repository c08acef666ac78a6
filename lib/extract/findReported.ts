import { accusation } from './accusation.ts';
import { briefingHost } from './briefingHost.ts';
import { callFor } from './callFor.ts';
import { commitment } from './commitment.ts';
import { coordinatedSubject } from './coordinatedSubject.ts';
import { countedSubject } from './countedSubject.ts';
import { assuresThat, madeItClear, speechVerbs } from './findAttribution.ts';
import type { Subject } from './findSubject.ts';
import { isPersonSubject, subjectAfter, subjectBefore, subjectOfPhrase } from './findSubject.ts';
import { howClause } from './howClause.ts';
import { indirectCommand } from './indirectCommand.ts';
import { jointSubject } from './jointSubject.ts';
import { mandativeClause } from './mandativeClause.ts';
import { parentheticalSubject } from './parentheticalSubject.ts';
import { parseNameRun } from './parseNameRun.ts';
import { inRelativeClause, participleSubject } from './participleSubject.ts';
import { hasPastTenseVerb } from './pastTenseVerb.ts';
import {
  ADVERBS,
  ANONYMOUS_HEADS,
  BARE_CLAUSE_VERBS,
  CLAUSE_BREAKS,
  FINITE_VERBS,
  MANDATIVE_VERBS,
  MAX_RECORD_WORDS,
  NAMED_SUBJECT_VERBS,
  OBJECT_OR_CLAUSE_VERBS,
  PERSONAL_PRONOUNS,
  QUOTE_ONLY_VERBS,
  REASON_SUBORDINATORS,
  REPORTING_PARTICIPLES,
  ROLE_NOUNS,
  SETTING_PREPOSITIONS,
  SPEECH_PARTICIPLES,
  STATEMENT_NOUNS,
  SUBORDINATORS,
  TELL_VERBS,
  TIME_WORDS,
} from './patterns.ts';
import { quotedAsSaying } from './quotedAsSaying.ts';
import { ROLE_DETERMINERS } from './roleDeterminers.ts';
import { sentenceSubjects } from './sentenceSubjects.ts';
import { isShortQuote } from './sieves/isShortFragment.ts';
import { strayCommaSubject } from './strayCommaSubject.ts';
import type { Token } from './tokenize.ts';
import { isCapitalized, isQuoteToken } from './tokenize.ts';

export interface Reported {
  subject: Subject;
  /** `[start, end)` of the reported clause in the paragraph. */
  start: number;
  end: number;
  /** The clause stands before its attribution ("CLAUSE, Lee said"). */
  before?: boolean;
  /**
   * Token index where a subordinate clause with a speaker of its own starts, cutting this
   * one short ("… after a reporter said …"), or the comma that ends an opening clause ("When
   * Marsh conceded that …, she said that …"): read it again from there for that speaker.
   */
  next?: number;
  /** A second clause of the same speaker ("…, arguing that A and saying that B": B). */
  also?: { start: number; end: number };
}

/**
 * The clause of a participle of speech at `p` joined to an earlier one by "and" ("… and
 * saying that 900 jobs are at risk"), up to token `upTo`: after its "that" (which a
 * participle outside SPEECH_PARTICIPLES needs), up to any quotation. Null when too short.
 */
function secondParticiple(
  tokens: readonly Token[],
  p: number,
  upTo: number,
  text: string,
): { start: number; end: number } | null {
  const that = tokens[p + 1]?.text === 'that';
  if (!that && !SPEECH_PARTICIPLES.has(tokens[p]!.word)) return null;
  return clauseSpan(tokens.slice(that ? p + 2 : p + 1, upTo), text);
}

/** The span of a clause's tokens up to any quotation, its trailing punctuation trimmed; null when too short. */
function clauseSpan(tokens: readonly Token[], text: string): { start: number; end: number } | null {
  const rest = beforeQuote(tokens, text);
  if (rest.length < MIN_CLAUSE_WORDS) return null;
  const start = rest[0]!.start;
  return { start, end: trimEnd(text, start, rest.at(-1)!.end) };
}

/** Words that open a phrase of place, time or occasion before a sentence's subject. */
const ADVERBIAL_OPENERS = new Set([
  ...SETTING_PREPOSITIONS,
  ...'amid despite with without following regarding'.split(' '),
]);
/** Relative words that go on with the phrase before their comma ("…, which praised …,"). */
const RELATIVES = new Set(['which', 'who', 'whose', 'whom', 'where']);

/**
 * True when `lead` (a sentence up to the comma before an attribution) is only an opening
 * phrase ("In an interview over video", "Responding to claims that …", "In a reply to the
 * board, which praised …"): a preposition or an "-ing" word and its preposition, with no
 * clause of its own after one of its commas ("In 2019, the council approved …" has one).
 */
function adverbialOnly(lead: readonly Token[]): boolean {
  const first = lead[0];
  if (!first || !isCapitalized(first)) return false;
  const opens =
    ADVERBIAL_OPENERS.has(first.word) ||
    (/ing$/.test(first.word) && /^(?:to|on|at|about)$/.test(lead[1]?.word ?? ''));
  if (!opens) return false;
  // "At least 40 boats sank in the gale, …", "About 300 crews were called out, …": words of
  // quantity before a count open the clause's subject, not a phrase of place or time.
  if (afterQuantity(lead, 0) !== null) return false;
  // "At least twelve people were taken …": a verb before any relative word makes a clause.
  const relative = lead.findIndex((t) => RELATIVES.has(t.word) || t.word === 'that');
  const main = relative < 0 ? lead : lead.slice(0, relative);
  if (main.some((t) => FINITE_VERBS.has(t.word))) return false;
  return lead.every((t, i) => t.text !== ',' || RELATIVES.has(lead[i + 1]?.word ?? ''));
}

/** Prepositions after a participle of speech that open its object ("warning of", "asking for"), no clause. */
const PARTICIPLE_OBJECTS = new Set(['of', 'about', 'against', 'for']);
/** Participles of speech whose object, the one spoken to, comes before their clause ("assuring them that …"). */
const TELLING_PARTICIPLES = new Set(['telling', 'assuring', 'warning', 'reminding']);
/** Most tokens of the one spoken to after such a participle ("telling the harbour board's members that"). */
const MAX_TOLD_TOKENS = 4;

/**
 * Where the clause of a participle of telling at `k` starts when the one told comes first:
 * at their "that" when one follows a pronoun or a few words with no comma, verb or quotation
 * ("assuring them that …"), or after an object pronoun before a clause ("telling them the
 * ferries will …"); `k` otherwise.
 */
function afterParticipleObject(tokens: readonly Token[], k: number, participle: string): number {
  if (!TELLING_PARTICIPLES.has(participle) || tokens[k]?.text === 'that') return k;
  for (let n = k + 1; n < tokens.length && n - k <= MAX_TOLD_TOKENS; n++) {
    const t = tokens[n]!;
    if (t.text === 'that') return n;
    if (t.text === ',' || isQuoteToken(t) || FINITE_VERBS.has(t.word)) break;
  }
  if (OBJECT_PRONOUNS.has(tokens[k]?.word ?? '') && clauseStart(tokens, k + 1, true) === k + 1)
    return k + 1;
  // "telling the islanders the ferries will …": a few words, then a clause with its verb.
  for (let n = k + 1; n < tokens.length && n - k <= MAX_TOLD_TOKENS; n++) {
    if (tokens[n]!.text === ',' || isQuoteToken(tokens[n])) break;
    if (tokens[n]!.word === 'the' && finiteClause(tokens, n) === n) return n;
  }
  return k;
}

/** Conjunctions of contrast that open another party's clause after a participle of speech. */
const CONTRAST = new Set(['while', 'whereas']);
/** Most tokens between a verb and its "that" ("stated in a written interview with … that"). */
const MAX_TOKENS_BEFORE_THAT = 24;
/** Words that open what may follow a closing attribution before a comma ("said on Monday, …"). */
const TAIL_OPENERS = new Set([
  ...SETTING_PREPOSITIONS,
  ...'last this late early yesterday today tonight earlier later monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
]);
/** Most tokens of a speaker and a role or relative clause set off by commas ("the source, who said …,"). */
const MAX_APPOSITIVE_SPAN = 24;
/** Most tokens before an attribution that opens a sentence ("The difference, Lee said, …"). */
const MAX_PARENTHETICAL_LEAD = 4;
/** Most tokens of a short tail after a closing verb ("said to reporters", "said the next day"). */
const MAX_OBJECT_TAIL = 3;
/** Pronouns that can only be a clause's subject ("confirmed she will …"; "her" may be a possessive). */
const SUBJECT_PRONOUNS = new Set([...PERSONAL_PRONOUNS, 'there']);
/** Words after "to" that make it a preposition ("to the public", "to its members"). */
const DETERMINERS = new Set([...ROLE_DETERMINERS, ...'our this these those'.split(' ')]);
/** Words that open a verb's own object ("admitted to one count of …", "announced her resignation"). */
const OBJECT_OPENERS = new Set([...DETERMINERS, ...'one two three my that some any'.split(' ')]);
/** Most tokens after a sentence-final "…, Lee said" ("said Wednesday", "said in a statement"). */
const MAX_TAIL_TOKENS = 12;
/** Fewest words of a reported clause: shorter ones are not statements ("he said so"). */
const MIN_CLAUSE_WORDS = 3;
const CLAUSE_STARTERS = new Set([...SUBJECT_PRONOUNS, ...DETERMINERS, 'both', 'no']);
/** Most words between "said" and the finite verb of the clause it reports. */
const MAX_WORDS_BEFORE_VERB = 7;
/** Words after a name that show it is no clause's subject ("said Lee in Seoul", "said Lee of the DP"). */
const PREPOSITION_AFTER_NAME = new Set('in on at of for from with to by and or'.split(' '));
/** Words that open a clause asking or supposing: its verbs report nothing. */
const QUESTION_WORDS = new Set(['whether', 'if']);

/** True when the verb at `v` stands in a clause opened by "whether" or "if" (back to the last clause mark). */
function inQuestion(tokens: readonly Token[], v: number): boolean {
  for (let k = v - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (CLAUSE_BREAKS.has(t.text) || isQuoteToken(t)) return false;
    if (QUESTION_WORDS.has(t.word)) return true;
  }
  return false;
}

/** Words that deny the verb after them ("would not confirm", "never said"). */
const NEGATIONS = new Set(['not', 'never']);

/** A dateline before the first sentence: "WASHINGTON -- ", "SEOUL, Nov. 3 (Yonhap) -- ". */
const DATELINE = /^[\p{Lu}][\p{Lu} .,'()\d-]*(?:\([^)]*\))?\s*(?:--|—|–)\s*/u;

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const trimEnd = (text: string, start: number, end: number) => {
  let e = end;
  while (e > start && /[\s.!?;:,]/.test(text[e - 1]!)) e--;
  return e;
};

/** Words that open a sentence with a clause of time, cause or condition ("When …, …"); not "as". */
const OPENING_SUBORDINATORS = new Set([...SUBORDINATORS].filter((w) => w !== 'as'));

/**
 * For a speech verb inside a clause that opens the sentence with "When", "After", "If" …
 * ("After Marsh said the plan was late, Vell left."): the comma that ends that clause, where
 * the main clause, the writer's narration, starts. Null otherwise.
 */
function openingClauseEnd(tokens: readonly Token[], v: number): number | null {
  if (!OPENING_SUBORDINATORS.has(tokens[0]?.word ?? '')) return null;
  if (tokens.slice(0, v).some((t) => t.text === ',')) return null;
  const comma = tokens.findIndex((t, i) => i > v && t.text === ',');
  return comma < 0 ? null : comma;
}
/** Most tokens between a relative pronoun and its verb ("which announced last week"). */
const MAX_RELATIVE_LEAD = 4;

/** True when the verb at `v` opens a relative clause set off by a comma (", which announced", ", who added"). */
function setOffRelative(tokens: readonly Token[], v: number): boolean {
  for (let k = v - 1; k > 0 && v - k <= MAX_RELATIVE_LEAD; k--) {
    const t = tokens[k]!;
    if (t.text === ',' || isQuoteToken(t)) return false;
    if (t.word === 'which' || t.word === 'who') return tokens[k - 1]?.text === ',';
  }
  return false;
}
/** Most tokens of a verb's object before "and" and the next verb of speech ("denied any wrongdoing and said"). */
const MAX_COORDINATED_OBJECT = 6;

/**
 * True when the verb at `v` takes a short object (no finite verb in it) and "and" then
 * joins another verb of speech of `verbs` to it: "denied any wrongdoing and said …",
 * "rejected the report, and added that …". That verb's clause is the one reported.
 */
function objectThenSpeech(tokens: readonly Token[], v: number, verbs: readonly number[]): boolean {
  const next = verbs.find((w) => w > v + 1 && w - v <= MAX_COORDINATED_OBJECT + 2);
  if (next === undefined || tokens[next - 1]?.word !== 'and') return false;
  const object = tokens.slice(v + 1, next - 1).filter((t) => t.text !== ',');
  return (
    object.length > 0 &&
    object.length <= MAX_COORDINATED_OBJECT &&
    object.every((t) => !FINITE_VERBS.has(t.word) && t.word !== 'that' && !isQuoteToken(t))
  );
}

/** Verbs of adding, which "and" joins to the same speaker's earlier verb ("… and added that …"). */
const ADDING_VERBS = new Set(['add', 'adds', 'added']);

/**
 * True when the speech verb at `w` is the same speaker's next one, joined to the clause
 * before it with no subject of its own: after ", but" or ", and" ("…, but added that …",
 * "…, and insisted …"), or "and" before a verb of adding ("… and added that …"), an "also"
 * perhaps between ("…, but also warned …").
 */
function joinedToSpeaker(tokens: readonly Token[], w: number): number | null {
  const at = tokens[w - 1]?.word === 'also' ? w - 2 : w - 1;
  const conjunction = tokens[at]?.word ?? '';
  if (tokens[at - 1]?.text === ',' && (conjunction === 'but' || conjunction === 'and'))
    return at - 1;
  return conjunction === 'and' && ADDING_VERBS.has(tokens[w]!.word) ? at : null;
}

/**
 * The same speaker's next verb of speech after a reported clause starting at `clause`
 * (`joinedToSpeaker`), with the token where this clause ends (the comma or "and" before it).
 */
function sameSpeakerVerb(
  tokens: readonly Token[],
  clause: number,
  verbs: readonly number[],
): { verb: number; at: number } | null {
  for (const w of verbs) {
    if (w <= clause + MIN_CLAUSE_WORDS) continue;
    const at = joinedToSpeaker(tokens, w);
    if (at !== null) return { verb: w, at };
  }
  return null;
}

/** Relative pronouns whose clause may have a speaker of its own ("companies that it said were …"). */
const RELATIVE_OPENERS = new Set(['that', 'which']);
/** Most tokens from such a pronoun to its speech verb: a short subject ("that it said", "which officials say"). */
const MAX_RELATIVE_SUBJECT = 3;
/** Most tokens between a subordinator and the speech verb of its own clause. */
const MAX_SUBORDINATE_SUBJECT = 6;

/** True when the words from `clause` to `k` make a clause: a finite verb of the closed list or a past tense in -ed among them. */
function clauseBefore(tokens: readonly Token[], clause: number, k: number): boolean {
  const words = tokens.slice(clause, k);
  return words.some((t) => FINITE_VERBS.has(t.word)) || hasPastTenseVerb(words, tokens[k]);
}

/**
 * Where a reported clause starting at `clause` ends when a subordinate clause inside it has
 * a speaker of its own ("she would not trust unnamed tipsters once a clerk said he had
 * spoken to …"): at that subordinator, so the second speaker's words are not the first's.
 * Null when no such clause follows.
 */
function ownClauseEnd(
  tokens: readonly Token[],
  clause: number,
  verbs: readonly number[],
): number | null {
  for (let k = clause + 1; k < tokens.length; k++) {
    // "… fines on firms that it said were aiding Tarrow": a relative clause whose
    // own speaker ("it") says the rest.
    const relative = RELATIVE_OPENERS.has(tokens[k]!.text);
    // "… that he was only joking, but Vell said that it was no joke": a second speaker's
    // clause joined by a comma and "but" is theirs, no longer the first speaker's.
    const contrast = tokens[k]!.text === 'but' && tokens[k - 1]?.text === ',';
    // "… that prices had risen and the Tarrow board said …": "and" after a whole clause,
    // then a speaker of its own.
    const joined = tokens[k]!.text === 'and' && clauseBefore(tokens, clause, k);
    if (!SUBORDINATORS.has(tokens[k]!.text) && !relative && !contrast && !joined) continue;
    const most = relative ? MAX_RELATIVE_SUBJECT : MAX_SUBORDINATE_SUBJECT;
    if (verbs.some((v) => v > k + 1 && v - k <= most)) return k;
  }
  return null;
}

/**
 * Reported speech in a sentence holding no direct quotation: NAME verb [that] CLAUSE
 * ("he said he plans to …", "President Lee mentioned that …"), CLAUSE, NAME verb
 * ("…, Lee said."), CLAUSE, verb NAME, and a headline's "CLAUSE: NAME".
 */
export function findReported(
  tokens: readonly Token[],
  text: string,
  sentence: { start: number; end: number },
  headline: boolean,
): Reported | null {
  // ("assured the residents that …": a verb of quotations only reports a clause with "that".)
  const verbs = speechVerbs(tokens).filter(
    (v) => !QUOTE_ONLY_VERBS.has(tokens[v]!.word) || assuresThat(tokens, v),
  );
  const closing = closingAttribution(tokens, verbs, text);
  for (const v of verbs) {
    // "Quill has assured Holt that she will …, staff said.": the closing attribution
    // says whose account the whole sentence is (read below), not the first verb's subject.
    if (closing !== null && v < closing) continue;
    // "When asked whether Tarrow had confirmed who …, the spokesman said": a verb in a
    // question or a condition reports nothing anyone said.
    if (inQuestion(tokens, v)) continue;
    // "Marchetti would not confirm the cause of …", "Lee did not say …": a verb denied
    // reports words that were not said.
    if (NEGATIONS.has(tokens[v - 1]?.word ?? '') || /n[’']t$/.test(tokens[v - 1]?.text ?? ''))
      continue;
    // "Clerks visited the mayor to say they would …": who says is the subject of the
    // clause the infinitive serves, not the one met just before it.
    const subject =
      tokens[v - 1]?.text === 'to'
        ? infinitiveSubject(tokens, v, text)
        : (jointSubject(tokens, v, text) ??
          subjectBefore(tokens, v, text) ??
          coordinatedSubject(tokens, v, text) ??
          strayCommaSubject(tokens, v, text) ??
          parentheticalSubject(tokens, v, text));
    if (!subject) continue;
    // ("The report recommended that …": a document's finding, as with NAMED_SUBJECT_VERBS.)
    if (
      (NAMED_SUBJECT_VERBS.has(tokens[v]!.word) || MANDATIVE_VERBS.has(tokens[v]!.word)) &&
      !isPersonSubject(subject)
    )
      continue;
    const clause = clauseAfter(tokens, v);
    if (clause === null) continue;
    // "The company denied any wrongdoing and said it would appeal": a short object, then the
    // same subject's next verb of speech, whose clause is the one reported.
    // ("Holt said the pier flooded and added …": "say" takes a clause, hardly ever an object.)
    if (!SAY.has(tokens[v]!.word) && objectThenSpeech(tokens, v, verbs)) continue;
    const start = tokens[clause]!.start;
    const next = ownClauseEnd(tokens, clause, verbs);
    // "After Marsh said the plan was late, Vell left.": the opening clause ends at its comma.
    // (When the main clause has a speech verb of its own, the clause runs on as before:
    // this function reads one report a sentence.)
    const ends = openingClauseEnd(tokens, v);
    const opening = ends !== null && !verbs.some((w) => w > ends) ? ends : null;
    let stop = opening !== null && (next === null || opening < next) ? opening : next;
    // "Norland Rail, which admitted on Monday that it would shut two depots, lost money": a
    // body's relative clause set off by commas ends at its closing comma.
    if (subject.kind === 'other' && setOffRelative(tokens, v)) {
      const comma = tokens.findIndex((t, k) => k > clause && t.text === ',');
      if (comma > 0 && (stop === null || comma < stop)) stop = comma;
    }
    // "Holt said the pier flooded, but added that …": the same speaker's next verb of speech
    // ends this clause and reports one of its own (`also`).
    const joined = sameSpeakerVerb(tokens, clause, verbs);
    if (joined !== null && (stop === null || joined.at <= stop)) {
      const end = trimEnd(text, start, tokens[joined.at]!.start);
      const second = clauseAfter(tokens, joined.verb);
      const also =
        second === null
          ? null
          : clauseSpan(
              tokens.slice(second, stop !== null && stop > second ? stop : undefined),
              text,
            );
      if (words(text.slice(start, end)) >= MIN_CLAUSE_WORDS)
        return also ? { subject, start, end, also } : { subject, start, end };
    }
    const end = trimEnd(text, start, stop === null ? sentence.end : tokens[stop]!.start);
    if (words(text.slice(start, end)) >= MIN_CLAUSE_WORDS)
      return stop === null ? { subject, start, end } : { subject, start, end, next: stop };
  }
  // "Park did back down, saying the party will be …", "The HP put out a note saying
  // that …": a participle of speech, said by the sentence's subject.
  for (const [p, t] of tokens.entries()) {
    // "…, confirming that …", "…, conceding that …": a participle of the one list of
    // reporting verbs reports a clause only with "that" right after it ("…, promising a
    // fresh start" names an object).
    if (!REPORTING_PARTICIPLES.has(t.word)) continue;
    const thatOnly = !SPEECH_PARTICIPLES.has(t.word);
    if (thatOnly && (tokens[p - 1]?.text !== ',' || tokens[p + 1]?.text !== 'that')) continue;
    // "State television quoted Ada Quill, director of …, as saying the road was shut": the
    // one quoted, never the outlet.
    const quoted = quotedAsSaying(tokens, p, text);
    const subject = quoted ?? participleSubject(tokens, p, text);
    if (!subject) continue;
    let k = p + 1;
    // "“…,” the Tarrow Wire quoted Quill as saying at a harbour briefing": where, not what.
    if (quoted && OCCASION_WORDS.has(tokens[k]?.word ?? '')) continue;
    // "…, the panel said, warning of the risks": what the participle names, not a clause.
    if (PARTICIPLE_OBJECTS.has(tokens[k]?.word ?? '')) continue;
    // "…, assuring them that …", "telling its members that …": the one told, then the clause.
    k = afterParticipleObject(tokens, k, t.word);
    if (tokens[k]?.text === 'that') k++;
    // "… saying rents must fall while the ministers said …": a contrast opens someone
    // else's clause; the participle's ends there.
    const contrast = tokens.findIndex((t, i) => i > k && CONTRAST.has(t.word));
    const upTo = contrast < 0 ? tokens.length : contrast;
    // "…, arguing that the group would be weak and saying that 900 jobs are at risk": a
    // second participle joined by "and" reports a clause of its own, the same speaker's.
    const joined = tokens.findIndex(
      (u, i) =>
        i > k &&
        i < upTo &&
        u.word === 'and' &&
        REPORTING_PARTICIPLES.has(tokens[i + 1]?.word ?? ''),
    );
    const span = clauseSpan(tokens.slice(k, joined < 0 ? upTo : joined), text);
    if (!span) continue;
    const second = joined < 0 ? null : secondParticiple(tokens, joined + 1, upTo, text);
    return second ? { subject, ...span, also: second } : { subject, ...span };
  }
  // "The catch, Mr. Holt said, was that …", "As Quill later put it, they had …":
  // an attribution set off by commas, the clause going on after it. (Not from an opening
  // clause of time or cause: "When Marsh criticised him, Vell left" reports no words.)
  for (const v of verbs) {
    if (openingClauseEnd(tokens, v) !== null) continue;
    // "…, the Post’s Dana Milbeck told the Explainer, are …": the one told, then the comma.
    let comma = v + 1;
    if (TELL_VERBS.has(tokens[v]!.word))
      while (comma - v <= MAX_OBJECT_TOKENS && tokens[comma] && tokens[comma]!.text !== ',')
        comma++;
    if (tokens[comma]?.text !== ',') continue;
    // When a clause goes on after it, or the attribution opens the sentence ("As the authors
    // explain, …"); before "according to the report" or "with some of them noting …" after
    // a long clause, the attribution closes the clause before it.
    const lead = tokens.slice(0, v).findLastIndex((t) => t.text === ',');
    // "Without help from abroad, he warned, growers risk …": after an opening phrase of
    // place, time or condition, an attribution set off by commas sits inside one clause,
    // which goes on after it, whatever word opens its subject.
    const inPhrase = lead > 0 && adverbialOnly(tokens.slice(0, lead));
    if (
      clauseStart(tokens, comma + 1, false) === null &&
      lead > MAX_PARENTHETICAL_LEAD &&
      !inPhrase
    )
      continue;
    // "The risk was small, the forecaster said, but storms could …", "…, the board said,
    // after most stations had reported": after a whole clause, an attribution followed by a
    // conjunction closes the clause before it; what follows is the writer's.
    if (lead > MAX_PARENTHETICAL_LEAD && CONJUNCTIONS.has(tokens[comma + 1]?.word ?? '')) continue;
    // "“…,” Quill said, citing a report by …": the attribution of the quotation before it,
    // not one set off inside a clause; what follows is the writer's, or someone else's.
    if (tokens.slice(lead + 1, v).some(isQuoteToken)) continue;
    const subject = subjectBefore(tokens, v, text);
    if (!subject) continue;
    const rest = beforeQuote(tokens.slice(comma + 1), text);
    if (rest.length < MIN_CLAUSE_WORDS + 1) continue;
    const start = rest[0]!.start;
    const end = trimEnd(text, start, rest.at(-1)!.end);
    if (words(text.slice(start, end)) >= MIN_CLAUSE_WORDS + 1) return { subject, start, end };
  }
  // "CLAUSE, said the officials, who added …", "The combination, say economists, marks …":
  // an inverted attribution right after a comma, however the sentence goes on.
  for (const v of verbs) {
    // "…, told the Dail": whoever follows "told" is spoken to, never the speaker.
    if (tokens[v - 1]?.text !== ',' || v < 2 || TELL_VERBS.has(tokens[v]!.word)) continue;
    const subject = invertedSubject(tokens, v, text);
    if (!subject || subject.kind === 'pronoun') continue;
    let close = v + 1;
    while (close < tokens.length && tokens[close]!.text !== ',') close++;
    // "…, says Lindqvist, author of a book on ferries, came …": the speaker's appositive.
    const appositive = tokens.slice(close + 1, close + 4);
    if (
      appositive.some((t) => ROLE_NOUNS.has(t.word)) &&
      /^(?:a|an|the|\p{Ll}+)$/u.test(appositive[0]?.text ?? '')
    ) {
      let k = close + 1;
      while (k < tokens.length && tokens[k]!.text !== ',') k++;
      if (k < tokens.length) close = k;
    }
    const before = tokens.slice(0, v - 1);
    const after = tokens.slice(close + 1);
    // The clause before the attribution; for a parenthetical one, the sentence around it.
    // ("A more common problem, says Tomson, president of …, is when …": a lead without a
    // verb is the clause's subject, the clause goes on after the attribution.)
    // ("The harbour walls and the old quays, noted Holt, have been …": a longer lead is the
    // clause's subject too when the words after the attribution open with a finite verb.)
    const verbless =
      !before.some((t) => FINITE_VERBS.has(t.word) || isQuoteToken(t)) &&
      (before.length <= MAX_PARENTHETICAL_LEAD ||
        (before.length <= MAX_APPOSITIVE_SPAN && FINITE_VERBS.has(after[0]?.word ?? '')));
    const parenthetical =
      (before.length < MIN_CLAUSE_WORDS || verbless) && after.length >= MIN_CLAUSE_WORDS;
    // "“…”, said Ola Brenn, head of …, who was not among the survey's authors": a relative
    // clause on the speaker after a quotation, not a clause the attribution sits inside.
    if (parenthetical && (RELATIVES.has(after[0]?.word ?? '') || before.some(isQuoteToken)))
      continue;
    const side = parenthetical ? after : before;
    if (side.length < MIN_CLAUSE_WORDS || side.some(isQuoteToken)) continue;
    // "Not so fast, says professor Ada Quill, who runs …": the clause after says who she is.
    if (parenthetical && /^(?:who|whose)$/.test(side[0]!.word)) continue;
    let start = parenthetical ? side[0]!.start : sentence.start;
    if (!parenthetical) {
      const dateline = DATELINE.exec(text.slice(start, tokens[v - 1]!.start));
      if (dateline) start += dateline[0].length;
    }
    const end = parenthetical
      ? trimEnd(text, start, sentence.end)
      : trimEnd(text, start, tokens[v - 1]!.start + 1);
    // "…, said the inspectors, who added that …": the speaker's relative clause reports more
    // (read again from after the verb).
    const more = !parenthetical && tokens[close + 1]?.word === 'who';
    if (words(text.slice(start, end)) >= MIN_CLAUSE_WORDS)
      return more
        ? { subject, start, end, before: true, next: v }
        : { subject, start, end, before: !parenthetical };
  }
  // "CLAUSE, NAME verb [tail]." and "CLAUSE, verb NAME.", the attribution perhaps followed
  // by a phrase of its own after a comma ("…, the insiders said, a few of them adding …").
  for (const v of verbs) {
    let comma = tokens.slice(0, v).findLastIndex((t) => t.text === ',');
    if (comma <= 0) continue;
    // "CLAUSE, the Minister for Justice, Mr Dunleavy, told the Dail.", "CLAUSE, the
    // source, who said …, told Reuters.": a speaker set off by commas with a role or a
    // relative clause: the clause ends at the comma before them both.
    let setOff: Subject | null = null;
    if (comma === v - 1) {
      const inner = tokens.slice(0, comma).findLastIndex((t) => t.text === ',');
      const outer = tokens.slice(0, inner).findLastIndex((t) => t.text === ',');
      const named = subjectBefore(tokens, v, text);
      const relative =
        tokens[inner + 1]?.word === 'who'
          ? subjectOfPhrase(tokens.slice(outer + 1, inner), text)
          : null;
      setOff =
        named?.kind === 'role' || (named?.kind === 'name' && named.role !== null)
          ? named
          : relative?.kind === 'name' || relative?.kind === 'role' || relative?.kind === 'other'
            ? relative
            : null;
      if (setOff && inner > 0 && outer > 0 && comma - outer <= MAX_APPOSITIVE_SPAN) comma = outer;
      else setOff = null;
    }
    const close = tokens.findIndex((t, i) => i > v && t.text === ',');
    const upTo = close < 0 ? tokens.length : close;
    const after = tokens.slice(comma + 1, upTo);
    const tail = tokens.slice(v + 1, upTo);
    // "Omar Vesk, who leads the club, and the engineer Hugo Brandt argued …": a subject
    // joined by "and" after an appositive, not an attribution closing a clause.
    if (/^(?:and|or)$/.test(tokens[comma + 1]?.text ?? '')) continue;
    const before = setOff ?? subjectBefore(tokens, v, text);
    const subjectTokens = v - comma - 1;
    // "Board chair Lusk, a critic of the plan, has also announced …": a subject found back
    // across the comma is the sentence's own subject with its appositive, not a speaker
    // closing a clause.
    if (
      !setOff &&
      subjectTokens > 0 &&
      before?.kind === 'name' &&
      !text.slice(tokens[comma + 1]!.start, tokens[v]!.start).includes(before.text)
    )
      continue;
    // "In an interview over video, Tallent tells me …", "In a reply to the board, which
    // praised …, Lusk said": an opening phrase of place, time or occasion is no clause.
    if (adverbialOnly(tokens.slice(0, comma))) continue;
    const inverted =
      subjectTokens === 0 && !TELL_VERBS.has(tokens[v]!.word)
        ? invertedSubject(tokens, v, text)
        : null;
    const subject = subjectTokens > 0 ? before : inverted;
    if (!subject) continue;
    // "…, a recording revealed.": a finding, not speech (`NAMED_SUBJECT_VERBS`).
    if (NAMED_SUBJECT_VERBS.has(tokens[v]!.word) && !isPersonSubject(subject)) continue;
    if (
      subjectTokens > 0 &&
      (tail.length > MAX_TAIL_TOKENS ||
        tail.some((t, i) => (t.text === 'that' && !relativeThat(tail, i)) || isQuoteToken(t)))
    )
      continue;
    // Before another comma, only a time or place may follow the verb ("…, the sources said
    // on Monday, citing …") or the one told ("…, the judge told Reyes, 68."), not its object
    // ("…, he suggested the easing of sanctions, …").
    const toldWhom =
      TELL_VERBS.has(tokens[v]!.word) &&
      (isCapitalized(tail[0]) || OBJECT_PRONOUNS.has(tail[0]?.word ?? ''));
    if (close >= 0 && tail.length > 0 && !TAIL_OPENERS.has(tail[0]!.word) && !toldWhom) continue;
    // "As part of her plea deal, Quill admitted to one count of fraud …", "…, Quill has
    // announced her exit after a long term": a verb with an object of its own closes
    // no clause before it.
    const object = tail[0]?.word === 'to' ? tail[1] : tail[0];
    if (tail.length > MAX_OBJECT_TAIL && !toldWhom && OBJECT_OPENERS.has(object?.word ?? ''))
      continue;
    if (after.some(isQuoteToken)) continue;
    let start = sentence.start;
    const dateline = DATELINE.exec(text.slice(start, tokens[comma]!.start));
    if (dateline) start += dateline[0].length;
    const end = trimEnd(text, start, tokens[comma]!.start + 1);
    if (words(text.slice(start, end)) >= MIN_CLAUSE_WORDS + 1)
      return { subject, start, end, before: true };
  }
  // "He urged Quill to drop the levy": an indirect command, the asker's words.
  const command = headline ? null : indirectCommand(tokens, text);
  if (command) return command;
  // "Quill vowed to reopen the pier": a commitment in words is the speaker's.
  const promised = headline ? null : commitment(tokens, text);
  if (promised) return promised;
  // "Quill called for an inquiry into the fire": what is called for is the caller's words.
  const called = headline ? null : callFor(tokens, text);
  if (called) return called;
  // "Quill accused the board of hiding the accounts": the charge is the accuser's words.
  const charge = headline ? null : accusation(tokens, text);
  if (charge) return charge;
  if (headline) {
    const colon = tokens.findLastIndex((t) => t.text === ':');
    const rest = tokens.slice(colon + 1);
    if (colon > 0 && rest.length > 0 && rest.every(isCapitalized)) {
      const run = parseNameRun(rest);
      // "Author interview: Ada Quill" titles an interview with her: a label, not her claim
      // (asked last: only a headline ending "…: Name" can be one).
      if (run && !briefingHost(text)) {
        const end = trimEnd(text, sentence.start, tokens[colon]!.start);
        const subject: Subject = {
          kind: 'name',
          run,
          text: text.slice(rest[0]!.start, rest[rest.length - 1]!.end),
          role: null,
        };
        return { subject, start: sentence.start, end };
      }
    }
  }
  return null;
}

/**
 * True when the "that" at `i` of a closing attribution's tail opens a relative clause on a
 * noun of the tail ("…, Holt said at a briefing that was aired live"): not its first word,
 * a finite verb of the closed list right after it. Such a "that" reports nothing.
 */
function relativeThat(tail: readonly Token[], i: number): boolean {
  return i > 0 && FINITE_VERBS.has(tail[i + 1]?.word ?? '');
}

/**
 * The verb of an unnamed source's attribution that closes the sentence after a comma
 * ("…, aides said.", "…, the officials told reporters on Friday.", "…, said two people
 * familiar with the talks."): a subject and its verb, or the verb and its subject, with at
 * most a short tail and no clause of their own after them. Null when the sentence does not
 * end so.
 */
function closingAttribution(
  tokens: readonly Token[],
  verbs: readonly number[],
  text: string,
): number | null {
  const v = verbs.at(-1);
  if (v === undefined) return null;
  const comma = tokens.slice(0, v).findLastIndex((t) => t.text === ',');
  if (comma <= 0 || v - comma - 1 > MAX_CLOSING_SUBJECT) return null;
  let end = tokens.length;
  while (end > v + 1 && /^[.!?]$/.test(tokens[end - 1]!.text)) end--;
  const tail = tokens.slice(v + 1, end);
  if (tail.length > MAX_TAIL_TOKENS || tail.some((t) => t.text === ',' || t.text === 'that'))
    return null;
  if (tokens.slice(comma + 1).some(isQuoteToken)) return null;
  // "…, but port officials estimated 900 were aboard": a finite verb after it shows a
  // clause of its own, which it reports, not the sentence before its comma.
  if (tail.some((t) => FINITE_VERBS.has(t.word))) return null;
  const subject =
    v - comma - 1 > 0 ? subjectBefore(tokens, v, text) : invertedSubject(tokens, v, text);
  // Only an unnamed source's account ("aides said", "said two people familiar with the
  // talks"): "…, Reuters reported" or "…, Lee said" relays the words of the one named inside.
  if (!subject || subject.kind === 'name' || subject.kind === 'pronoun') return null;
  const heads = text.slice(tokens[comma + 1]!.start, tokens.at(-1)!.end).toLowerCase();
  return heads.split(/[^\p{L}-]+/u).some((w) => ANONYMOUS_HEADS.has(w) || CLOSING_BODIES.has(w))
    ? v
    : null;
}
/**
 * Bodies that speak through unnamed people and close a sentence as its source ("…, police
 * said.", "…, authorities said."), even after a name the sentence opened with.
 */
const CLOSING_BODIES: ReadonlySet<string> = new Set(['authorities', 'police']);
/** Most tokens of the subject of a closing attribution ("two senior Senate aides"). */
const MAX_CLOSING_SUBJECT = 6;

/**
 * Words before "to say" that mean the words were not said: refused ("declined to say",
 * "failed to say") or not said yet ("companies need to tell callers …", "is expected to
 * announce", "plans to say").
 */
const NOT_SAID =
  /^(?:(?:declin|refus)(?:e|es|ed|ing)|fail(?:s|ed|ing)?|need(?:s|ed)?|ha(?:ve|s|d)|want(?:s|ed)?|plan(?:s|ned)?|hop(?:e|es|ed)|expect(?:s|ed)?|going|likely|able|tr(?:y|ies|ied)|intend(?:s|ed)?|ought|wish(?:es|ed)?)$/;

/**
 * The speaker of "to VERB" ("Clerks visited the mayor to say …", "He went on to say …"):
 * the subject that opens its sentence, unless a relative clause holds the infinitive.
 */
function infinitiveSubject(tokens: readonly Token[], v: number, text: string): Subject | null {
  // "declined to say whether …", "failed to say how much …": words not said.
  if (inRelativeClause(tokens, v) || NOT_SAID.test(tokens[v - 2]?.word ?? '')) return null;
  return sentenceSubjects(tokens.slice(0, v - 1), text)[0] ?? null;
}

/**
 * Where the clause "that" opens at `k` starts: after it, and after a comma ("said that, in
 * the past, …"); at it when a finite verb follows, "that" being the clause's subject.
 */
function afterThat(tokens: readonly Token[], k: number): number | null {
  // "said that is far from settled", "said that would be a mistake": "that" is the clause's subject.
  if (FINITE_VERBS.has(tokens[k + 1]?.word ?? '')) return k;
  const from = tokens[k + 1]?.text === ',' ? k + 2 : k + 1;
  return from < tokens.length ? from : null;
}

/** Index of the first token of the clause a verb reports, or null when it reports none. */
function clauseAfter(tokens: readonly Token[], v: number): number | null {
  // "recommended the fine be upheld", "recommended that Quill face a fine": a subjunctive clause.
  if (MANDATIVE_VERBS.has(tokens[v]!.word)) return mandativeClause(tokens, v);
  // "said recently that …", "said late on Monday that …", "said again that …": an adverb or
  // a time between the verb and its "that" belongs to the verb, not to the clause.
  const that = thatAfterAdverbs(tokens, v);
  if (that !== null) return afterThat(tokens, that);
  // "Brask explained how the fees paid for the pier": the account "how" opens, when a
  // clause starts after it ("explained how much it costs" asks a degree, see howClause).
  const how = howClause(tokens, v);
  if (how !== null) return clauseStart(tokens, how, false);
  // "Holt said Tarrow firmly rejects fines on firms that …": a clause right
  // after the verb comes before any later "that", which may open a relative clause.
  const bare = bareClause(tokens, v);
  if (bare !== null) return bare;
  for (let k = v + 1; k < tokens.length && k - v <= MAX_TOKENS_BEFORE_THAT; k++) {
    const t = tokens[k]!;
    // "pledged to form a cabinet after a win that was carried by …": a "that" with a
    // verb straight after it, away from the verb, opens a relative clause on a noun.
    if (t.text === 'that' && k > v + 1 && FINITE_VERBS.has(tokens[k + 1]?.word ?? '')) return null;
    if (t.text === 'that') return afterThat(tokens, k);
    // "was responding to a warning by the port authority that …": a noun's author, named
    // after "by" between the verb and its "that", says what the clause is theirs, not the
    // subject's ("said by phone that" names no author).
    if (t.text === 'by' && k > v + 1 && authorAfter(tokens[k + 1])) return null;
    if (t.text === ',' || t.text === ';' || isQuoteToken(t)) break;
  }
  return null;
}

/** The word after "by" that opens an author's name or description ("the", "a", "Harbour"). */
const authorAfter = (t: Token | undefined): boolean =>
  t !== undefined && (/^(?:the|a|an)$/.test(t.text) || /^\p{Lu}/u.test(t.text));

/** An adverb of manner after a verb ("said frankly that", "noted publicly that"). */
const MANNER_ADVERB = /^\p{Ll}{3,}ly$/u;

/**
 * Index of the "that" after a verb at `v` when only adverbs ("recently", "again",
 * "publicly") and phrases of time ("on Tuesday", "late on Monday", "last week") stand
 * between them; null when none stands there or anything else does.
 */
function thatAfterAdverbs(tokens: readonly Token[], v: number): number | null {
  let k = v + 1;
  for (;;) {
    const timed = skipTime(tokens, k);
    if (timed > k) k = timed;
    else if (ADVERBS.has(tokens[k]?.word ?? '') || MANNER_ADVERB.test(tokens[k]?.text ?? '')) k++;
    else break;
  }
  return k > v + 1 && tokens[k]?.text === 'that' ? k : null;
}

/** Words of a time after a verb ("said earlier in the week", "said last month", "told … on Monday"). */
const TIME_NOUNS = new Set(
  'week month year day morning afternoon evening night weekend'.split(' '),
);
// ("said late on Monday that …", "said early this week …": "late" and "early" lead a time
// only when one follows.)
const TIME_LEADS = new Set(
  'in on at during over last this next earlier later late early'.split(' '),
);

/** A day of the month or a year ("on May 4, the …"); not "2.5 percent". */
const DAY_OR_YEAR = /^(?:\d{1,2}(?:st|nd|rd|th)?|(?:1[89]|20)\d\d)$/;
/** A month's name, in full or cut short with its dot ("March", "Sept."). */
const MONTH =
  /^(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Index after a time phrase starting at `k` ("on Monday", "earlier in the week"), or `k`. */
function skipTime(tokens: readonly Token[], k: number): number {
  let i = k;
  for (;;) {
    // ("said there was …": "there" opening the clause, not a place.)
    // ("said yesterday’s meeting was …": a possessive time word opens the clause's subject.)
    while (
      i < tokens.length &&
      TIME_WORDS.has(tokens[i]!.word) &&
      !/[’']s$/.test(tokens[i]!.text) &&
      !FINITE_VERBS.has(tokens[i + 1]?.word ?? '')
    )
      i++;
    let j = i;
    while (j < tokens.length && TIME_LEADS.has(tokens[j]!.word)) j++;
    if (j < tokens.length && /^(?:the|a)$/.test(tokens[j]!.word)) j++;
    const noun = tokens[j];
    // ("said in March the pier would …", "said on Sept. 4 the …": a month's name, and its
    // day, after "in" or "on" is a time too.)
    const month = noun && MONTH.test(noun.text);
    if (j > i && noun && (TIME_NOUNS.has(noun.word) || TIME_WORDS.has(noun.word) || month))
      i = month && DAY_OR_YEAR.test(tokens[j + 1]?.text ?? '') ? j + 2 : j + 1;
    else return i;
  }
}

/** Most words of a name opening a clause after the one told or a verb that may take an object ("Ada Lin Quill", "Tarrow Freight"). */
const MAX_CLAUSE_NAME = 4;

/** True when a clause opens at `k` with a name of a few capitalised words and a finite verb of the closed list right after it. */
function namedClause(tokens: readonly Token[], k: number): boolean {
  const nameEnd = (from: number) => {
    let n = from;
    while (n < tokens.length && n - from < MAX_CLAUSE_NAME && isCapitalized(tokens[n])) n++;
    return n;
  };
  let n = nameEnd(k);
  if (n === k) return false;
  // "confirmed Ivo Brand and Teo Marsh have been …": two names joined by "and".
  if (tokens[n]?.word === 'and' && isCapitalized(tokens[n + 1])) {
    const second = nameEnd(n + 1);
    if (second > n + 1) n = second;
  }
  // ("announced Quill resigned on Monday": a past tense in -ed as its verb.)
  return (
    FINITE_VERBS.has(tokens[n]?.text ?? '') ||
    hasPastTenseVerb(tokens.slice(k, n + 1), tokens[n + 1])
  );
}

/** Words after the one told that open a place or a time, not a clause. */
const PLACE_OR_TIME = new Set([
  ...SETTING_PREPOSITIONS,
  ...'while when outside inside near from following'.split(' '),
]);
/** Prepositions after "told" that open what is told about, not who is told. */
const TOLD_OF = new Set(['of', 'about']);
/** Most words of the one spoken to after "told" ("told ABC News", "told the court"). */
const MAX_OBJECT_TOKENS = 3;
const OBJECT_PRONOUNS = new Set('me you him her us them'.split(' '));
/** More words of the one spoken to when an owner's name is among them ("told BBC Radio 4's Today programme"). */
const MAX_OWNED_OBJECT_EXTRA = 2;

/**
 * A clause that follows its verb without "that": "said he plans to …", "said race relations
 * had improved", "Kong said China strongly objects …", "told ABC News it’s time …".
 */
function bareClause(tokens: readonly Token[], v: number): number | null {
  const verb = tokens[v]!.word;
  if (TELL_VERBS.has(verb)) {
    // The one spoken to comes first: a pronoun, a name, or a few words ("the court").
    const from = v + 1;
    if (OBJECT_PRONOUNS.has(tokens[from]?.word ?? ''))
      return clauseStart(tokens, skipTime(tokens, from + 1), true);
    // ("told Radio Tarrow's Morning programme the board had …": an owner's programme or
    // paper may take a few more words, before a clause that shows its finite verb.)
    for (let n = 1; n <= MAX_OBJECT_TOKENS + MAX_OWNED_OBJECT_EXTRA; n++) {
      const object = tokens.slice(from, from + n);
      const owned = n > MAX_OBJECT_TOKENS;
      if (owned && !object.slice(0, -1).some((t) => /[’']s$/.test(t.text))) return null;
      // "told press at a harbour shelter …", "told reporters after closing the …":
      // a place or time after the one told opens no clause.
      if (
        object.length < n ||
        object.some(
          (t, i) =>
            t.text === ',' ||
            isQuoteToken(t) ||
            t.text === 'that' ||
            PLACE_OR_TIME.has(t.text) ||
            // "told reporters of the threat …", "has told of her doubts": what is told of
            // is an object, not a clause ("the House of Commons" goes on capitalised).
            (TOLD_OF.has(t.text) && /^\p{Ll}/u.test(tokens[from + i + 1]?.text ?? '')),
        )
      )
        return null;
      const at = skipTime(tokens, from + n);
      const k = owned ? finiteClause(tokens, at) : clauseStart(tokens, at, true);
      if (k !== null) return k;
      // "told police Ada Quill was never hit", "told the court Holt had …": after one told
      // in lower case, a name and a finite verb of the closed list right after it.
      if (object.every((t) => /^\p{Ll}/u.test(t.text)) && namedClause(tokens, at)) return at;
    }
    return null;
  }
  // "The Harbour Post reports (http://…) the ferry will …": a link in brackets after the verb.
  // ("made it clear she would …": the clause after "it clear".)
  const after = afterLink(tokens, madeItClear(tokens, v) ? v + 3 : v + 1);
  if (OBJECT_OR_CLAUSE_VERBS.has(verb)) return auxiliaryClause(tokens, skipTime(tokens, after));
  // "complained he has been …", "has declared she will not …", "revealed they had …": a verb
  // that otherwise needs "that" takes a clause opening with a subject pronoun and a finite verb.
  if (!BARE_CLAUSE_VERBS.has(verb) && !SPEECH_PARTICIPLES.has(verb))
    return pronounClause(tokens, skipTime(tokens, after));
  const k = skipTime(tokens, after);
  // "conceded the race to …", "reiterated China's position on …", "added a warning to …":
  // these verbs take an object as readily as a clause; without "that" or a subject
  // pronoun, only an auxiliary soon after ("confirmed the plant will close") makes a clause.
  if (OBJECT_VERBS.has(verb) && !objectIsClause(tokens, k)) return null;
  // "said in a fresh survey the harbour must …", "said in a statement the bridge will …": the
  // record the words were said in, then the clause.
  const record = SAY.has(verb) ? afterRecord(tokens, k) : null;
  if (record !== null) return clauseStart(tokens, skipTime(tokens, record), false);
  // "said during a media briefing he believes …", "said at the time the ferry was …": where
  // or when the words were said, then a clause that opens with a pronoun or a determiner.
  const setting = SAY.has(verb) ? afterSetting(tokens, k) : null;
  if (setting !== null) return setting;
  // "wardens said only three gulls stayed on the pier": a word of degree before the
  // clause's subject belongs to the clause.
  const degree =
    DEGREE_WORDS.has(tokens[k]?.word ?? '') &&
    (clauseStart(tokens, k + 1, false) ?? (SAY.has(verb) ? nounClause(tokens, k + 1) : null)) ===
      k + 1
      ? k
      : null;
  return (
    clauseStart(tokens, k, false) ??
    degree ??
    (SAY.has(verb) ? (nounClause(tokens, k) ?? phraseThenClause(tokens, k)) : null)
  );
}

/** Prepositions that open a phrase before a reported clause ("said by cutting fees, the board …"). */
const PHRASE_LEADS = new Set([
  ...SETTING_PREPOSITIONS,
  ...'by with without despite for since until under unlike given'.split(' '),
]);
/** Most tokens of an opening phrase between "said" and its comma ("by ignoring its promise to keep fees low"). */
const MAX_PHRASE_TOKENS = 12;

/**
 * A clause after "say" that opens with a phrase of its own set off by a comma: a sentence
 * adverb ("said hopefully, the board can …"), a phrase of time, view or means ("said before
 * now, such a storm would …", "said in his view, the company has …", "said by ignoring its
 * promise …, the board had …"). The phrase belongs to the clause, which starts at `k`; the
 * words after the comma must open a clause with a finite verb of the closed list soon ("said
 * on Friday, the day the board will …", an appositive of a time, or "said in a letter,
 * which …" open none).
 */
function phraseThenClause(tokens: readonly Token[], k: number): number | null {
  const first = tokens[k];
  if (!first || !/^\p{Ll}/u.test(first.text)) return null;
  const adverb = /^\p{Ll}{4,}ly$/u.test(first.text) && tokens[k + 1]?.text === ',';
  if (!adverb && !PHRASE_LEADS.has(first.text)) return null;
  const comma = tokens.findIndex((t, i) => i > k && t.text === ',');
  if (comma < 0 || comma - k > MAX_PHRASE_TOKENS) return null;
  const phrase = tokens.slice(k + 1, comma);
  // A phrase of a day or a date may have an appositive after its comma, never a clause's
  // subject ("on Friday, the day …"); a phrase with a verb or a quotation is a clause itself.
  if (
    phrase.some(
      (t) =>
        FINITE_VERBS.has(t.word) ||
        isQuoteToken(t) ||
        TIME_WORDS.has(t.word) ||
        TIME_NOUNS.has(t.word) ||
        DAY_OR_YEAR.test(t.text) ||
        MONTH.test(t.text),
    )
  )
    return null;
  const j = comma + 1;
  const opener = tokens[j];
  if (!opener || NOT_A_SUBJECT.has(opener.word) || /ing$/.test(opener.word)) return null;
  if (RELATIVES.has(opener.word) || opener.word === 'that' || isQuoteToken(opener)) return null;
  return clauseWindow(tokens, j).some((t) => FINITE_VERBS.has(t.text.toLowerCase())) ? k : null;
}
/** Words of degree that may open a clause before its subject ("only two", "nearly 600"). */
const DEGREE_WORDS = new Set(['only', 'just', 'nearly', 'almost', 'roughly']);

/** Most tokens of a link in brackets ("(http://nyti.ms/2pW08TO)" is five). */
const MAX_LINK_TOKENS = 8;

/** The token after a bracketed web address at `k` ("reports (http://…) talks were …"), else `k`. */
function afterLink(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text !== '(' || !/^(?:https?|www)$/.test(tokens[k + 1]?.text ?? '')) return k;
  const close = tokens.findIndex((t, i) => i > k && t.text === ')');
  return close > k && close - k <= MAX_LINK_TOKENS ? close + 1 : k;
}

/** Words that open a clause of their own inside an object ("announced plans that would …"). */
const RELATIVE_WORDS = new Set(['that', 'which', 'who', 'whose', 'where', 'when', 'to']);

/**
 * A clause after a verb that may take an object instead ("announced she will step down",
 * "stated a vote might take place"): a lower-case word that is no preposition, and a finite
 * verb of the closed list within a few words, before any comma, quotation or relative
 * word ("announced the closure of plants that would …" is an object).
 */
function auxiliaryClause(tokens: readonly Token[], k: number): number | null {
  // "announced today that its board …": the clause starts after "that".
  if (tokens[k]?.text === 'that') return k + 1 < tokens.length ? k + 1 : null;
  const first = tokens[k];
  // "reported Tarrow Freight will close …", "announced Quill has resigned": a name, then a
  // finite verb of the closed list right after it, opens a clause.
  if (namedClause(tokens, k)) return k;
  if (!first || !/^\p{Ll}/u.test(first.text) || NOT_A_SUBJECT.has(first.text)) return null;
  if (FINITE_VERBS.has(first.text.toLowerCase()) || first.text.endsWith('ly')) return null;
  // "announced the council approved two routes": a past tense in -ed after a short subject.
  if (pastTenseClause(tokens, k)) return k;
  for (let n = k + 1; n < tokens.length && n - k <= MAX_WORDS_BEFORE_VERB; n++) {
    const t = tokens[n]!;
    // "denied the charges and was denied bail": a second verb of the same subject.
    if (FINITE_VERBS.has(t.text.toLowerCase()))
      return COORDINATORS.has(tokens[n - 1]!.word) ? null : k;
    // "explained the risk to the public is low": "to" before a determiner or a name is a
    // preposition; before anything else it may open an infinitive ("announced plans to …").
    const preposition =
      t.text === 'to' &&
      (DETERMINERS.has(tokens[n + 1]?.text ?? '') || isCapitalized(tokens[n + 1]));
    if (t.text === ',' || isQuoteToken(t) || (RELATIVE_WORDS.has(t.text) && !preposition))
      return null;
  }
  return null;
}
/**
 * Verbs of BARE_CLAUSE_VERBS that take a noun as their object as often as a clause:
 * "conceded the race", "confirmed her resignation", "reiterated the policy", "added a warning".
 */
const OBJECT_VERBS = new Set(
  'add adds added concede concedes conceded confirm confirms confirmed reiterate reiterates reiterated acknowledge acknowledges acknowledged admit admits admitted'.split(
    ' ',
  ),
);

/**
 * After a verb of OBJECT_VERBS at `k`: a clause rather than an object. "that", a subject
 * pronoun ("admitted he had …", "added it’s …"), a lower-case first word other than a
 * determiner (left to clauseStart), or an auxiliary within a few words before any comma
 * or quotation ("confirmed the plant will close", "conceded Tarrow had …").
 */
function objectIsClause(tokens: readonly Token[], k: number): boolean {
  const first = tokens[k];
  if (!first) return false;
  const bare = first.text.toLowerCase().replace(/[’'](?:s|ve|re|ll|d)$/, '');
  if (first.text === 'that' || SUBJECT_PRONOUNS.has(bare)) return true;
  if (/^\p{Ll}/u.test(first.text) && !DETERMINERS.has(first.text) && first.text !== 'no')
    return true;
  const finite = (t: Token | undefined) => FINITE_VERBS.has(t?.text.toLowerCase() ?? '');
  // "added the board helped Holt apply …": a past tense in -ed after a short subject.
  if (pastTenseClause(tokens, k)) return true;
  for (let n = k; n < tokens.length && n - k < MAX_OBJECT_CLAUSE_TOKENS; n++) {
    const t = tokens[n]!;
    if (finite(t)) return true;
    if (isQuoteToken(t)) return false;
    // "confirmed the budget and the levy, the sum each household pays, was agreed": the
    // verb after an appositive set off by commas.
    if (t.text === ',') {
      const second = tokens.findIndex((u, i) => i > n && u.text === ',');
      return second > 0 && second - n <= MAX_OBJECT_CLAUSE_TOKENS && finite(tokens[second + 1]);
    }
  }
  return false;
}
/** Most tokens from such a verb to the auxiliary of its clause ("admits the area of X where the standoff occurred is …"). */
const MAX_OBJECT_CLAUSE_TOKENS = 12;
/** Words that join a second verb to the same subject ("… the charges and was …"). */
const COORDINATORS = new Set(['and', 'or', 'but']);
/** Records words are said in ("said in a statement", "said in a new report"). */
const RECORD_NOUNS = new Set([...STATEMENT_NOUNS, 'report', 'filing']);

/** The token after "in a/the … RECORD" at `k` ("said in a new report …"), or null. */
function afterRecord(tokens: readonly Token[], k: number): number | null {
  if (tokens[k]?.word !== 'in') return null;
  let j = k + 1;
  if (!/^(?:a|an|the|its|his|her|their)$/.test(tokens[j]?.word ?? '')) return null;
  j++;
  for (let n = 0; n < MAX_RECORD_WORDS && tokens[j] && !RECORD_NOUNS.has(tokens[j]!.word); n++) {
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(tokens[j]!.text)) return null;
    j++;
  }
  return RECORD_NOUNS.has(tokens[j]?.word ?? '') ? j + 1 : null;
}

/** Prepositions of a setting after "said" ("said during a briefing", "said at the time"). */
const SETTING_LEADS = new Set([...SETTING_PREPOSITIONS, 'following']);

/**
 * The first token of a clause after a setting at `k` ("during a media briefing he
 * believes …", "at the time the ferry was …"): a preposition, a determiner and a few lower-case
 * words, then a clause opening with a pronoun, or with a determiner and a finite verb of the
 * closed list within a few words. Null when none follows ("said at the time of the fire").
 */
function afterSetting(tokens: readonly Token[], k: number): number | null {
  if (!SETTING_LEADS.has(tokens[k]?.text ?? '') || !DETERMINERS.has(tokens[k + 1]?.text ?? ''))
    return null;
  let j = k + 2;
  const first = j;
  while (
    j - first < MAX_RECORD_WORDS &&
    /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[j]?.text ?? '') &&
    !CLAUSE_STARTERS.has(tokens[j]!.text) &&
    !NOT_A_SUBJECT.has(tokens[j]!.text)
  )
    j++;
  return j === first ? null : finiteClause(tokens, j);
}

/**
 * `j` when a clause opens there with a pronoun, or with a determiner and a finite verb of the
 * closed list within a few words ("the ferry was …"), else null.
 */
function finiteClause(tokens: readonly Token[], j: number): number | null {
  if (clauseStart(tokens, j, true) !== j) return null;
  if (PERSONAL_PRONOUNS.has(tokens[j]!.text)) return j;
  const window = tokens.slice(j + 1, j + 1 + MAX_WORDS_BEFORE_VERB);
  const stop = window.findIndex((t) => t.text === ',' || isQuoteToken(t));
  const verb = (stop < 0 ? window : window.slice(0, stop)).some((t) =>
    FINITE_VERBS.has(t.text.toLowerCase()),
  );
  return verb ? j : null;
}

/**
 * `k` when a clause starts there with a subject pronoun and a finite verb of the closed list,
 * perhaps after an adverb ("he has been …", "she would never …"): a clause no object can be.
 */
function pronounClause(tokens: readonly Token[], k: number): number | null {
  // "asserted this was the result of …": "this" and a finite verb right after it.
  if (tokens[k]?.word === 'this' && FINITE_VERBS.has(tokens[k + 1]?.word ?? '')) return k;
  // ("revealed it was …": "it" with a finite verb right after it is a clause's subject too.)
  if (tokens[k]?.word === 'it') return FINITE_VERBS.has(tokens[k + 1]?.word ?? '') ? k : null;
  if (!PERSONAL_PRONOUNS.has(tokens[k]?.word ?? '')) return null;
  const next = tokens[k + 1]?.word ?? '';
  const verb = ADVERBS.has(next) ? (tokens[k + 2]?.word ?? '') : next;
  return FINITE_VERBS.has(verb) ? k : null;
}

/** The verb "say", whose object is almost always a clause ("said hackers broke in …"). */
const SAY = new Set(['say', 'says', 'said']);
/** Words after "said" that open no clause: a preposition, an adverb, a word said ("said so"). */
const NOT_A_SUBJECT = new Set(
  'to in on at of for from with by about through via during after before over under into as like than so outside inside near amid despite within without against among behind nothing something anything little much more yes goodbye hello sorry thanks not only just and but or then when while whereas although though if because since until unless where whether how what why who which'.split(
    ' ',
  ),
);
/** Fewest words of a clause whose verb no closed list can confirm ("said hackers broke into …"). */
const MIN_NOUN_CLAUSE_WORDS = 4;

/**
 * A clause after "say" that opens with a common noun and a verb outside the closed list of
 * finite verbs: "said hackers broke into …", "said such a practice undermines …", "says
 * priorities include …". "Say" takes a clause, hardly ever an object, so a lower-case
 * word that is no preposition or adverb opens one, when the clause runs to four words
 * before any comma or quotation.
 */
function nounClause(tokens: readonly Token[], k: number): number | null {
  const first = tokens[k];
  if (!first || !/^\p{Ll}[\p{Ll}-]*$/u.test(first.text)) return null;
  // "said according to …", "said citing …": a participle opens no clause.
  if (NOT_A_SUBJECT.has(first.text) || /(?:ly|ing)$/.test(first.text)) return null;
  // "Lee has said lawmakers face …, the paper said, citing …": another verb of speech
  // after it may make the sentence someone else's account: too weak to read.
  // (The same speaker's next verb, "…, but added that …", makes it no one else's.)
  if (speechVerbs(tokens).some((v) => v > k && joinedToSpeaker(tokens, v) === null)) return null;
  let n = k;
  while (n < tokens.length && /^[\p{L}\d][\p{L}\d’'-]*$/u.test(tokens[n]!.text)) n++;
  return n - k >= MIN_NOUN_CLAUSE_WORDS ? k : null;
}

/** The first words of a clause starting at `k`: a few, up to any comma or quotation. */
function clauseWindow(tokens: readonly Token[], k: number): Token[] {
  const soon = tokens.slice(k, k + MAX_WORDS_BEFORE_VERB + 1);
  const stop = soon.findIndex((t) => t.text === ',' || isQuoteToken(t));
  return stop >= 0 ? soon.slice(0, stop) : soon;
}

/** True when the clause starting at `k` has a regular past tense as its verb among its first words (`clauseWindow`). */
function pastTenseClause(tokens: readonly Token[], k: number): boolean {
  const window = clauseWindow(tokens, k);
  return hasPastTenseVerb(window, tokens[k + window.length]);
}

/** `k` when a reported clause starts there ("he …", "race relations had …", "China strongly …"), else null. */
function clauseStart(tokens: readonly Token[], k: number, strict: boolean): number | null {
  const first = tokens[k];
  if (!first) return null;
  if (first.text === 'that') return afterThat(tokens, k);
  // "said that’s how he hurt his knee": "that" with its "’s" is the clause's subject.
  if (/^that[’']s$/i.test(first.text)) return k;
  // "said there’s …", "said they’ve …": the word without its "’s" or "’ve".
  const bare = first.text.toLowerCase().replace(/[’'](?:s|ve|re|ll|d)$/, '');
  if (CLAUSE_STARTERS.has(bare) || CLAUSE_STARTERS.has(first.word)) return k;
  if (strict) return null;
  // "said “instability” may have hurt …": a quoted word as the clause's subject, its verb
  // right after it.
  if (/^[Ⓠⓣ]/u.test(first.text) && FINITE_VERBS.has(tokens[k + 1]?.text.toLowerCase() ?? ''))
    return k;
  // "said although the council took proper steps, …", "said while the forecast had been
  // beaten, …": a subordinate clause that opens the reported one ("said when asked" opens none).
  if (REASON_SUBORDINATORS.has(first.text) && clauseStart(tokens, k + 1, false) === k + 1) return k;
  // "said at least 200 people were …", "said more than 300 tremors have been …", "said
  // about 60 homes were …": a count opening the clause, a word of quantity before it.
  // (When the count opens no clause of its own, the words are read as below.)
  const counted = afterQuantity(tokens, k);
  if (counted !== null && clauseStart(tokens, counted, false) === counted) return k;
  // "said race relations had improved": a finite verb within a few words makes a clause.
  // "said 1,136 people died and 42 were hurt": so does a count opening it.
  const window = clauseWindow(tokens, k);
  // ("said 10 days ago that …": a span of time opens no clause.)
  const count =
    /^\d[\d,]*$/.test(first.text) &&
    /^\p{Ll}/u.test(tokens[k + 1]?.text ?? '') &&
    !/^(?:second|minute|hour|day|week|month|year|time)s?$/.test(tokens[k + 1]?.text ?? '');
  // ("said deputies responded to …", "said the council approved two …": a past tense in
  // -ed as the clause's verb.)
  if (
    (/^\p{Ll}/u.test(first.text) || count) &&
    !PREPOSITION_AFTER_NAME.has(first.text) &&
    (window.some((t) => FINITE_VERBS.has(t.text.toLowerCase())) ||
      hasPastTenseVerb(window, tokens[k + window.length]))
  )
    return k;
  // "said 17 laptops, 9 routers and two ledgers have been recovered": a count as the subject,
  // its verb past a list, an appositive or brackets.
  if (countedSubject(tokens, k)) return k;
  // "says getting rid of the levy would be a mistake", "say balancing the cost of books and
  // fees is a struggle": a gerund's phrase as the clause's subject, its finite verb further on.
  if (gerundSubject(tokens, k)) return k;
  // "said schools, shops and offices were closed": a list as the clause's subject.
  if (listSubject(tokens, k)) return k;
  // "confirmed Ivo Brand and Teo Marsh have been …", "said Quill resigned on …".
  if (namedClause(tokens, k)) return k;
  // "Kong said China strongly objects …", "said Airbus Group had …": a clause opening with a name.
  let n = k;
  while (n < tokens.length && isCapitalized(tokens[n])) n++;
  // "said Ada Quill, 47, of Vessby, Tarrow, entered …": a name, an age and a home town
  // set off by commas, then the clause's verb.
  if (n > k) n = afterAgeAppositive(tokens, n);
  const next = tokens[n];
  if (
    n > k &&
    next !== undefined &&
    /^\p{Ll}/u.test(next.text) &&
    !PREPOSITION_AFTER_NAME.has(next.text)
  )
    return k;
  return null;
}

/** Words of quantity before a count ("at least 200", "more than 300", "about 60", "up to 40"). */
const QUANTITY_WORDS = [
  'at least',
  'more than',
  'fewer than',
  'less than',
  'as many as',
  'up to',
  'about',
  'around',
  'nearly',
  'almost',
  'roughly',
  'approximately',
  'some',
  'over',
].map((w) => w.split(' '));

/** The count after words of quantity at `k` ("more than 300 …": the "300"), or null. */
function afterQuantity(tokens: readonly Token[], k: number): number | null {
  for (const words of QUANTITY_WORDS) {
    if (!words.every((w, i) => tokens[k + i]?.word === w)) continue;
    const n = k + words.length;
    return /^\d/.test(tokens[n]?.text ?? '') ? n : null;
  }
  return null;
}

/** Most tokens of a gerund's phrase before the finite verb of its clause ("balancing the cost of books and fees is"). */
const MAX_GERUND_SUBJECT = 14;
/** Words in "-ing" that open a phrase of their own, not a gerund subject ("said during …", "said citing …"). */
const ING_PREPOSITIONS = new Set(
  'during according including following regarding concerning considering excluding pending barring notwithstanding citing speaking referring pointing echoing nothing something anything everything morning evening king thing'.split(
    ' ',
  ),
);

/**
 * True when a clause opens at `k` with a gerund and its phrase as the subject: a lower-case
 * word in "-ing" (no participle of speech, no preposition such as "during" or "according"),
 * then a finite verb of the closed list within a few more words than other subjects take,
 * before any comma, quotation or "that".
 */
function gerundSubject(tokens: readonly Token[], k: number): boolean {
  const first = tokens[k];
  if (!first || !/^\p{Ll}{3,}ing$/u.test(first.text)) return false;
  if (ING_PREPOSITIONS.has(first.text) || REPORTING_PARTICIPLES.has(first.text)) return false;
  for (let n = k + 1; n < tokens.length && n - k <= MAX_GERUND_SUBJECT; n++) {
    const t = tokens[n]!;
    if (t.text === ',' || t.text === 'that' || isQuoteToken(t)) return false;
    if (FINITE_VERBS.has(t.word)) return n > k + 1;
  }
  return false;
}

/** Most tokens of a list that opens a clause ("health workers, older people and other groups"). */
const MAX_LIST_TOKENS = 14;

/**
 * True when a clause opens at `k` with a list as its subject: words (or names) and commas,
 * "and" or "or" after the last comma, then a finite verb of the closed list ("said schools,
 * shops and offices were closed", "said Tarrow, Olstad and Vessby would …"). No preposition,
 * adverb or participle may open it ("said on Monday, after …, the board would …").
 */
function listSubject(tokens: readonly Token[], k: number): boolean {
  const first = tokens[k];
  if (!first || NOT_A_SUBJECT.has(first.text) || /(?:ly|ing)$/.test(first.text)) return false;
  let lastComma = -1;
  for (let n = k; n < tokens.length && n - k <= MAX_LIST_TOKENS; n++) {
    const t = tokens[n]!;
    if (FINITE_VERBS.has(t.word)) {
      const joined = tokens
        .slice(lastComma + 1, n)
        .some((u) => u.word === 'and' || u.word === 'or');
      return lastComma > k && joined;
    }
    if (t.text === ',') {
      if (lastComma === n - 1 || PREPOSITION_AFTER_NAME.has(tokens[n + 1]?.word ?? ''))
        return false;
      lastComma = n;
    } else if (!/^[\p{L}\d][\p{L}\d’'-]*$/u.test(t.text) || NOT_A_SUBJECT.has(t.word)) {
      if (t.word !== 'and' && t.word !== 'or') return false;
    }
  }
  return false;
}

/** Most tokens of a home town after an age ("of Jay, Oklahoma"). */
const MAX_HOME_TOKENS = 8;

/**
 * Where the words after a name's ", 47," (and a home town: ", of Vessby, Tarrow,") go on,
 * as crime and court reports print an accused; `n` when no age follows the name at `n`.
 */
function afterAgeAppositive(tokens: readonly Token[], n: number): number {
  if (tokens[n]?.text !== ',' || !/^\d{1,3}$/.test(tokens[n + 1]?.text ?? '')) return n;
  if (tokens[n + 2]?.text !== ',') return n;
  const m = n + 3;
  if (tokens[m]?.text !== 'of' && tokens[m]?.text !== 'from') return m;
  let k = m + 1;
  while (
    k < tokens.length &&
    k - m <= MAX_HOME_TOKENS &&
    (isCapitalized(tokens[k]) || tokens[k]!.text === ',')
  )
    k++;
  return tokens[k - 1]?.text === ',' ? k : n;
}

function invertedSubject(tokens: readonly Token[], v: number, text: string): Subject | null {
  // Pretend the clause before the comma is a quotation so "…, said the minister." reads as inversion.
  const masked = tokens.map((t, i) => (i === v - 2 ? { ...t, text: 'Ⓠ' } : t));
  return subjectAfter(masked, v, text);
}

/** Conjunctions that open the writer's next clause after a closing attribution ("…, Lee said, but …"). */
const CONJUNCTIONS = new Set(
  'but and yet while whereas although though as after before because since when until'.split(' '),
);

/** Words that open a clause of their own after a comma. */
const NEW_CLAUSE = new Set('while whereas but although though yet and as which who'.split(' '));

/** The tokens of a clause up to a quotation in it ("the utility switched …, “so the pressure …”"). */
function beforeQuote(tokens: readonly Token[], text?: string): Token[] {
  // ("saying she keeps the “firm backing” of the council": with the text, a quoted word or few
  // inside the clause is part of it.)
  const q = tokens.findIndex((t) => isQuoteToken(t) && !(text && isShortQuote(t, text)));
  // Only a quotation set off by a comma or dash ends a clause: one its words run into
  // ("must not “give away the harbour for free”") is part of it.
  if (q > 0 && ![',', ':', ';', '—', '–', '--'].includes(tokens[q - 1]!.text)) return [];
  // A new clause ("…, while Mayor Quill said, “…”") or another attribution is no reported clause.
  const upTo0 = q < 0 ? tokens : tokens.slice(0, q);
  if (q >= 0 && (NEW_CLAUSE.has(upTo0[0]?.word ?? '') || speechVerbs(upTo0).length > 0)) return [];
  const upTo = upTo0.slice();
  while (upTo.length > 0 && [',', ':', ';', '—', '–', '--'].includes(upTo.at(-1)!.text)) upTo.pop();
  return upTo;
} /** Words that open where or when someone spoke, after "quoted X as saying" ("at a harbour briefing"), not what they said. */
const OCCASION_WORDS = new Set([...SETTING_PREPOSITIONS, ...'while from to with'.split(' ')]);

/**
 * `k` when a reported clause starts there ("he …", "Mr Vell is …", "the pier was …"), else
 * null: the test `findReported` applies after a verb of speech, for frames read elsewhere
 * (`courtAccount`).
 */
export function clauseOpensAt(tokens: readonly Token[], k: number): number | null {
  return tokens[k]?.text === 'that' ? afterThat(tokens, k) : clauseStart(tokens, k, false);
}
