import { datelineEnd } from './datelineEnd.ts';
import { speechVerbs } from './findAttribution.ts';
import type { Subject } from './findSubject.ts';
import { subjectAfter, subjectBefore, subjectOfPhrase } from './findSubject.ts';
import { nameRuns } from './nameRuns.ts';
import { officeLead } from './officeLead.ts';
import { parseNameRun } from './parseNameRun.ts';
import {
  ANONYMOUS_HEADS,
  EPITHET_NOUNS,
  FINITE_VERBS,
  OFFICE_AREA_WORDS,
  PRONOUNS,
  ROLE_NOUNS,
  SETTING_PREPOSITIONS,
} from './patterns.ts';
import { isCapitalized, isPossessiveMark, type Token } from './tokenize.ts';

/** Prepositions and possessive-taking words before a name that make it not the subject ("met with Holt", "since Vell’s"). */
const NOT_SUBJECT_BEFORE = new Set(
  'of in for to at from with on by about over under into across near since after before than like against between among'.split(
    ' ',
  ),
);
/** Words that open a mention of someone unnamed ("Another victim", "One official"). */
const INDEFINITE = new Set(['a', 'an', 'one', 'another']);
/** Conjunctions and adverbs that may come before a sentence's subject ("But then Lee …"); not prepositions ("At a White House event, …"). */
const OPENERS = new Set(
  'and but yet so then still also meanwhile however now instead later earlier the'.split(' '),
);
/** Most conjunctions and adverbs before a sentence's subject ("But then Lee …"). */
const MAX_OPENER_WORDS = 2;
/** Most words of a sentence-opening role phrase ("The visiting foreign minister …"). */
const MAX_ROLE_WORDS = 5;

/**
 * Who a sentence is about, as written (before anything is resolved): the subject of each
 * speech verb ("Lee said", "the ambassador noted"), a name that opens the sentence or a
 * clause after a comma ("Speaking in Seoul, Lee …"), with a name joined to it by "and"
 * ("Kim and Park met …"), a sentence-opening pronoun or role ("He aims …", "The
 * president visited …"). Names in passing ("met with Holt", "Holt’s election") are not
 * subjects: a later "he" does not mean them.
 */
