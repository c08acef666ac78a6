import { endsAsSentence } from './endsAsSentence.ts';
import type { Reported } from './findReported.ts';
import { COMMISSIVE_VERBS, PASSIVE_AUXILIARIES, TIME_WORDS } from './patterns.ts';
import { reportedFrom } from './reportedFrom.ts';
import { ROLE_DETERMINERS } from './roleDeterminers.ts';
import type { Token } from './tokenize.ts';

/** Fewest words of what is promised, "to" included ("to quit now"). */
const MIN_PROMISE_WORDS = 3;
/** Most words of a time or a manner between the verb and its "to" ("vowed on Tuesday to …", "pledged last week to …"). */
const MAX_WHEN_WORDS = 3;
/** Words of such a time or manner, beside TIME_WORDS. */
const WHEN_WORDS = new Set([
  ...TIME_WORDS,
  ...'on last this week month year night morning afternoon evening again also publicly repeatedly once'.split(
    ' ',
  ),
]);

/**
 * A commitment reported in words: "Quill vowed to reopen the pier", "the council pledged on
 * Monday not to raise fares", "the union threatened to strike in May" (`COMMISSIVE_VERBS`).
 * The words run from "to" (or "not to") to the sentence's end or a quotation; the one who
 * commits is the verb's subject, someone who can speak (`canSpeak`: "the storm threatened
 * to flood the quay" is no one's words), not the first person in their own words. A passive
 * ("was promised to the club") and "to" before a noun phrase ("pledged to the fund") commit
 * no one to anything. Sentences only, not teasers (`endsAsSentence`).
 */
export function commitment(tokens: readonly Token[], text: string): Reported | null {
  // (A teaser or a headline, "WATCH: Mayor vows to …", reports no words: `endsAsSentence`.)
  if (!endsAsSentence(tokens, text)) return null;
  for (const [verb, t] of tokens.entries()) {
    if (!COMMISSIVE_VERBS.has(t.word)) continue;
    if (PASSIVE_AUXILIARIES.has(tokens[verb - 1]?.word ?? '') && !t.word.endsWith('ing')) continue;
    let to = verb + 1;
    while (to - verb <= MAX_WHEN_WORDS && WHEN_WORDS.has(tokens[to]?.word ?? '')) to++;
    const from = tokens[to]?.word === 'not' ? to : null;
    if (from !== null) to++;
    if (tokens[to]?.word !== 'to') continue;
    const next = tokens[to + 1];
    if (!next || !/^\p{Ll}+$/u.test(next.text) || ROLE_DETERMINERS.has(next.word)) continue;
    const promised = reportedFrom(tokens, verb, from ?? to, text, MIN_PROMISE_WORDS);
    if (promised) return promised;
  }
  return null;
}
