import type { Subject } from './findSubject.ts';
import { sentenceSubjects } from './sentenceSubjects.ts';
import type { Token } from './tokenize.ts';
import { isQuoteToken } from './tokenize.ts';

/** Words that open a subordinate or relative clause: a verb after one has a subject of its own. */
const SUBORDINATORS = new Set(
  'which who whom whose that when whenever because if although though after before since while whereas unless until'.split(
    ' ',
  ),
);

/**
 * The subject of a speech verb joined by "and" to the verb before it ("Mayor Whitlow, who
 * was in the audience, laughed and said …", "The FBI released photographs and said …"):
 * the sentence's subject, when no subordinate clause and no quotation stands before.
 */
export function coordinatedSubject(
  tokens: readonly Token[],
  v: number,
  text: string,
): Subject | null {
  if (tokens[v - 1]?.word !== 'and') return null;
  // "Raipur (Chhattisgarh), February 11 (ANI): Chief Minister Ada Quill retaliated … and
  // said …": a dateline closed by its agency and a colon is no part of the sentence.
  const dateline = tokens
    .slice(0, v - 1)
    .findIndex((t, i) => t.text === ':' && tokens[i - 1]?.text === ')');
  const before = tokens.slice(dateline + 1, v - 1);
  // A relative clause set off by commas ("Whitlow, who was in the audience, laughed") is fine.
  let depth = 0;
  for (const [i, t] of before.entries()) {
    if (isQuoteToken(t)) return null;
    if (SUBORDINATORS.has(t.word)) {
      if (before[i - 1]?.text !== ',') return null;
      depth++;
    } else if (t.text === ',' && depth > 0) depth--;
  }
  if (depth > 0) return null;
  return sentenceSubjects(before, text)[0] ?? null;
}
