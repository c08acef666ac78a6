import { CLAUSE_WORDS } from './patterns.ts';
import type { Token } from './tokenize.ts';
import { isCapitalized } from './tokenize.ts';

/**
 * "… telling reporters he told Holt he could not back the bill", "she thanked Quill and
 * left": the person named right after a pronoun's own verb is whom the pronoun acted on,
 * so the pronoun is someone else (a clause's subject is never its own object). True when,
 * at the first `pronoun` of the sentence, a lower-case verb follows and a word of `name`
 * comes straight after it.
 */
export function objectOfOwnVerb(tokens: readonly Token[], pronoun: string, name: string): boolean {
  const at = tokens.findIndex((t) => t.text.toLowerCase() === pronoun.toLowerCase());
  const verb = tokens[at + 1];
  const object = tokens[at + 2];
  if (at < 0 || !verb || !object) return false;
  if (!/^\p{Ll}+$/u.test(verb.text) || CLAUSE_WORDS.has(verb.word)) return false;
  if (!isCapitalized(object)) return false;
  const word = object.text.replace(/[’']s$/, '');
  return name.split(' ').includes(word);
}
