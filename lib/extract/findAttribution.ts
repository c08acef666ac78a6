import type { Subject } from './findSubject.ts';
import { subjectAfter, subjectBefore, subjectOfPhrase } from './findSubject.ts';
import { SPEECH_VERBS } from './patterns.ts';
import type { Token } from './tokenize.ts';
import { isCapitalized, isQuoteToken } from './tokenize.ts';

/** Longest subject between a quotation and its verb ("…,” South Korea's top diplomat said). */
const MAX_SUBJECT_TOKENS = 10;
const DASHES = new Set(['—', '–', '--']);
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
 * Who a sentence holding a quotation may attribute it to, most likely first: a verb next
 * to the quotation (QUOTE, verb NAME; QUOTE, NAME verb), then any other speech verb
 * (NAME [, apposition,] verb [: | that] QUOTE), then a headline's "NAME, …: QUOTE" or
 * "QUOTE: NAME". The caller takes the first that names a person of the article.
 */
export function findAttribution(tokens: readonly Token[], text: string): Subject[] {
  const near: Subject[] = [];
  const far: Subject[] = [];
  for (const v of speechVerbs(tokens)) {
    const after = subjectAfter(tokens, v, text);
    if (after) {
      near.push(after);
      continue;
    }
    const before = subjectBefore(tokens, v, text);
    if (!before) continue;
    // "QUOTE, NAME verb": the subject follows the quotation directly.
    let k = v - 1;
    while (
      k >= 0 &&
      !isQuoteToken(tokens[k]) &&
      tokens[k]!.text !== ',' &&
      v - k <= MAX_SUBJECT_TOKENS
    )
      k--;
    const adjacent =
      isQuoteToken(tokens[k]) || (tokens[k]?.text === ',' && isQuoteToken(tokens[k - 1]));
    (adjacent ? near : far).push(before);
  }
  const found = [...near, ...far];
  // "“…” — Carla Reyes": a dash and a name after the quotation.
  tokens.forEach((t, i) => {
    if (!isQuoteToken(t) || !DASHES.has(tokens[i + 1]?.text ?? '')) return;
    let end = i + 2;
    while (end < tokens.length && tokens[end]!.text !== ',' && !isQuoteToken(tokens[end])) end++;
    const subject = subjectOfPhrase(tokens.slice(i + 2, end), text);
    if (subject) found.unshift(subject);
  });
  const colon = tokens.findIndex((t) => t.text === ':');
  if (colon > 0) {
    if (isQuoteToken(tokens[colon + 1])) {
      // "President Lee, in an interview with Turkish media: “…”", "Finance minister: "…""
      const comma = tokens.findIndex((t) => t.text === ',');
      const subject = subjectOfPhrase(
        tokens.slice(0, comma >= 0 && comma < colon ? comma : colon),
        text,
      );
      if (subject) found.push(subject);
    }
    if (isQuoteToken(tokens[colon - 1])) {
      // "‘We cannot wait’: Minister Park"
      const subject = subjectOfPhrase(tokens.slice(colon + 1), text);
      if (subject) found.push(subject);
    }
  }
  return found;
}
