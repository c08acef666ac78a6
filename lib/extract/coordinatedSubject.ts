import { DAY_WORDS, type Subject } from './findSubject.ts';
import { jointOpening } from './jointSubject.ts';
import {
  ADVERBS,
  DOCUMENT_NOUNS,
  FINITE_VERBS,
  INSTITUTION_NOUNS,
  SETTING_PREPOSITIONS,
  SPEECH_VERBS,
  SUBORDINATORS,
  WEEKDAY_NAMES,
} from './patterns.ts';
import { sentenceSubjects } from './sentenceSubjects.ts';
import { isShortQuote } from './sieves/isShortFragment.ts';
import type { Token } from './tokenize.ts';
import { isQuoteToken } from './tokenize.ts';

/**
 * Words that open a subordinate or relative clause: a verb after one has a subject of its
 * own. Not "as" or "once", a preposition and an adverb as often ("described the fire as
 * under control and said …").
 */
const CLAUSE_OPENERS = new Set([
  'which',
  'who',
  'whom',
  'whose',
  'that',
  ...[...SUBORDINATORS].filter((w) => w !== 'as' && w !== 'once'),
]);

/** Days that may stand between "and" and its verb ("… and on Wednesday said …"). */
const WEEKDAYS = new Set(WEEKDAY_NAMES);
/** Auxiliaries of a perfect between "and" and its verb ("… and has said …"), or of emphasis ("… but did concede …"). */
const PERFECT = new Set(['has', 'have', 'had', 'did', 'does']);
/** Words after "VERBed that NOUN" that show "that" points at the noun ("dismissed that tally as …"). */
const AFTER_POINTED_NOUN = new Set(['as', 'of', 'for', 'at', 'in', 'on', 'and', ',']);

/**
 * True when "that" at `i` points at a noun rather than opening a clause: after a verb in
 * -ed that is no verb of speech, before a lower-case noun and a preposition, "as", or a
 * quotation ("dismissed that tally as …", "rejected that claim at …").
 */
function pointsAtNoun(tokens: readonly Token[], i: number): boolean {
  const verb = tokens[i - 1];
  const noun = tokens[i + 1];
  const after = tokens[i + 2];
  if (!verb || !noun || !after || !/^\p{Ll}+ed$/u.test(verb.text) || SPEECH_VERBS.has(verb.word))
    return false;
  return (
    /^\p{Ll}+$/u.test(noun.text) &&
    !FINITE_VERBS.has(noun.word) &&
    (AFTER_POINTED_NOUN.has(after.text) || isQuoteToken(after))
  );
}

/**
 * The subject of a speech verb joined by "and" or "but" to the verb before it ("Mayor
 * Whitlow, who was in the audience, laughed and said …", "The FBI released photographs and
 * said …", "Quill declined to say whether …, but said …"):
 * the sentence's subject, when no subordinate clause and no quotation stands before.
 */
