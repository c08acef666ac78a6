import { canSpeak } from './canSpeak.ts';
import type { Reported } from './findReported.ts';
import { subjectBefore } from './findSubject.ts';
import { participleComma } from './participleComma.ts';
import { FIRST_PERSON_SUBJECT } from './patterns.ts';
import { spanToQuote } from './spanToQuote.ts';
import type { Token } from './tokenize.ts';

/**
 * What a verb of promising or calling at token `verb` reports, from token `from` on: the
 * words up to the sentence's end, a quotation or a participle's comma ("…, saying the fund
 * is empty" is the speaker's next act, no part of the promise or the call), given to the
 * verb's subject. Null when there is no subject, when it cannot speak (`canSpeak`: "the
 * plan calls for …"), when it is the first person in their own words ("we're calling for
 * …"), or when the words are fewer than `minWords`.
 */
export function reportedFrom(
  tokens: readonly Token[],
  verb: number,
  from: number,
  text: string,
  minWords: number,
): Reported | null {
  const subject = subjectBefore(tokens, verb, text);
  if (!subject || FIRST_PERSON_SUBJECT.test(subject.text) || !canSpeak(subject)) return null;
  const span = spanToQuote(tokens.slice(0, participleComma(tokens, from)), from, text, minWords);
  return span ? { subject, ...span } : null;
}