export function sentenceSubjects(tokens: readonly Token[], text: string): Subject[] {
  // "Kingston, July 1: …": the place a story was filed from is no subject; the sentence
  // starts after it.
  const dateline = datelineEnd(tokens);
  if (dateline > 0) return sentenceSubjects(tokens.slice(dateline), text);
  const out: Subject[] = [];
  for (const v of speechVerbs(tokens)) {
    // "“…,” said Quill, adding: …": an inverted verb's subject comes after it.
    const s = subjectAfter(tokens, v, text) ?? subjectBefore(tokens, v, text);
    if (s) out.push(s);
  }
  const runs = nameRuns(tokens);
  const listed = listedObjects(tokens, runs);
  /** Where the name a sentence-opening modifier describes starts ("Shadow harbours secretary Sir Tobias Quill"). */
  let described = -1;
  for (const [i, { run, start: at, next }] of runs.entries()) {
    if (listed.has(i)) continue;
    const prev = tokens[at - 1];
    // "But Varga did the opposite.": a conjunction or adverb may open the sentence.
    const opener = at <= MAX_OPENER_WORDS && tokens.slice(0, at).every((t) => OPENERS.has(t.word));
    const opens =
      at === 0 ||
      opener ||
      roleLead(tokens, at) ||
      officeLead(tokens, at, run) ||
      at === described ||
      [',', ';', ':', '—', '–', '--'].includes(prev?.text ?? '') ||
      joinedClause(tokens, at, next);
    const mark = isPossessiveMark(tokens[next]);
    const possessive = /[’']s$/.test(run[run.length - 1]!.text) || mark;
    // "Varga attorney Ben Holt": a name before a role and another name describes them.
    // ("Dark Blues’ skipper Ada Quill": past a plural possessive's mark.)
    const after = mark ? next + 1 : next;
    const modifier = describedAfter(tokens, after, runs[i + 1]?.run[0]);
    if (opens && modifier >= 0) described = modifier;
    // "The Pakistan Harbour League president continued": the name describes the role, which
    // is the subject.
    const describes =
      ROLE_NOUNS.has(tokens[next]?.word ?? '') && /^\p{Ll}/u.test(tokens[next]!.text);
    // "…, Musical or Comedy category", "…, Quill or Orrin": one of two words joined by
    // "or" is an alternative, never the one person a sentence is about.
    const alternative = tokens[next]?.word === 'or';
    if (!opens || possessive || modifier >= 0 || describes || alternative) continue;
    const subject = subjectOfPhrase(run, text);
    // "Minister Ada Quill and her deputy arrived", "Quill and acting Foreign Minister …":
    // the name and someone unnamed together, never the name alone.
    const withRole = tokens[next]?.text === 'and' ? roleAfterAnd(tokens, next + 1) : -1;
    if (subject?.kind === 'name' && withRole >= 0)
      out.push({ kind: 'joint', text: text.slice(run[0]!.start, tokens[withRole]!.end) });
    else if (subject?.kind === 'name') out.push(subject);
    // "Kim and Park met": both are the subject.
    const partner = runs[i + 1];
    // "Quill and harbour master Ben Holt met": a role may stand before the second name.
    const roleWords = partner ? tokens.slice(next + 1, partner.start) : [];
    const rolePartner =
      roleWords.length > 0 &&
      roleWords.length <= MAX_ROLE_WORDS &&
      roleWords.every(
        (t) => /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && !NOT_SUBJECT_BEFORE.has(t.word),
      ) &&
      ROLE_NOUNS.has(roleWords.at(-1)!.word);
    if (tokens[next]?.text === 'and' && partner && (partner.start === next + 1 || rolePartner)) {
      const parsed = parseNameRun(partner.run);
      if (parsed && !/[’']s$/.test(partner.run[partner.run.length - 1]!.text))
        out.push({
          kind: 'name',
          run: parsed,
          text: partner.run.map((t) => t.text).join(' '),
          role: null,
        });
    }
  }
  const first = tokens[0];
  // "But he offered …", "And then she said …": a pronoun after the opening conjunctions.
  let lead = 0;
  while (
    lead < MAX_OPENER_WORDS &&
    OPENERS.has(tokens[lead]?.word ?? '') &&
    tokens[lead]!.word !== 'the'
  )
    lead++;
  const pronoun = tokens[lead];
  if (pronoun && pronoun.word in PRONOUNS && pronoun.word !== 'i')
    out.push(subjectOfPhrase([pronoun], text)!);
  // "Another victim, No. 6, described …": someone unnamed is the subject.
  if (first && INDEFINITE.has(first.word)) {
    const k = tokens
      .slice(1, 1 + MAX_ROLE_WORDS)
      .findIndex((t) => ROLE_NOUNS.has(t.word) || ANONYMOUS_HEADS.has(t.word));
    const head = tokens[k + 1];
    if (k >= 0 && head && tokens.slice(1, k + 2).every((t) => /^\p{Ll}/u.test(t.text)))
      out.push({ kind: 'role', head: head.word, text: text.slice(first.start, head.end) });
  }
  // "Quill's father gave evidence …": someone a named person has, unnamed, is the subject;
  // a later "he" means them, never whoever was named before.
  const owned = tokens.findIndex((t) => /[’']s$/.test(t.text));
  if (owned >= 0 && tokens.slice(0, owned + 1).every(isCapitalized)) {
    const k = tokens
      .slice(owned + 1, owned + 1 + MAX_ROLE_WORDS)
      .findIndex((t) => ROLE_NOUNS.has(t.word));
    const head = tokens[owned + 1 + k];
    // "Quill's mother Katherine": the name after the role is the subject, not the role.
    if (
      k >= 0 &&
      head &&
      tokens.slice(owned + 1, owned + k + 2).every((t) => /^\p{Ll}/u.test(t.text)) &&
      !isCapitalized(tokens[owned + k + 2]) &&
      !namedInApposition(tokens, runs, owned + k + 1)
    )
      out.push({ kind: 'role', head: head.word, text: text.slice(tokens[0]!.start, head.end) });
  }
  // "During the hearing, the harbour officer …": a setting's phrase and its comma may open
  // the sentence before the role.
  const the = settingEnd(tokens);
  const det = tokens[the];
  if (det && /^the$/i.test(det.text)) {
    const o = the;
    let k = tokens.slice(o + 1, o + 1 + MAX_ROLE_WORDS).findIndex((t) => ROLE_NOUNS.has(t.word));
    // "The first-term representative lawmaker": the last of the role nouns is the head.
    while (
      k >= 0 &&
      ROLE_NOUNS.has(tokens[o + k + 2]?.word ?? '') &&
      /^\p{Ll}/u.test(tokens[o + k + 2]!.text)
    )
      k++;
    const head = tokens[o + k + 1];
    const between = tokens.slice(o + 1, o + k + 1);
    if (
      k >= 0 &&
      head &&
      between.every((t) => !NOT_SUBJECT_BEFORE.has(t.text)) &&
      !namedInApposition(tokens, runs, o + k + 1)
    )
      out.push({ kind: 'role', head: head.word, text: text.slice(det.start, head.end) });
  }
  return out.filter((s, i) => out.findIndex((o) => o.text === s.text) === i);
}

/** Conjunctions that join a second clause after a comma ("…, and Quill will …"). */
const CLAUSE_CONJUNCTIONS = new Set(['and', 'but']);

/**
 * True when the name from token `at` to `next` opens a clause joined by a comma and a
 * conjunction, its finite verb right after it ("The club confirmed the deal, and Quill
 * will fly out on Monday"): that clause's subject, as much as the first clause's. A name
 * in a list ("Holt, Vell, and Quill met") has no verb of its own after it.
 */
function joinedClause(tokens: readonly Token[], at: number, next: number): boolean {
  return (
    CLAUSE_CONJUNCTIONS.has(tokens[at - 1]?.word ?? '') &&
    tokens[at - 2]?.text === ',' &&
    FINITE_VERBS.has(tokens[next]?.word ?? '')
  );
}

/**
 * True when the role ending at token `head` is followed by its holder's name set off by
 * commas ("The party’s floor leader, Ada Quill, defended …"): the name is the subject
 * (read as opening a clause after the comma), and the role only says who they are.
 */
function namedInApposition(
  tokens: readonly Token[],
  runs: readonly { run: Token[]; start: number; next: number }[],
  head: number,
): boolean {
  if (tokens[head + 1]?.text !== ',') return false;
  const name = runs.find((r) => r.start === head + 2);
  return name !== undefined && name.run.length >= 2 && tokens[name.next]?.text === ',';
}

/** Words after a list of names that say it names no subject ("…, Sam Orrin and Ben Holt the only others"). */
const LIST_FOLLOWERS = new Set('the a an all both among each as'.split(' '));

/**
 * The runs of `runs` that continue a list of people opened after a preposition ("with Ada
 * Quill, Ben Holt and Sam Orrin the only others", "after Ada Quill, Ben Holt and Sam
 * Orrin."): the comma before each is the list's, not a clause's, so none is a subject.
 * Only when the first is a full name after a preposition, the list goes on past the comma
 * ("…, Ben Holt and Sam Orrin"), and what follows its last name is no verb (a noun phrase,
 * a closing mark): "In Tarrow, Holt and Orrin agreed …" keeps its subjects.
 */
function listedObjects(
  tokens: readonly Token[],
  runs: readonly { run: Token[]; start: number; next: number }[],
): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < runs.length; i++) {
    const first = runs[i]!;
    if (first.run.length < 2 || !NOT_SUBJECT_BEFORE.has(tokens[first.start - 1]?.word ?? ''))
      continue;
    // The items after it: "Name, Name, … and Name", each right after a comma or "and".
    let j = i;
    let last = first;
    while (
      runs[j + 1] &&
      runs[j + 1]!.start === last.next + 1 &&
      [',', 'and'].includes(tokens[last.next]!.text)
    ) {
      j++;
      last = runs[j]!;
    }
    if (j === i || tokens[runs[i + 1]!.start - 1]!.text !== ',') continue;
    const after = tokens[last.next];
    const closes = after === undefined || /^[.,;:)]$/.test(after.text);
    if (!closes && !LIST_FOLLOWERS.has(after.text)) continue;
    for (let k = i + 1; k <= j; k++) out.add(k);
    i = j;
  }
  return out;
}

/**
 * The index of the role noun ending a role phrase that starts at `from` right after
 * "and" ("her deputy", "acting Foreign Minister", "the visiting envoy"), or -1: words of
 * letters only, no preposition, at most `MAX_ROLE_WORDS`, the last a role noun followed
 * by its verb (a lower-case word, no preposition), not by a name or an appositive.
 */
function roleAfterAnd(tokens: readonly Token[], from: number): number {
  for (let k = from; k < tokens.length && k - from < MAX_ROLE_WORDS; k++) {
    const t = tokens[k]!;
    if (!/^[\p{L}-]+$/u.test(t.text) || NOT_SUBJECT_BEFORE.has(t.word)) return -1;
    // The role's verb right after it ("… and acting Foreign Minister Lee arrived" is a name;
    // "… and her deputy on the committee, Ada Quill," names the deputy after all).
    const after = tokens[k + 1];
    if (ROLE_NOUNS.has(t.word))
      return after && /^\p{Ll}+$/u.test(after.text) && !NOT_SUBJECT_BEFORE.has(after.word) ? k : -1;
  }
  return -1;
}

/** Most words of a setting's phrase that opens a sentence before its subject ("During the long hearing,"). */
const MAX_SETTING_WORDS = 6;
const SETTING_OPENERS = new Set(SETTING_PREPOSITIONS);

/**
 * Where the sentence's subject may start: 0, or after an opening setting's phrase and its
 * comma ("During the hearing, | the officer …"): a preposition of time or place, then
 * lower-case words only, so no name of the phrase is passed over.
 */
function settingEnd(tokens: readonly Token[]): number {
  if (!SETTING_OPENERS.has(tokens[0]?.word ?? '')) return 0;
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma < 2 || comma > MAX_SETTING_WORDS) return 0;
  return tokens.slice(1, comma).every((t) => /^\p{Ll}/u.test(t.text)) ? comma + 1 : 0;
}

/**
 * True when lower-case role words open the sentence or a clause after a comma right
 * before the name at `at` ("party leader Ravi Quill dismissed …", "While …, opposition
 * leader Ada Holt …"): the name is that clause's subject.
 */
function roleLead(tokens: readonly Token[], at: number): boolean {
  let k = at;
  while (k > 0 && /^\p{Ll}/u.test(tokens[k - 1]!.text) && at - k < MAX_ROLE_WORDS) k--;
  const lead = tokens.slice(k, at);
  const opensClause = k === 0 || [',', ';', ':'].includes(tokens[k - 1]!.text);
  return (
    lead.length > 0 &&
    opensClause &&
    ROLE_NOUNS.has(tokens[at - 1]!.word) &&
    lead.every((t) => !NOT_SUBJECT_BEFORE.has(t.word) && !OPENERS.has(t.word))
  );
}

/**
 * For a name run ending before token `next`: when lower-case role words and another name
 * follow ("Varga attorney Ben Holt", "Shadow harbour secretary Ines Morrow"), the
 * run only describes that name: the index where that name starts; else -1.
 */
export function describedAfter(
  tokens: readonly Token[],
  next: number,
  nextRun: Token | undefined,
): number {
  let k = next;
  // "Harbour ward councillor Ada Quill", "Labour county councillor …": the body or the
  // area of the office may come before the role word.
  while (
    k < tokens.length &&
    /^\p{Ll}/u.test(tokens[k]!.text) &&
    (ROLE_NOUNS.has(tokens[k]!.word) ||
      EPITHET_NOUNS.has(tokens[k]!.word) ||
      OFFICE_AREA_WORDS.has(tokens[k]!.word))
  )
    k++;
  // ("Harbour-born Tarrow winger Ada Quill": a player's position, as sports news prints it.)
  const role = (w: string) => ROLE_NOUNS.has(w) || EPITHET_NOUNS.has(w);
  return k > next && nextRun === tokens[k] && role(tokens[k - 1]!.word) ? k : -1;
}
