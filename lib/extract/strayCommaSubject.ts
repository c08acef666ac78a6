import { fullName, type Subject } from './findSubject.ts';
import { ROLE_NOUNS, TELL_VERBS } from './patterns.ts';
import { ROLE_DETERMINERS } from './roleDeterminers.ts';
import type { Token } from './tokenize.ts';
import { isCapitalized } from './tokenize.ts';

/** Most words of the clause read before the next comma. */
const MAX_CLAUSE_WORDS = 12;
/**
 * Fewest words between the verb and the next comma: fewer are an inverted speaker set off
 * by commas ("…, said the harbour master, was …"), not a clause of its own.
 */
const MIN_CLAUSE_TOKENS = 4;

/**
 * "Captain Ada Quill, says the officers took their time": a full name opening the
 * sentence, a stray comma, then the speech verb and the clause it reports, as local copy
 * sometimes prints it. The name speaks when the words after the verb run on for a clause
 * (whether they are one is for the caller to say), not an inverted speaker set off by
 * commas ("Ada Quill, said the minister, was the best candidate") nor a passive ("said to
 * be").
 */
export function strayCommaSubject(
  tokens: readonly Token[],
  v: number,
  text: string,
): Subject | null {
  if (v < 3 || tokens[v - 1]?.text !== ',' || TELL_VERBS.has(tokens[v]!.word)) return null;
  const name = tokens.slice(0, v - 1);
  if (!name.every((t) => isCapitalized(t) || t.text === '.')) return null;
  const subject = fullName(name, text);
  if (!subject) return null;
  const next = tokens[v + 1];
  if (!next || !/^\p{Ll}/u.test(next.text) || next.word === 'to') return null;
  const clause: Token[] = [];
  for (const t of tokens.slice(v + 1)) {
    if (t.text === ',' || clause.length >= MAX_CLAUSE_WORDS) break;
    clause.push(t);
  }
  if (clause.length < MIN_CLAUSE_TOKENS || invertedRole(tokens, v)) return null;
  return subject;
}

/** What may follow an inverted speaker's role ("said the minister of …", "said the minister, …"). */
const AFTER_ROLE = new Set(', . of on in at for from with'.split(' '));

/**
 * "…, said the chief executive of the harbour board, …": a speaker's role right after the
 * verb (a determiner, then a role noun within three words, then a preposition, a comma or
 * the end): the inverted attribution of another speaker.
 */
function invertedRole(tokens: readonly Token[], v: number): boolean {
  if (!ROLE_DETERMINERS.has(tokens[v + 1]?.word ?? '')) return false;
  for (let k = v + 2; k <= v + 4 && k < tokens.length; k++) {
    const after = tokens[k + 1];
    if (ROLE_NOUNS.has(tokens[k]!.word) && (!after || AFTER_ROLE.has(after.word || after.text)))
      return true;
  }
  return false;
}
