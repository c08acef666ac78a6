import type { Subject } from './findSubject.ts';
import { subjectBefore } from './findSubject.ts';
import { BE_FORMS, FINITE_VERBS, HOW_VERBS } from './patterns.ts';
import type { Token } from './tokenize.ts';
import { isQuoteToken } from './tokenize.ts';

/** Verbs that name a thing and then, after "as", say what the speaker calls it ("described the plan as …"). */
const REFER_VERBS = new Set(['refer', 'refers', 'referred']);
/** Most tokens of what is described between the verb and its "as" ("the rates increase"). */
const MAX_DESCRIBED_TOKENS = 8;
/** Fewest words of the description after "as" ("a fraction of the old fee"), unless it is quoted. */
const MIN_DESCRIPTION_WORDS = 3;

/**
 * "Quill described the levy as a relic of another age", "Holt referred to the cap as “a
 * legacy issue”": the words after "as" are the subject's own characterisation, reported
 * speech. Only an active verb with its subject before it ("was described as" and "the
 * fort described by officials as" name no speaker before the verb), a short object with
 * no verb, comma or quotation, and a description of a few words or a quotation, up to the
 * next comma or the sentence's end. Null otherwise.
 */
export function describedAs(
  tokens: readonly Token[],
  text: string,
): { subject: Subject; start: number; end: number } | null {
  for (const [v, t] of tokens.entries()) {
    const refer = REFER_VERBS.has(t.word) && tokens[v + 1]?.word === 'to';
    if (!HOW_VERBS.has(t.word) && !refer) continue;
    if (BE_FORMS.has(tokens[v - 1]?.word ?? '')) continue;
    const from = refer ? v + 2 : v + 1;
    // "the fort described by officials as a danger": a participle whose agent follows it
    // after "by" describes nothing of the subject before it; the words are the agent's.
    if (tokens[from]?.word === 'by') continue;
    let as = -1;
    for (let k = from; k < tokens.length && k - from <= MAX_DESCRIBED_TOKENS; k++) {
      const u = tokens[k]!;
      if (u.word === 'as') {
        as = k;
        break;
      }
      if (u.text === ',' || isQuoteToken(u) || FINITE_VERBS.has(u.word) || u.word === 'how') break;
    }
    if (as <= from) continue;
    const subject = subjectBefore(tokens, v, text);
    if (!subject || subject.kind === 'joint') continue;
    let end = as + 1;
    while (end < tokens.length && !/^[,;:.!?—–]$/.test(tokens[end]!.text)) end++;
    const description = tokens.slice(as + 1, end);
    const quoted = description.some(isQuoteToken);
    if (description.length === 0 || (!quoted && description.length < MIN_DESCRIPTION_WORDS))
      continue;
    const start = description[0]!.start;
    let stop = description.at(-1)!.end;
    while (stop > start && /[\s.!?;:,]/.test(text[stop - 1]!)) stop--;
    return { subject, start, end: stop };
  }
  return null;
}
