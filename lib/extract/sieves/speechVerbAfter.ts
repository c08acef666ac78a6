import { SPEECH_VERBS } from '../patterns.ts';
import type { Para } from './types.ts';

/**
 * True when the sentence a paragraph's opening quotation stands in goes on, after it, with
 * a verb of speech ("“…,” a baker at the shop said.", "“…,” his family said in a
 * statement."): the quotation has an attribution of its own, even one no sieve could read,
 * so it never goes on from a person who spoke before it.
 */
export function speechVerbAfter(para: Para): boolean {
  const span = para.spans[0];
  if (!span) return false;
  const sentence = para.sentences.find((s) => s.end > span.open);
  return (sentence?.tokens ?? []).some((t) => t.start >= span.close && SPEECH_VERBS.has(t.word));
}
