import { canSpeak } from './canSpeak.ts';
import type { Reported } from './findReported.ts';
import { subjectBefore } from './findSubject.ts';
import { objectThen } from './objectThen.ts';
import {
  ADVICE_VERBS,
  FIRST_PERSON_SUBJECT,
  PASSIVE_AUXILIARIES,
  PHRASAL_REQUEST_VERBS,
  REQUEST_VERBS,
} from './patterns.ts';
import { ROLE_DETERMINERS } from './roleDeterminers.ts';
import { spanToQuote } from './spanToQuote.ts';
import type { Token } from './tokenize.ts';
import { isCapitalized } from './tokenize.ts';

/** Most tokens of the one asked ("urged the chair and her deputy to …"); more is no object. */
const MAX_ASKED_TOKENS = 6;
/** Fewest words of what they are asked to do, "to" included ("to quit now"). */
const MIN_REQUEST_WORDS = 3;
/**
 * Fewest words after "asked": asking is also the everyday business of a room ("asked the
 * members to sit down", "asked them to wait outside"); a request of some length is one the
 * story reports ("asked the assembly to lift his immunity").
 */
const MIN_ASKED_WORDS = 5;
/** The forms of "ask", whose requests need MIN_ASKED_WORDS. */
const ASK_FORMS: ReadonlySet<string> = new Set(['asks', 'asked']);

/**
 * An indirect command or request, reported speech of its own: "Quill urged the council to
 * reopen the pier", "the counsel prayed the court to dismiss the suit", "she requested the
 * chair not to adjourn", "Quill asked the board to wait", "he called on voters to stay home"
 * (`REQUEST_VERBS`, `ADVICE_VERBS`, `PHRASAL_REQUEST_VERBS`). The one asked stands between the verb and "to"
 * (a few words, no comma, verb or quotation); the words reported run from "to" (or "not
 * to") to the sentence's end or a quotation. The asker is the verb's subject; a passive
 * ("was urged to quit") asks nothing of a named speaker here.
 */
export function indirectCommand(tokens: readonly Token[], text: string): Reported | null {
  for (const [verb, t] of tokens.entries()) {
    // "called on the council to …", "appealed to voters to …": the one asked comes after
    // the particle.
    const phrasal = PHRASAL_REQUEST_VERBS.get(t.word)?.has(tokens[verb + 1]?.word ?? '') === true;
    // (A passive, "was urged to quit": the one asked is the subject, not the asker; "were
    // urging" is no passive.)
    if (
      !(phrasal || REQUEST_VERBS.has(t.word) || ADVICE_VERBS.has(t.word)) ||
      (PASSIVE_AUXILIARIES.has(tokens[verb - 1]?.word ?? '') && !t.word.endsWith('ing'))
    )
      continue;
    const v = phrasal ? verb + 1 : verb;
    const to = objectThen(tokens, v, 'to', MAX_ASKED_TOKENS);
    if (to === null) continue;
    // "urged the council not to …": the negation is part of what is asked.
    const from = tokens[to - 1]?.word === 'not' ? to - 1 : to;
    // Someone must be asked: "urged to …" has nobody between; "asked for the vote to be
    // delayed" asks for a thing, of no one named.
    if (from === v + 1 || tokens[v + 1]?.word === 'for') continue;
    // "urged support to the families": "to" opens a phrase, not an infinitive.
    const next = tokens[to + 1];
    if (
      !next ||
      isCapitalized(next) ||
      ROLE_DETERMINERS.has(next.word) ||
      !/^\p{Ll}+$/u.test(next.text)
    )
      continue;
    const subject = subjectBefore(tokens, verb, text);
    // "We're asking the court to …": the first person asks in their own words, quoted or
    // the writer's, and names no asker here.
    if (!subject || FIRST_PERSON_SUBJECT.test(subject.text)) continue;
    // "The tax encouraged firms to invest": advice is the words of someone who can speak.
    if (ADVICE_VERBS.has(t.word) && !canSpeak(subject)) continue;
    // "He urged Quill to …": whoever "he" is, he is not Quill; a pronoun read back to the
    // last name met may well be the one asked, so a named one asked leaves it open.
    if (subject.kind === 'pronoun' && tokens.slice(v + 1, from).some(isCapitalized)) continue;
    const span = spanToQuote(
      tokens,
      from,
      text,
      ASK_FORMS.has(t.word) ? MIN_ASKED_WORDS : MIN_REQUEST_WORDS,
    );
    if (span) return { subject, ...span };
  }
  return null;
}
