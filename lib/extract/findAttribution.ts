import { coordinatedSubject } from './coordinatedSubject.ts';
import { creditedName } from './creditedName.ts';
import type { Subject } from './findSubject.ts';
import { isPersonSubject, subjectAfter, subjectBefore, subjectOfPhrase } from './findSubject.ts';
import { howClause } from './howClause.ts';
import { jointSubject } from './jointSubject.ts';
import { mandativeClause } from './mandativeClause.ts';
import { nameRuns } from './nameRuns.ts';
import { parseNameRun } from './parseNameRun.ts';
import { participleSubject } from './participleSubject.ts';
import {
  ASSURING_VERBS,
  BE_FORMS,
  CROWD_NOUNS,
  EPITHET_NOUNS,
  EXPRESSING_VERBS,
  FINITE_VERBS,
  HOW_VERBS,
  INSTITUTION_NOUNS,
  LEAD_IN_ONLY_VERBS,
  NAMED_SUBJECT_VERBS,
  ORGANIZATION_WORDS,
  PERSONAL_PRONOUNS,
  QA_LABEL,
  ROLE_NOUNS,
  SIGNATURE_OCCASIONS,
  SPEECH_NOUN_FORMS,
  SPEECH_PARTICIPLES,
  SPEECH_VERBS,
  SUBORDINATORS,
  THAT_VERBS,
  TOPIC_LABEL,
  VIEW_NOUNS,
} from './patterns.ts';
import { quotedAsSaying } from './quotedAsSaying.ts';
import type { Token } from './tokenize.ts';
import { isCapitalized, isQuoteToken } from './tokenize.ts';

/** Longest subject between a quotation and its verb ("…,” South Korea's top diplomat said). */
const MAX_SUBJECT_TOKENS = 10;
const DASHES = new Set(['—', '–', '--']);

/** Most tokens between a verb and the quotation it leads into ("told reporters, “…”", "by saying, “…”"). */
const MAX_LEAD_TOKENS = 3;
/**
 * Words before a verb that make it passive or subordinate ("is said to", "when asked"), or
 * a noun ("the remarks", "his claims", "a report", "for remarks", "in comments").
 */
const NOT_ATTRIBUTING = new Set(
  'is was were are be been being when if after before as while the a an another his her their its our your my these those for of in on with about without by from'.split(
    ' ',
  ),
);
/**
 * Words that open a new clause when they follow a comma or a quotation ("…,” while Ri
 * insisted …", "…,” but Park replied …", "…, which had tried … by saying “…”"): a subject
 * or verb after one belongs to its own clause, not to the quotation on the other side.
 */
const CLAUSE_OPENERS = new Set('while whereas but although though yet and as which who'.split(' '));
/** An adverb between a passive's "be" and its verb ("was also asked", "were repeatedly told"). */
const PASSIVE_ADVERB =
  /^(?:also|then|later|again|once|twice|often|never|not|already|since|\p{L}+ly)$/u;
/** Verbs that speak with "back" after them ("shot back", "hit back", "fired back"). */
const PHRASAL_BACK = new Set(['shot', 'hit', 'hits', 'fired', 'fires', 'snapped']);
/**
 * "state" is far more often the noun ("state funding cuts", "to bolster state revenue")
 * than the verb, which then comes before what is stated ("officials state that …").
 */
const STATED_AFTER = new Set(['that', ':']);
/** Auxiliaries of a progressive form ("is telling", "was saying"). */
const PROGRESSIVE = new Set(['is', 'are', 'was', 'were', 'been']);
/** Verbs of an outlet relaying what someone said ("the Inquirer reported"). */
const REPORT_VERBS = new Set(['report', 'reports', 'reported']);
/** Words that open a clause of their own between a quotation and a verb ("repeating what he said"). */
const RELATIVE_WORDS = new Set('what that which who whom when where while'.split(' '));

/** One attribution of a sentence: who, where it stands, and the quotation it points at. */
export interface Attribution {
  subject: Subject;
  /** Token index it stands at: its verb, dash or colon. */
  at: number;
  /**
   * Token index of the quotation it attributes in its own clause: the one right before
   * it ("…,” Lee said), else the first one after it (Lee said, “…”), else the last one
   * before it ("…” with …, he added). Null when its clause holds no quotation.
   */
  target: number | null;
}

