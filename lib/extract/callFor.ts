import { endsAsSentence } from './endsAsSentence.ts';
import type { Reported } from './findReported.ts';
import { NOUN_CALL_VERBS, PASSIVE_AUXILIARIES } from './patterns.ts';
import { reportedFrom } from './reportedFrom.ts';
import type { Token } from './tokenize.ts';
import { isQuoteToken } from './tokenize.ts';

/** Fewest words of what is called for or warned of ("an inquiry into the fire"); "help", "calm" are too few. */
const MIN_CALLED_WORDS = 3;

/**
 * A call or a warning reported by its noun phrase: "Quill called for an inquiry into the
 * fire", "the union appealed for calm on the picket lines", "the agency warned of floods
 * on the coast" (`NOUN_CALL_VERBS`). The words run from after the preposition to the
 * sentence's end or a quotation; the caller is the verb's subject, someone who can speak
 * (`canSpeak`: "the plan calls for two new piers" is no one's words), not the first person
 * in their own words. A passive ("was called for") calls for nothing. Sentences only, not teasers (`endsAsSentence`).
 */
export function callFor(tokens: readonly Token[], text: string): Reported | null {
  // (A teaser or a headline, "WATCH: Mayor vows to …", reports no words: `endsAsSentence`.)
  if (!endsAsSentence(tokens, text)) return null;
  for (const [verb, t] of tokens.entries()) {
    const preposition = NOUN_CALL_VERBS.get(t.word);
    if (preposition === undefined || tokens[verb + 1]?.word !== preposition) continue;
    if (PASSIVE_AUXILIARIES.has(tokens[verb - 1]?.word ?? '') && !t.word.endsWith('ing')) continue;
    const from = verb + 2;
    if (!tokens[from] || isQuoteToken(tokens[from])) continue;
    const called = reportedFrom(tokens, verb, from, text, MIN_CALLED_WORDS);
    if (called) return called;
  }
  return null;
}
