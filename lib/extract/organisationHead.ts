import {
  ANONYMOUS_HEADS,
  CROWD_NOUNS,
  INSTITUTION_NOUNS,
  ORGANIZATION_WORDS,
  ROLE_NOUNS,
} from './patterns.ts';
import type { Token } from './tokenize.ts';

/** Words that end a noun phrase: a relative clause, a preposition, a conjunction, a clause mark. */
const PHRASE_ENDS = new Set(
  'that which who whose of in at for with on from by based and or , ; : ( ) — – --'.split(' '),
);
/**
 * Words of the organisation lists that also head a phrase about a person ("an election
 * observer", "a medical examiner", "a rising star", "a giant of the stage", "the driving
 * force behind …", "an institution in local politics").
 */
const ALSO_PERSONS = new Set(
  'observer examiner courier monitor star herald sentinel giant force institution associates partners'.split(
    ' ',
  ),
);
/** A head noun that names an organisation, never a person. */
const organisationNoun = (w: string) =>
  (ORGANIZATION_WORDS.has(w) || INSTITUTION_NOUNS.has(w)) &&
  !ROLE_NOUNS.has(w) &&
  !ANONYMOUS_HEADS.has(w) &&
  !CROWD_NOUNS.has(w) &&
  !ALSO_PERSONS.has(w);

/** Most words of a described thing before its head noun ("a small cross-border activist network"). */
const MAX_HEAD_WORDS = 5;

/**
 * True when a noun phrase describing a name ("an activist organisation that …", "a
 * citizens' network based in …", "advocacy group for tenants") has an organisation's noun
 * for its head (its last word before a relative clause, a preposition or a comma) and no
 * role noun there: the name it describes is an organisation's, not a person's, whatever
 * role word qualifies that noun ("activist", "campaign").
 */
export function organisationHead(phrase: readonly Token[]): boolean {
  const from = /^(?:a|an|the)$/i.test(phrase[0]?.text ?? '') ? 1 : 0;
  let k = from;
  while (k < phrase.length && !PHRASE_ENDS.has(phrase[k]!.text)) k++;
  const head = phrase[k - 1];
  if (k === from || k - from > MAX_HEAD_WORDS || !head) return false;
  return /^\p{Ll}/u.test(head.text) && organisationNoun(head.word);
}
