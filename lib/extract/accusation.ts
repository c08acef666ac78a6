import type { Reported } from './findReported.ts';
import { subjectBefore } from './findSubject.ts';
import { ACCUSING_VERBS, BE_FORMS, FINITE_VERBS } from './patterns.ts';
import type { Token } from './tokenize.ts';
import { isQuoteToken } from './tokenize.ts';

/** Most tokens of the one accused ("accused the harbour board and its chair of …"); more is no object. */
const MAX_ACCUSED_TOKENS = 6;
/** Fewest words of what they are accused of, the "-ing" verb included ("misleading the voters"). */
const MIN_CHARGE_WORDS = 3;
/** Auxiliaries of a passive ("was accused of fraud"): the one accused is the subject, not the accuser. */
const PASSIVE = new Set([...BE_FORMS, 'get', 'gets', 'got']);
/** Marks that end the one accused before any "of": a clause or a quotation begins. */
const BREAKS = new Set([',', ';', ':', '—', '–', '--', '(', ')']);

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
    if (!ACCUSING_VERBS.has(t.word) || PASSIVE.has(tokens[v - 1]?.word ?? '')) continue;
    let of = v + 1;
    while (
      of < tokens.length &&
      of - v <= MAX_ACCUSED_TOKENS + 1 &&
      tokens[of]!.word !== 'of' &&
      !BREAKS.has(tokens[of]!.text) &&
      !isQuoteToken(tokens[of]) &&
      !FINITE_VERBS.has(tokens[of]!.word)
    )
      of++;
    // Someone must be accused: "accused of …" right after the verb has nobody between.
    if (tokens[of]?.word !== 'of' || of === v + 1) continue;
    const charge = tokens[of + 1];
    if (!charge || !/^\p{Ll}+ing$/u.test(charge.text)) continue;
    const subject = subjectBefore(tokens, v, text);
    if (!subject) continue;
    const q = tokens.findIndex((u, i) => i > of && isQuoteToken(u));
    const rest = tokens.slice(of + 1, q < 0 ? tokens.length : q);
    while (rest.length > 0 && BREAKS.has(rest.at(-1)!.text)) rest.pop();
    if (rest.length < MIN_CHARGE_WORDS) continue;
    let end = rest.at(-1)!.end;
    while (end > rest[0]!.start && /[\s.!?;:,]/.test(text[end - 1]!)) end--;
    return { subject, start: rest[0]!.start, end };
  }
  return null;
}
