import { STATEMENT_NOUNS } from './patterns.ts';

/** "Ada Quill's tweet", "Quill’s latest post": an owner, the possessive, perhaps a word, a record's noun. */
const OWNED_RECORD =
  /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})['’]s\s+(?:\p{Ll}+\s+)?(\p{Ll}+)$/u;

/**
 * The name of the person whose record of words a speaker phrase is ("“…,” Ada Quill's
 * tweet said", "Quill's statement read"): the words are the owner's. Only a record of
 * words ("tweet", "post", "statement", "letter" …): "Quill's spokesman said" is another
 * person speaking. Null for any other phrase.
 */
export function recordOwner(phrase: string): string | null {
  const m = OWNED_RECORD.exec(phrase.trim());
  return m && STATEMENT_NOUNS.has(m[2]!) ? m[1]! : null;
}
