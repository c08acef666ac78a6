import type { Subject } from './findSubject.ts';
import { subjectAfter, subjectBefore, subjectOfPhrase } from './findSubject.ts';
import { SPEECH_VERBS } from './patterns.ts';
import type { Token } from './tokenize.ts';
import { isCapitalized, isQuoteToken } from './tokenize.ts';

/** Words before a verb that make it passive or subordinate ("is said to", "when asked"). */
const NOT_ATTRIBUTING = new Set(
  'is was were are be been being when if after before as while'.split(' '),
);

/** Indexes of the speech verbs of a sentence that can attribute (not "is said to", not "when asked"). */
export function speechVerbs(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  tokens.forEach((t, i) => {
    if (!SPEECH_VERBS.has(t.text) && !SPEECH_VERBS.has(t.word)) return;
    if (isCapitalized(t)) return;
    const prev = tokens[i - 1];
    if (prev && NOT_ATTRIBUTING.has(prev.text.toLowerCase())) return;
    out.push(i);
  });
  return out;
}

/**
 * Who a sentence holding a quotation attributes it to: QUOTE, verb NAME; QUOTE, NAME verb;
 * NAME [, apposition,] verb [: | that] QUOTE; or a headline's "NAME, …: QUOTE" and
 * "QUOTE: NAME". Returns the first attribution found, or null.
 */
export function findAttribution(tokens: readonly Token[], text: string): Subject | null {
  for (const v of speechVerbs(tokens)) {
    const subject = subjectAfter(tokens, v, text) ?? subjectBefore(tokens, v, text);
    if (subject) return subject;
  }
  const colon = tokens.findIndex((t) => t.text === ':');
  if (colon > 0) {
    if (isQuoteToken(tokens[colon + 1])) {
      // "President Lee, in an interview with Turkish media: “…”", "Finance minister: "…""
      const comma = tokens.findIndex((t) => t.text === ',');
      const subject = subjectOfPhrase(
        tokens.slice(0, comma >= 0 && comma < colon ? comma : colon),
        text,
      );
      if (subject) return subject;
    }
    if (isQuoteToken(tokens[colon - 1])) {
      // "‘We cannot wait’: Minister Park"
      const subject = subjectOfPhrase(tokens.slice(colon + 1), text);
      if (subject) return subject;
    }
  }
  return null;
}