/** Indexes of the speech verbs of a sentence that can attribute (not "is said to", not "when asked"). */
/** Most tokens of the ones spoken to between a verb of THAT_VERBS and its "that" ("clarified to the reporters that"). */
const MAX_TOLD_BEFORE_THAT = 4;

/** "make it clear", "made it known", "makes it plain": words of a statement. */
const MAKE = new Set(['make', 'makes', 'made']);
const MADE_IT_ADJECTIVES = new Set(['clear', 'known', 'plain']);

/** True when the verb at `i` is "made" in "made it clear / known / plain" (its clause starts two words on). */
export const madeItClear = (tokens: readonly Token[], i: number): boolean =>
  MAKE.has(tokens[i]?.word ?? '') &&
  tokens[i + 1]?.word === 'it' &&
  MADE_IT_ADJECTIVES.has(tokens[i + 2]?.word ?? '');

/** Owners that may stand between a verb of expressing and its view ("expressed his belief"). */
const VIEW_OWNERS = new Set(['his', 'her', 'their', 'its']);

/** True when the verb at `i` voices a view with "that" after it ("expressed optimism that", "voiced her belief that"). */
export const voicesView = (tokens: readonly Token[], i: number): boolean => {
  if (!EXPRESSING_VERBS.has(tokens[i]?.word ?? '')) return false;
  const n = VIEW_OWNERS.has(tokens[i + 1]?.word ?? '') ? i + 2 : i + 1;
  return VIEW_NOUNS.has(tokens[n]?.word ?? '') && tokens[n + 1]?.text === 'that';
};

/** Most tokens of the one assured between a verb of ASSURING_VERBS and its "that" ("assured the island's ferry crews that"). */
const MAX_ASSURED_TOKENS = 5;

/**
 * True when the verb at `i` assures with "that" after it, the one assured perhaps between
 * ("assured that …", "assured the residents that …"): no comma, quotation or finite verb
 * between them.
 */
export const assuresThat = (tokens: readonly Token[], i: number): boolean => {
  if (!ASSURING_VERBS.has(tokens[i]?.word ?? '')) return false;
  for (let k = i + 1; k < tokens.length && k - i <= MAX_ASSURED_TOKENS + 1; k++) {
    const t = tokens[k]!;
    if (t.text === 'that') return true;
    if (t.text === ',' || isQuoteToken(t) || FINITE_VERBS.has(t.word)) return false;
  }
  return false;
};

