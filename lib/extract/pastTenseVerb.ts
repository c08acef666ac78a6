import { ROLE_DETERMINERS } from './roleDeterminers.ts';
import type { Token } from './tokenize.ts';
import { isCapitalized } from './tokenize.ts';

/** A regular past tense: a lower-case word in -ed of five letters or more ("voted", not "bed"). */
const PAST = /^\p{Ll}[\p{Ll}-]{2,}ed$/u;
/**
 * Common irregular past tenses that are no noun or adjective: one stands as a clause's
 * finite verb as a past in -ed does ("admitted the council made errors", "explained it took
 * several days"), under the same checks around it (a form that is also a participle,
 * "made", "paid", is as ambiguous as "approved" is, and read the same way).
 */
const IRREGULAR_PAST = new Set(
  'took gave went came saw knew grew drew wrote rose fell began ran became spoke broke chose drove flew threw stole forgot made found kept held paid lost sent spent brought built met'.split(
    ' ',
  ),
);
/** Those also participles: before "by" one is a passive's ("the errors made by the board"), no verb of a clause. */
const PARTICIPLE_TOO = new Set(
  'made found kept held paid lost sent spent brought built met'.split(' '),
);
/** Words in -ed that are no past tense of a verb ("need", "speed", "hundred"). */
const NOT_PAST = new Set('need speed seed breed hundred naked wicked sacred kindred'.split(' '));
/** Words that open a noun phrase: an article, a possessive, a demonstrative or a quantifier. */
const DETERMINER_WORDS = [
  ...ROLE_DETERMINERS,
  ...'this these those some any no every our your my'.split(' '),
];
/**
 * Words a past tense may take right after it: a determiner, an object pronoun, a
 * preposition or a particle ("approved two routes", "resumed its talks", "responded to",
 * "voted against", "turned out"). A noun right after a word in -ed makes it an adjective
 * ("the proposed routes"), so anything else shows no verb.
 */
const AFTER_PAST = new Set([
  ...DETERMINER_WORDS,
  ...'all both each several many more'.split(' '),
  ...'one two three four five six seven eight nine ten'.split(' '),
  ...'him them us me it'.split(' '),
  ...'to in on at for from with against into over under about after before by off out up down back'.split(
    ' ',
  ),
]);
/** Words that cannot stand right before a clause's verb: a determiner, an infinitive's "to", a passive's auxiliary. */
const NOT_BEFORE_PAST = new Set([
  ...DETERMINER_WORDS,
  ...'to be been being was were is are'.split(' '),
]);
/**
 * Words that show the words before a past tense are no bare subject: a preposition or a
 * conjunction ("the closure of plants located in …" names an object; so does "a plan
 * for ferries based on …").
 */
const NOT_IN_SUBJECT = new Set(
  'of for to in on at from with by about after before over under into as like than that which who whose where when while if because'.split(
    ' ',
  ),
);

/**
 * True when a clause whose first words are `window` (up to any comma or quotation) has a
 * regular past tense as its finite verb: "deputies responded to the call", "the council
 * approved two routes", "the pair resumed its talks". A few words of subject come before
 * it (no preposition or conjunction among them, the word right before it no determiner),
 * and a determiner, pronoun, preposition, particle, name, number or the clause's end after
 * it ("the proposed routes", "a newly renovated pier" make no verb). `after` is the token
 * after the window's last, if any.
 */
export function hasPastTenseVerb(window: readonly Token[], after: Token | undefined): boolean {
  for (let i = 1; i < window.length; i++) {
    const t = window[i]!;
    if (!IRREGULAR_PAST.has(t.text) && (!PAST.test(t.text) || NOT_PAST.has(t.text))) continue;
    const before = window.slice(0, i);
    if (before.some((b) => NOT_IN_SUBJECT.has(b.text) || /ing$/.test(b.word))) return false;
    const prev = before.at(-1)!;
    if (NOT_BEFORE_PAST.has(prev.word) || /ly$/.test(prev.word)) return false;
    const next = window[i + 1] ?? after;
    if (PARTICIPLE_TOO.has(t.text) && next?.word === 'by') return false;
    if (
      !next ||
      AFTER_PAST.has(next.word) ||
      isCapitalized(next) ||
      /^\d/.test(next.text) ||
      /^[.,;:!?—–-]$/.test(next.text)
    )
      return true;
    return false;
  }
  return false;
}
