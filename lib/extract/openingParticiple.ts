import { speechVerbs } from './findAttribution.ts';
import type { Subject } from './findSubject.ts';
import { subjectBefore } from './findSubject.ts';
import { FINITE_VERBS, REPORTING_PARTICIPLES } from './patterns.ts';
import type { Token } from './tokenize.ts';
import { isQuoteToken } from './tokenize.ts';

/** Most tokens of the main clause's subject between the participle's comma and its verb ("Harbour master Ada Quill"). */
const MAX_MAIN_SUBJECT = 8;
/** Fewest words of the participle's clause. */
const MIN_CLAUSE_WORDS = 3;

/**
 * A participle of speech and its "that" opening the sentence, said by the main clause's
 * speaker: "Stressing that the pier was safe, Mayor Quill told residents …", "Conceding
 * that the fees had risen, the board said …". The one who stresses is the one who speaks
 * next, so the clause is their reported speech. Read only when the main clause is a
 * subject, right after the clause's last comma, and a verb of speech; null otherwise.
 */
export function openingParticiple(
  tokens: readonly Token[],
  text: string,
): { subject: Subject; start: number; end: number } | null {
  if (!REPORTING_PARTICIPLES.has(tokens[0]?.word ?? '') || tokens[1]?.text !== 'that') return null;
  const v = speechVerbs(tokens).find((i) => i > 2);
  if (v === undefined) return null;
  const comma = tokens.slice(0, v).findLastIndex((t) => t.text === ',');
  if (comma < 2 + MIN_CLAUSE_WORDS || v - comma - 1 < 1 || v - comma - 1 > MAX_MAIN_SUBJECT)
    return null;
  const main = tokens.slice(comma + 1, v);
  if (main.some((t) => isQuoteToken(t) || FINITE_VERBS.has(t.word))) return null;
  const clause = tokens.slice(2, comma);
  if (clause.some(isQuoteToken)) return null;
  const subject = subjectBefore(tokens, v, text);
  if (!subject || subject.kind === 'joint') return null;
  // The subject must be the main clause's own, printed after the participle's comma.
  if (!text.slice(tokens[comma + 1]!.start, tokens[v]!.start).includes(subject.text)) return null;
  return { subject, start: clause[0]!.start, end: clause.at(-1)!.end };
}