export function speechVerbs(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  tokens.forEach((t, i) => {
    // "As Fenn put it to me, “…”": "put it" says.
    const putIt = t.word === 'put' && tokens[i + 1]?.word === 'it';
    // "Varadkar shot back that …", "the party hit back, saying …": a phrasal verb of speech.
    // (Only right before what is said: "hit back at Jaitley a day after he tweeted …" is not.)
    const back =
      PHRASAL_BACK.has(t.word) &&
      tokens[i + 1]?.word === 'back' &&
      ['that', ':', ','].includes(tokens[i + 2]?.text ?? '');
    // "Vell clarified that …": a verb that speaks only before "that".
    // ("clarified to reporters that …": the ones spoken to before "that".)
    const thatVerb =
      THAT_VERBS.has(t.word) &&
      (tokens[i + 1]?.word === 'that' ||
        (tokens[i + 1]?.word === 'to' &&
          tokens.slice(i + 2, i + 2 + MAX_TOLD_BEFORE_THAT).some((u) => u.word === 'that') &&
          !tokens
            .slice(
              i + 2,
              tokens.findIndex((u, j) => j > i + 1 && u.word === 'that'),
            )
            .some((u) => u.text === ',' || isQuoteToken(u))));
    // "Quill has made it clear that …", "made it known during a briefing that …".
    const madeIt = madeItClear(tokens, i);
    // "Brask described how the drought had emptied the farms": a verb that speaks only before "how".
    const described = HOW_VERBS.has(t.word) && howClause(tokens, i) !== null;
    // "Quill recommended the charges be dropped": a recommendation with its clause.
    const recommended = mandativeClause(tokens, i) !== null;
    // "expressed optimism that …", "assured the residents that …".
    const voiced = voicesView(tokens, i) || assuresThat(tokens, i);
    const prev = tokens[i - 1];
    // "is telling senators he would …": a participle after "is" or "was" speaks.
    const progressive = SPEECH_PARTICIPLES.has(t.word) && PROGRESSIVE.has(prev?.word ?? '');
    if (
      !putIt &&
      !back &&
      !thatVerb &&
      !madeIt &&
      !described &&
      !recommended &&
      !voiced &&
      !progressive &&
      !SPEECH_VERBS.has(t.text) &&
      !SPEECH_VERBS.has(t.word)
    )
      return;
    if (isCapitalized(t)) return;
    if (t.word === 'state' && !STATED_AFTER.has(tokens[i + 1]?.text ?? '')) return;
    if (!progressive && prev && NOT_ATTRIBUTING.has(prev.text.toLowerCase())) return;
    if (!progressive && describedNoun(tokens, i)) return;
    // "no immediate reports of damage", "claims of fraud": a speech word that is as often a
    // noun, right before "of", names what was said, no verb.
    if (OF_NOUN_FORMS.has(t.word) && tokens[i + 1]?.word === 'of') return;
    // "who had 35 points", "with 12 notes": a noun counted by a number, no verb.
    if (prev && COUNT.test(prev.text)) return;
    // "Marsh was also asked …", "was repeatedly told": a passive with an adverb between.
    const passive =
      BE_FORMS.has(tokens[i - 2]?.word ?? '') && PASSIVE_ADVERB.test(prev?.word ?? '');
    if (passive || passiveAfterTime(tokens, i)) return;
    out.push(i);
  });
  return out;
}

/** Speech words that are nouns before "of" ("reports of damage", "claims of fraud"). */
const OF_NOUN_FORMS: ReadonlySet<string> = new Set([...SPEECH_NOUN_FORMS, 'report', 'reports']);

/** Determiners that open a noun phrase ("a curt reply", "his sharper answer"). */
const NOUN_DETERMINERS = new Set('a an the another his her their its our your my this'.split(' '));
/**
 * Most describing words read between a determiner and a speech word taken for a noun
 * ("a far more measured answer": three); a longer stretch may hold a clause.
 */
const MAX_NOUN_DESCRIBERS = 3;
/**
 * Words that make what stands before a speech word a clause, no noun phrase: "to" ("took
 * the stand to say"), an auxiliary ("the party will answer"), a pronoun ("at the same time
 * it said").
 */
const VERB_PHRASE_WORDS = new Set([
  'to',
  ...'will would can could may might must shall should do does did has have had not'.split(' '),
  ...BE_FORMS,
  ...PERSONAL_PRONOUNS,
]);

/**
 * "Vell offered a warmer reply, …", "gave a far more guarded answer about dates, …": a
 * speech word that is as often a noun (`SPEECH_NOUN_FORMS`), after a determiner and
 * describing words in lower case, is a noun, no verb. A role, a body, a group or a
 * person's word among them is the subject of a verb ("the new minister answers", "the
 * local council replies", "the veteran retorts").
 */
function describedNoun(tokens: readonly Token[], i: number): boolean {
  if (!SPEECH_NOUN_FORMS.has(tokens[i]!.word)) return false;
  for (let k = i - 1; k >= 0 && i - k <= MAX_NOUN_DESCRIBERS + 1; k--) {
    const t = tokens[k]!;
    if (NOUN_DETERMINERS.has(t.word)) return k < i - 1;
    const noun = t.word.replace(/s$/, '');
    if (
      !/^\p{Ll}+$/u.test(t.text) ||
      VERB_PHRASE_WORDS.has(t.word) ||
      [t.word, noun].some(
        (w) =>
          ROLE_NOUNS.has(w) ||
          EPITHET_NOUNS.has(w) ||
          ORGANIZATION_WORDS.has(w) ||
          CROWD_NOUNS.has(w) ||
          INSTITUTION_NOUNS.has(w),
      )
    )
      return false;
  }
  return false;
}

