import type { Reported } from './findReported.ts';
import { subjectBefore } from './findSubject.ts';
import { objectThen } from './objectThen.ts';
import { ACCUSING_VERBS, PASSIVE_AUXILIARIES } from './patterns.ts';
import { spanToQuote } from './spanToQuote.ts';
import type { Token } from './tokenize.ts';

/** Most tokens of the one accused ("accused the harbour board and its chair of …"); more is no object. */
const MAX_ACCUSED_TOKENS = 6;
/** Fewest words of what they are accused of, the "-ing" verb included ("misleading the voters"). */
const MIN_CHARGE_WORDS = 3;

/**
 * An accusation put in the accuser's words, reported speech of its own: "Hana Brevik
 * accused the ministry of hiding the ferry accounts", "a spokesman accused her of
 * misleading the voters" (`ACCUSING_VERBS`). The one accused stands between the verb and
 * "of" (a few words, no comma, verb or quotation); the charge is an "-ing" verb after "of"
 * and runs to the sentence's end or a quotation. The accuser is the verb's subject; a
 * passive ("was accused of stealing") says nothing of who spoke. A charge quoted in part
 * ("accused her of “playing games”") is `characterisingVerb`'s.
 */
export function accusation(tokens: readonly Token[], text: string): Reported | null {
  for (const [v, t] of tokens.entries()) {
    // (A passive, "was accused of fraud": the one accused is the subject, not the accuser.)
    if (!ACCUSING_VERBS.has(t.word) || PASSIVE_AUXILIARIES.has(tokens[v - 1]?.word ?? '')) continue;
    const of = objectThen(tokens, v, 'of', MAX_ACCUSED_TOKENS);
    // Someone must be accused: "accused of …" right after the verb has nobody between.
    if (of === null || of === v + 1) continue;
    const charge = tokens[of + 1];
    if (!charge || !/^\p{Ll}+ing$/u.test(charge.text)) continue;
    const subject = subjectBefore(tokens, v, text);
    if (!subject) continue;
    const span = spanToQuote(tokens, of + 1, text, MIN_CHARGE_WORDS);
    if (span) return { subject, ...span };
  }
  return null;
}