export function coordinatedSubject(
  tokens: readonly Token[],
  v: number,
  text: string,
): Subject | null {
  // "… and said", "… and further added", "…, but said": the conjunction, perhaps an adverb after it.
  let and = v - 1;
  // ("…, but ultimately said": any adverb in -ly; "… and has said", "… and had also told": a
  // perfect's auxiliary.)
  // ("… and on Wednesday said", "… and today told": a day between them.)
  while (
    and > 0 &&
    (ADVERBS.has(tokens[and]!.word) ||
      PERFECT.has(tokens[and]!.word) ||
      DAY_WORDS.has(tokens[and]!.text) ||
      (tokens[and]!.text === 'on' && DAY_WORDS.has(tokens[and + 1]?.text ?? '')) ||
      /^\p{Ll}{3,}ly$/u.test(tokens[and]!.text))
  )
    and--;
  // "…, but at the same time conceded …", "… but in the same breath said …".
  if (
    /^(?:time|breath)$/.test(tokens[and]?.word ?? '') &&
    tokens[and - 1]?.word === 'same' &&
    tokens[and - 2]?.word === 'the' &&
    /^(?:at|in)$/.test(tokens[and - 3]?.word ?? '')
  )
    and -= 4;
  // "… and on Wednesday said …": a day between the conjunction and its verb.
  if (WEEKDAYS.has(tokens[and]?.word ?? '')) {
    and--;
    if (tokens[and]?.word === 'on') and--;
  }
  if (tokens[and]?.word !== 'and' && tokens[and]?.word !== 'but') return null;
  // "Raipur (Chhattisgarh), February 11 (ANI): Chief Minister Ada Quill retaliated … and
  // said …": a dateline closed by its agency and a colon is no part of the sentence.
  const dateline = tokens
    .slice(0, and)
    .findIndex((t, i) => t.text === ':' && tokens[i - 1]?.text === ')');
  let before = tokens.slice(dateline + 1, and);
  // "When pressed on costs, the minister declined …, but said …": an opening subordinate
  // clause closed by a comma is no part of the subject's clause.
  const comma = before.findIndex((t) => t.text === ',');
  if (CLAUSE_OPENERS.has(before[0]?.word ?? '') && comma > 0) before = before.slice(comma + 1);
  // "Helped only by a stick, Ada Lind walked to the stand and said …": neither is an
  // opening participle's phrase, closed by its comma.
  else if (comma > 0 && openingParticiple(before)) before = before.slice(comma + 1);
  // A relative clause set off by commas ("Whitlow, who was in the audience, laughed") is fine.
  let depth = 0;
  for (const [i, t] of before.entries()) {
    // (A quoted word or few in the first verb's object, "accused the board of “easy money”", is no quotation.)
    if (isQuoteToken(t) && !isShortQuote(t, text)) return null;
    // "Norland Rail contested that figure, and said …": "that" before a noun that ends the
    // clause is a determiner, no clause of its own.
    const determiner =
      t.word === 'that' &&
      /^\p{Ll}+$/u.test(before[i + 1]?.text ?? '') &&
      (i + 2 >= before.length || before[i + 2]!.text === ',');
    if (determiner || (t.word === 'that' && pointsAtNoun(before, i))) continue;
    if (CLAUSE_OPENERS.has(t.word)) {
      if (before[i - 1]?.text !== ',') return null;
      depth++;
    } else if (t.text === ',' && depth > 0) depth--;
  }
  if (depth > 0) return null;
  // "Quill and his attorney denounced … and said": both of them, never Quill alone.
  const joint = jointOpening(before, text);
  if (joint) return joint;
  // A person or role before a phrase read as a subject ("Quill declined to" before "say").
  const subjects = sentenceSubjects(before, text);
  return subjects.find((s) => s.kind !== 'other') ?? subjects[0] ?? openingBody(before, text);
}

/** Words that go on with an opening participle before its comma ("Helped by …", "Leaning on …"). */
const PARTICIPLE_LINKS = new Set([
  ...SETTING_PREPOSITIONS,
  ...'by with from for to into under'.split(' '),
]);

/**
 * True when the words open with a participle in -ed or -ing and an adverb or preposition
 * after it ("Helped only by a stick", "Leaning on a rail"): a phrase, never a name.
 */
function openingParticiple(before: readonly Token[]): boolean {
  const next = before[1]?.text ?? '';
  return (
    /^\p{Lu}\p{Ll}+(?:ed|ing)$/u.test(before[0]?.text ?? '') &&
    (ADVERBS.has(next) || PARTICIPLE_LINKS.has(next))
  );
}

/** Most words of a body's phrase opening a sentence ("The regional harbour police"). */
const MAX_BODY_WORDS = 5;

/**
 * "The harbour police released photographs …", "The ministry rejected the report": a
 * phrase of an article and an institution or document noun that opens the clause, then a
 * lower-case word (its verb). Null otherwise.
 */
function openingBody(before: readonly Token[], text: string): Subject | null {
  if (!/^(?:the|a|an)$/i.test(before[0]?.text ?? '')) return null;
  for (let k = 1; k < before.length && k <= MAX_BODY_WORDS; k++) {
    const t = before[k]!;
    if (!/^[\p{L}-]+$/u.test(t.text)) return null;
    const body = INSTITUTION_NOUNS.has(t.word) || DOCUMENT_NOUNS.has(t.word);
    if (body && /^\p{Ll}+$/u.test(before[k + 1]?.text ?? ''))
      return { kind: 'other', text: text.slice(before[0]!.start, t.end) };
  }
  return null;
}