/** A number in figures ("35", "1,200", "2.5"): the word after it is a noun it counts. */
const COUNT = /^\d[\d,.]*$/;

/** A time between a passive's "be" and its verb ("on Friday", "yesterday", "on Sunday night"). */
const PASSIVE_TIME =
  /^(?:on|yesterday|today|tonight|overnight|last|this|early|late|night|morning|afternoon|evening|week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/;
/** Most words of a time between a passive's "be" and its verb. */
const MAX_PASSIVE_TIME = 3;

/**
 * "Ada Quill was on Friday declared the winner", "was yesterday named", "was on Sunday
 * night announced as …": a passive speech verb with a time between "be" and the verb.
 * Its subject is the one spoken of, never a speaker.
 */
function passiveAfterTime(tokens: readonly Token[], verb: number): boolean {
  let k = verb - 1;
  while (k >= 0 && verb - k <= MAX_PASSIVE_TIME && PASSIVE_TIME.test(tokens[k]!.text.toLowerCase()))
    k--;
  return k < verb - 1 && BE_FORMS.has(tokens[k]?.word ?? '');
}

/**
 * The clause of each token: a new clause starts at ";" and at a word like "while" or
 * "but" after a comma or a quotation. Quotations in one clause share its attribution.
 */
export function clauseIds(tokens: readonly Token[]): number[] {
  let id = 0;
  let next = 0;
  /** The clause a relative clause set off by commas returns to ("Lahoud, who leads the talks, told …"). */
  let outer: number | null = null;
  return tokens.map((t, i) => {
    const prev = tokens[i - 1];
    if (outer !== null && t.text === ',') {
      id = outer;
      outer = null;
      return id;
    }
    if (
      t.text === ';' ||
      (CLAUSE_OPENERS.has(t.text) && (prev?.text === ',' || isQuoteToken(prev)))
    ) {
      if (RELATIVE_OPENERS.has(t.text) && prev?.text === ',') outer = id;
      next++;
      id = next;
    }
    return id;
  });
}

/** Relative pronouns that open a clause set off by commas. */
const RELATIVE_OPENERS = new Set(['which', 'who']);

/** Most tokens of the one whose words they are in "In NAME's words" / "In the words of NAME" ("the harbour board's chair"). */
const MAX_IN_WORDS_SUBJECT = 6;

/**
 * "In Quill's words, “…”", "In the words of Ada Quill: “…”": a sentence that opens so and
 * leads, after its comma or colon, straight into a quotation gives that quotation to the
 * one named (or the role: "In the words of the mayor"). Null when the sentence opens otherwise.
 */
function inWordsOf(tokens: readonly Token[], text: string): Attribution | null {
  if (tokens[0]?.word !== 'in') return null;
  // "In the words of NAME,": the one named runs from after "of" up to the comma or colon.
  const of = tokens[1]?.word === 'the' && tokens[2]?.text === 'words' && tokens[3]?.text === 'of';
  const from = of ? 4 : 1;
  let end = from;
  while (
    end < tokens.length &&
    end - from < MAX_IN_WORDS_SUBJECT &&
    !/^[,:]$/.test(tokens[end]!.text)
  )
    end++;
  // "In Quill's words,": the possessor ends right before "words".
  const words = of ? end : end - 1;
  if (!of && (tokens[words]?.text !== 'words' || !/[’']s?$/.test(tokens[words - 1]?.text ?? '')))
    return null;
  if (words <= from || !/^[,:]$/.test(tokens[end]?.text ?? '') || !isQuoteToken(tokens[end + 1]))
    return null;
  const subject = subjectOfPhrase(tokens.slice(from, words), text);
  if (!subject || (subject.kind !== 'name' && subject.kind !== 'role')) return null;
  return { subject, at: end, target: end + 1 };
}

/**
 * Who a sentence holding quotations may attribute them to, most likely first: a verb next
 * to a quotation (QUOTE, verb NAME; QUOTE, NAME verb), then any other speech verb
 * (NAME [, apposition,] verb [: | that] QUOTE), then a headline's "NAME, …: QUOTE" or
 * "QUOTE: NAME". Each says which quotation of its clause it points at; the caller ties
 * every quotation to the attribution pointing at it (see `rankAttributions`).
 */
export function findAttribution(tokens: readonly Token[], text: string): Attribution[] {
  const clause = clauseIds(tokens);
  const quotes = tokens.flatMap((t, i) => (isQuoteToken(t) ? [i] : []));
  const inClause = (i: number) => quotes.filter((q) => clause[q] === clause[i]);
  const next = (i: number) => inClause(i).find((q) => q > i) ?? null;
  const prev = (i: number) => inClause(i).findLast((q) => q < i) ?? null;

  // The quotation a verb leads straight into ("said, “…”", "told reporters: “…”").
  const leadsInto = (v: number) => {
    const q = next(v);
    return q !== null && q - v - 1 <= MAX_LEAD_TOKENS ? q : null;
  };
  const near: Attribution[] = [];
  const far: Attribution[] = [];
  const verbs = speechVerbs(tokens);
  for (const v of verbs) {
    // "criticised Lind’s tweet, saying: …": after a name's possessive the word is a noun
    // ("tweet", "post", "statement"), no verb whose subject the name is.
    if (/^\p{Lu}\p{L}*[’']s$/u.test(tokens[v - 1]?.text ?? '')) continue;
    const after = subjectAfter(tokens, v, text);
    if (after) {
      // "…,” said the minister: the quotation right before the verb.
      near.push({ subject: after, at: v, target: prev(v) });
      continue;
    }
    const before =
      jointSubject(tokens, v, text) ??
      subjectBefore(tokens, v, text) ??
      coordinatedSubject(tokens, v, text);
    if (!before) continue;
    // "QUOTE, NAME verb": the subject follows the quotation directly, in the same clause.
    let k = v - 1;
    while (
      k >= 0 &&
      !isQuoteToken(tokens[k]) &&
      tokens[k]!.text !== ',' &&
      v - k <= MAX_SUBJECT_TOKENS
    )
      k--;
    const quoteAt = isQuoteToken(tokens[k])
      ? k
      : tokens[k]?.text === ',' && isQuoteToken(tokens[k - 1])
        ? k - 1
        : -1;
    // Not when a clause of its own stands between ("“…,” repeating what he said"): then the
    // verb is that clause's.
    const between = quoteAt >= 0 ? tokens.slice(quoteAt + 1, v) : [];
    const ownClause = between.some(
      (t) => RELATIVE_WORDS.has(t.word) || /\p{L}{3,}ing$/u.test(t.word),
    );
    if (quoteAt >= 0 && clause[quoteAt] === clause[v] && !ownClause) {
      near.push({ subject: before, at: v, target: quoteAt });
      continue;
    }
    // "NAME verb [, | : | that | by saying,] QUOTE", else a quotation earlier in the clause.
    const punctuated = next(v) === v + 2 && [',', ':'].includes(tokens[v + 1]!.text);
    if (LEAD_IN_ONLY_VERBS.has(tokens[v]!.word) && !punctuated) continue;
    // "The singer revealed in an interview that she would “love” to …": only a name or
    // "he"/"she" leads such a verb into a quotation (`NAMED_SUBJECT_VERBS`).
    if (NAMED_SUBJECT_VERBS.has(tokens[v]!.word) && !isPersonSubject(before)) continue;
    far.push({ subject: before, at: v, target: next(v) ?? prev(v) });
  }
  // "… when she was caught on tape saying that the council must not “give away
  // the harbour for free”": a participle of speech leads into a quotation for the
  // sentence's subject.
  tokens.forEach((t, p) => {
    if (!SPEECH_PARTICIPLES.has(t.word)) return;
    // "“…,” Xinhua quoted Quill as saying": the one quoted speaks, before or after.
    const quoted = quotedAsSaying(tokens, p, text);
    if (quoted) {
      const target = next(p) ?? prev(p);
      if (target !== null) near.push({ subject: quoted, at: p, target });
      return;
    }
    const target = next(p);
    const subject = target === null ? null : participleSubject(tokens, p, text);
    if (subject) far.push({ subject, at: p, target });
  });
  // "While Cho said, “A,” Ri told reporters, “B.”": A is Cho's, whose verb leads into it;
  // Ri's verb, which A merely precedes, takes the quotation it leads into, B.
  for (const a of near) {
    const leads = leadsInto(a.at);
    if (leads === null || leads === a.target) continue;
    if ([...near, ...far].some((b) => b !== a && leadsInto(b.at) === a.target)) a.target = leads;
  }
  // "X told Y: “…,” the Inquirer reported": an outlet that reports a quotation relays it;
  // any other attribution of the quotation names its speaker first.
  const relays = (a: Attribution) => REPORT_VERBS.has(tokens[a.at]!.word);
  // "Quirke said Varr should apologise for remarks in which he said that ‘…’": a verb in a
  // relative clause nearer the quotation speaks it; the verb before reports the clause.
  const inRelative = (a: Attribution) =>
    a.target !== null &&
    a.at < a.target &&
    far.some(
      (b) =>
        b.target === a.target &&
        b.at > a.at &&
        tokens.slice(a.at + 1, b.at).some((t) => RELATIVE_OPENERS.has(t.word)),
    );
  // "Although Lind has promised to check, the minister said, “…”": a verb in the opening
  // subordinate clause does not lead past its comma into a quotation that the main
  // clause's own verb, after that comma, leads into.
  const opening = SUBORDINATORS.has(tokens[0]?.word ?? '')
    ? tokens.findIndex((t) => t.text === ',')
    : -1;
  const subordinate = (a: Attribution) =>
    (opening > a.at &&
      a.target !== null &&
      a.target > opening &&
      [...near, ...far].some((b) => b.at > opening && b.at < a.target! && b.target === a.target)) ||
    insideClauseBefore(tokens, verbs, a);
  const inWords = inWordsOf(tokens, text);
  if (inWords) near.push(inWords);
  const found = [
    ...near.filter((a) => !relays(a) && !subordinate(a)),
    ...far.filter((a) => !relays(a) && !inRelative(a) && !subordinate(a)),
    ...[...near, ...far].filter(relays),
  ];
  // "“…” — Carla Reyes": a dash and a name after the quotation.
  tokens.forEach((t, i) => {
    if (!isQuoteToken(t) || !DASHES.has(tokens[i + 1]?.text ?? '')) return;
    // "Then on May 3 — “at the request of A” – Vell, while …, “sent …”": a quotation set
    // off by a pair of dashes inside a sentence is an aside, no signed quotation.
    if (i > 0 && DASHES.has(tokens[i - 1]?.text ?? '')) return;
    let end = i + 2;
    while (end < tokens.length && tokens[end]!.text !== ',' && !isQuoteToken(tokens[end])) end++;
    // "“…” – Ada Quill on the injury list": what the words were about is no part of who.
    for (let k = i + 3; k < end; k++)
      if (SIGNATURE_OCCASIONS.has(tokens[k]!.text) && isCapitalized(tokens[k - 1])) {
        end = k;
        break;
      }
    // "“…” – Harbour's star winger Ada Quill reflects on the final": a round-up's credit
    // names the speaker first, whatever it goes on to say about them. "“…” – Rovers boss Ada
    // Quill (lost 5-2 away)": a role in lower case, then the name, as after a label's colon
    // (`titledName`): the name, not the role (a bracket after it says more about who).
    const phrase = tokens.slice(i + 2, end);
    const bracket = phrase.findLastIndex((t) => t.text === '(');
    const bare = bracket > 0 && phrase.at(-1)?.text === ')' ? phrase.slice(0, bracket) : phrase;
    const subject =
      creditedName(tokens.slice(i + 2), text, { speechAfter: true }) ??
      titledName(bare, text) ??
      subjectOfPhrase(phrase, text);
    if (subject) found.unshift({ subject, at: i + 1, target: i });
  });
  // "10:15 Quill: “…”": a live blog's entry opens with its time, no part of who speaks.
  const stamp = LIVE_TIME.exec(text.slice(tokens[0]?.start ?? 0))?.[0].length ?? 0;
  const first = stamp
    ? Math.max(
        0,
        tokens.findIndex((t) => t.start >= tokens[0]!.start + stamp),
      )
    : 0;
  const colon = tokens.findIndex((t, i) => i >= first && t.text === ':');
  if (colon > first) {
    // "On his second goal: “…”": a topic label names no speaker (see `topicLabels`).
    // "Answer: “…”": an interview's own label names no speaker either (see `interviewAnswers`).
    const label = text.slice(tokens[first]!.start);
    if (isQuoteToken(tokens[colon + 1]) && !TOPIC_LABEL.test(label) && !QA_LABEL.test(label)) {
      // "President Lee, in an interview with Turkish media: “…”", "Finance minister: "…""
      const comma = tokens.findIndex((t, i) => i >= first && t.text === ',');
      // "Speaking in the chamber, Ada Quill held up the map and said: “…”", "Earlier today,
      // …": an opening phrase before the comma names nobody; the clause after it may.
      const opening = comma > first && comma < colon && OPENING_PHRASE.test(tokens[first]!.text);
      const lead = tokens.slice(first, comma >= 0 && comma < colon ? comma : colon);
      const clause = opening ? tokens.slice(comma + 1, colon) : [];
      // A clause after the opening phrase that names someone the verb sieves may read
      // ("…, Harbour’s Ada Quill held up the map and said:"): the phrase is nobody.
      const subject = opening
        ? (clauseNamed(clause, text, true) ??
          (nameRuns(clause).length > 0 ? null : subjectOfPhrase(lead, text)))
        : (clauseNamed(lead, text) ??
          pronounClause(lead, text) ??
          titledName(lead, text) ??
          subjectOfPhrase(lead, text));
      if (subject) found.push({ subject, at: colon, target: colon + 1 });
    }
    if (isQuoteToken(tokens[colon - 1])) {
      // "‘We cannot wait’: Minister Park"
      const subject = subjectOfPhrase(tokens.slice(colon + 1), text);
      if (subject) found.push({ subject, at: colon, target: colon - 1 });
    }
  }
  return found;
}

/**
 * True when the attribution's verb stands in a subordinate clause ("after", "when", "because"
 * … up to its closing comma) and the quotation it points at comes after that comma, past
 * another speech verb of the main clause ("Why, days after Lind told the minister he had
 * stopped, did the minister tell the House ‘…’?"): the quotation is the main clause's,
 * whose speaker the subordinate clause's subject is not, even when no sieve reads it.
 */
function insideClauseBefore(
  tokens: readonly Token[],
  verbs: readonly number[],
  a: Attribution,
): boolean {
  if (a.target === null || a.target < a.at) return false;
  let k = a.at - 1;
  while (
    k >= 0 &&
    tokens[k]!.text !== ',' &&
    !isQuoteToken(tokens[k]) &&
    !SUBORDINATORS.has(tokens[k]!.word)
  )
    k--;
  if (k < 0 || !SUBORDINATORS.has(tokens[k]!.word)) return false;
  const comma = tokens.findIndex((t, i) => i > a.at && i < a.target! && t.text === ',');
  return comma >= 0 && verbs.some((v) => v > comma && v < a.target!);
}

/**
 * The first word of a phrase that opens a sentence before its subject, closed by a comma:
 * a participle ("Speaking in the chamber,"), a preposition ("To cries of …,", "During the
 * debate,", "Through a translator,"), a time ("Earlier today,") or a linking adverb ("Also,",
 * "However,").
 */
const OPENING_PHRASE =
  /^(?:\p{Lu}\p{Ll}+ing|To|In|At|During|After|Before|On|With|Amid|Earlier|Later|Today|Yesterday|Meanwhile|Afterwards|Through|Via|Despite|Also|However|Separately|Finally|Instead)$/u;

/** Pronouns that stand for one person as a clause's subject before a colon. */
const ONE_PERSON_PRONOUNS = new Set(['he', 'she']);

/**
 * "Then he spoke briefly about Quill: “…”", "Later she turned to the referee: “…”": a
 * clause before a colon whose subject is "he" or "she" (after an adverb at most), with a
 * word in lower case after it (its verb), is that pronoun's, never a source called by the
 * whole clause; who the pronoun is, the pronoun's resolution decides.
 */
function pronounClause(lead: readonly Token[], text: string): Subject | null {
  const at =
    CLAUSE_ADVERBS.has(lead[0]?.word ?? '') || /^\p{Lu}\p{Ll}+ly$/u.test(lead[0]?.text ?? '')
      ? 1
      : 0;
  const pronoun = lead[at];
  if (!pronoun || !ONE_PERSON_PRONOUNS.has(pronoun.word)) return null;
  if (!/^\p{Ll}{2,}$/u.test(lead[at + 1]?.text ?? '')) return null;
  return subjectOfPhrase([pronoun], text);
}

/**
 * "Rovers boss Ada Quill: “…”", "Stoke boss Quill: “…”": a role in lower case, then the
 * name closing the label, as headlines and round-ups print a speaker: the name, not the
 * role's club or firm.
 */
function titledName(lead: readonly Token[], text: string): Subject | null {
  const last = lead.at(-1);
  if (!last || !isCapitalized(last) || lead.every(isCapitalized)) return null;
  const run = parseNameRun(lead);
  if (!run || run.title === null || !/\p{Ll}/u.test(run.title)) return null;
  return { kind: 'name', run, text: text.slice(lead[0]!.start, last.end), role: null };
}

/**
 * The time a live blog's entry opens with: "10:15", "10.15am", "10:15 a.m. ET –", "14:02
 * GMT:" (with what separates it from the entry), before a capital. Case-sensitive on
 * purpose: under an `i` flag `\p{Lu}` matches any letter.
 */
const LIVE_TIME =
  /^\d{1,2}[:.]\d{2}(?:\s*[aApP]\.?[mM]\.?)?(?:\s+(?:GMT|BST|UTC|CET|CEST|ET|EST|EDT|PT|PST|PDT|IST|AEST|AEDT))?(?:\s*[-–—:|])?\s+(?=\p{Lu})/u;

/** Adverbs between a subject and its verb ("Doherty then addressed …"). */
const CLAUSE_ADVERBS = new Set(['then', 'later', 'also', 'again', 'once', 'finally', 'simply']);

/**
 * "Doherty then addressed the minister directly: “…”": a clause before a colon whose
 * subject is a name (a lower-case word, a verb or an adverb, right after it) is that
 * name's, not a source called by the whole clause.
 */
function clauseNamed(lead: readonly Token[], text: string, anyVerb = false): Subject | null {
  const first = nameRuns(lead)[0];
  if (!first || first.run[0] !== lead[0]) return null;
  const after = lead[first.next];
  // After an opening phrase, any lower-case word after the name is its verb ("held", "went").
  const word =
    /^\p{Ll}{2,}$/u.test(after?.text ?? '') && !ROLE_NOUNS.has(after!.text.replace(/s$/, ''));
  // A verb ("addressed", "evokes") or an adverb before one ("then", "beautifully"): not a
  // role written in lower case ("Finance minister: “…”", "Finance ministers: “…”").
  // "Rovers boss Quill: “…”": "boss" ends in "s" but is a role, not a verb.
  const verb = (t: Token | undefined) =>
    t !== undefined &&
    /^\p{Ll}{2,}(?:ed|s)$/u.test(t.text) &&
    !ROLE_NOUNS.has(t.text) &&
    !ROLE_NOUNS.has(t.text.replace(/s$/, ''));
  const adverb = (t: Token | undefined) =>
    t !== undefined && (CLAUSE_ADVERBS.has(t.text) || /^\p{Ll}{3,}ly$/u.test(t.text));
  if (!(anyVerb && word) && !verb(after) && !(adverb(after) && verb(lead[first.next + 1])))
    return null;
  const run = parseNameRun(first.run);
  if (!run) return null;
  const printed = text.slice(first.run[0]!.start, first.run.at(-1)!.end);
  return { kind: 'name', run, text: printed, role: null };
}
