import type { Subject } from './findSubject.ts';
import { subjectBefore, subjectOfPhrase } from './findSubject.ts';
import { ADVERBS, FINITE_VERBS, OPENING_CONJUNCTIONS } from './patterns.ts';
import type { Token } from './tokenize.ts';
import { isQuoteToken } from './tokenize.ts';

/**
 * Words that open a phrase set off by commas between a subject and its verb: a connective
 * ("The other side, however, said …"), a relative clause on a person ("…, who were not
 * allowed to speak, had told …"), a phrase of manner or purpose ("Others, with a grin,
 * joked that …", "…, to protest the levy, said …", "X, for instance, has said …", "X had,
 * while addressing the party, said that …").
 */
const PARENTHETICAL_OPENERS = new Set(
  'however meanwhile though too instead moreover furthermore also who whose with to for while when'.split(
    ' ',
  ),
);
/**
 * Auxiliaries of the perfect or a modal between the comma and the verb ("…, had told
 * reporters that"); not "was"/"were", whose "was told" is a passive, the subject told.
 */
const PERFECT_OR_MODAL = new Set('has have had will would did does do'.split(' '));
/** Most tokens of the phrase set off ("who were not allowed to speak in public"). */
const MAX_PARENTHETICAL_TOKENS = 16;
/** Most tokens of the subject before it ("Senior harbour officials", "Harbour master Ben Holt of Vessby"). */
const MAX_SUBJECT_TOKENS = 8;
/** Conjunctions that may open the sentence before its subject ("But the captain, …"). */
const OPENERS = new Set([...OPENING_CONJUNCTIONS, 'so']);

/**
 * The subject of a speech verb at `v` separated from it by a phrase set off by commas
 * ("The opposing side, however, said …", "Senior officials, who could not speak in public,
 * had told reporters that …", "Others, with a grin, joked that …"): the short phrase that
 * opens the sentence (or its clause after a comma) before that phrase, read as a whole.
 * Null when no such phrase stands there or the words before it hold a verb of their own.
 */
export function parentheticalSubject(
  tokens: readonly Token[],
  v: number,
  text: string,
): Subject | null {
  let close = v - 1;
  while (
    close > 0 &&
    (ADVERBS.has(tokens[close]!.word) || PERFECT_OR_MODAL.has(tokens[close]!.word))
  )
    close--;
  if (tokens[close]?.text !== ',') return null;
  const open = tokens.slice(0, close).findLastIndex((t) => t.text === ',');
  if (open <= 0 || close - open - 1 > MAX_PARENTHETICAL_TOKENS) return null;
  if (!PARENTHETICAL_OPENERS.has(tokens[open + 1]?.word ?? '')) return null;
  if (tokens.slice(open + 1, close).some(isQuoteToken)) return null;
  let from = tokens.slice(0, open).findLastIndex((t) => t.text === ',') + 1;
  while (from < open && OPENERS.has(tokens[from]!.word)) from++;
  // ("Ada Quill had, while addressing the party, said": the auxiliary before the set-off
  // phrase belongs to the verb after it.)
  let to = open;
  while (to > from && PERFECT_OR_MODAL.has(tokens[to - 1]!.word)) to--;
  const phrase = tokens.slice(from, to);
  if (phrase.length === 0 || phrase.length > MAX_SUBJECT_TOKENS) return null;
  if (phrase.some((t) => isQuoteToken(t) || FINITE_VERBS.has(t.word))) return null;
  // Read as the verb's subject with the set-off phrase taken out ("Ben Holt of Vessby" is
  // Ben Holt), else as a phrase of its own ("The other side").
  return (
    subjectBefore([...phrase, tokens[v]!], phrase.length, text) ?? subjectOfPhrase(phrase, text)
  );
}
