import type { Subject } from './findSubject.ts';
import { CROWD_NOUNS, INSTITUTION_NOUNS, PERSONAL_PRONOUNS } from './patterns.ts';
import type { Token } from './tokenize.ts';
import { isCapitalized } from './tokenize.ts';

/** Auxiliaries of the passive "told" ("had been told", "was told", "has been told"). */
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'been']);
/** Determiners that may open the agent ("by the police", "by two officials"). */
const AGENT_DETERMINERS = new Set('the two three several some local'.split(' '));
/** Most words of the agent after "by" ("the local police", "two senior officials"). */
const MAX_AGENT_WORDS = 3;
/** Words that open the clause told when "that" is left out ("… by police he was …"). */
const CLAUSE_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'there']);

/**
 * A reported clause that opens with its teller passive and unnamed: "(Quill said) she had
 * been told by police that …", "(Vell said) he was told by officials the road …". The
 * clause after the agent is the agent's words, relayed: an organisation's or unnamed
 * people's (`CROWD_NOUNS`, `INSTITUTION_NOUNS`, in lower case), never the relayer's.
 * `tokens` are the reported clause's, `end` where it ends; null when it opens otherwise.
 */
export function toldByAgent(
  tokens: readonly Token[],
  text: string,
  end: number,
): { subject: Subject; start: number; end: number } | null {
  const told = tokens.findIndex((t) => t.word === 'told');
  // The relayer's pronoun, an auxiliary or two, "told", "by": nothing else before it.
  if (told < 2 || told > 4 || tokens[told + 1]?.word !== 'by') return null;
  if (!PERSONAL_PRONOUNS.has(tokens[0]!.word)) return null;
  if (!PASSIVE_AUXILIARIES.has(tokens[told - 1]!.word)) return null;
  let k = told + 2;
  while (
    k < tokens.length &&
    k - (told + 2) < MAX_AGENT_WORDS &&
    AGENT_DETERMINERS.has(tokens[k]!.word)
  )
    k++;
  const head = tokens[k];
  if (!head || isCapitalized(head)) return null;
  if (!CROWD_NOUNS.has(head.word) && !INSTITUTION_NOUNS.has(head.word)) return null;
  const after = tokens[k + 1];
  if (!after) return null;
  const opensClause =
    after.word === 'that' ||
    PERSONAL_PRONOUNS.has(after.word) ||
    CLAUSE_OPENERS.has(after.word) ||
    isCapitalized(after);
  if (!opensClause) return null;
  const first = after.word === 'that' ? tokens[k + 2] : after;
  if (!first) return null;
  const agent = text.slice(tokens[told + 2]!.start, head.end);
  return {
    subject: { kind: 'other', text: agent },
    start: first.start,
    end,
  };
}
