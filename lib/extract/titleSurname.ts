import type { Person } from './types.ts';

/**
 * The people whose surname is `word`, printed alone and capitalised as a title is ("King",
 * "Bishop", "Judge"), among those named in full ("Tam Bishop"). Empty for a word with a
 * determiner or in lower case: "the bishop" is an office, not a surname.
 */
export function titleSurname(people: readonly Person[], word: string): Person[] {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return [];
  return people.filter((p) => p.surname === word && p.name.includes(' '));
}
