import { evidentPerson } from './evidentPerson.ts';
import type { NameRun } from './parseNameRun.ts';
import { parseNameRun } from './parseNameRun.ts';
import { ORGANIZATION_WORDS } from './patterns.ts';
import { tokenize } from './tokenize.ts';

/**
 * Who an embedded post's signature names: a person (`evident` when the name itself shows
 * it, by a title or a known given name), or an organisation posting as itself.
 */
export type PostAuthor =
  | { kind: 'person'; run: NameRun; evident: boolean }
  | { kind: 'organisation'; name: string };

/** A word in capitals of two letters or more ("HQ", "FDNY", "NYC"): an organisation's, not a person's. */
const CAPITALS = /^\p{Lu}{2,}$/u;
/** A word with a capital inside it ("PlayStation"): a brand's. */
const INNER_CAPITAL = /^\p{Lu}\p{Ll}+\p{Lu}/u;

/**
 * Whose account a post's signature names ("Mayor Ada Quill", "Harbour Police HQ",
 * "PlayStation"). An account of an organisation is the organisation, never its chief: a
 * word of an organisation's name ("Police", "Department", "Hospitals"), an abbreviation in
 * capitals that is no letters after a person's name ("LAPD HQ", not "Ada Quill TD"), "&"
 * or "+", or one word that is a brand's ("PlayStation"). A person needs a name of two
 * words or more; without a title or a known given name ("Tarrow Ferries") the article must
 * show it is a person's (for the sieve to say). One plain word ("Quill") may be either:
 * null, and the post stays open.
 */
export function postAuthor(name: string): PostAuthor | null {
  const run = parseNameRun(tokenize(name));
  const words = name.split(/\s+/).filter(Boolean);
  const postNominal = new Set(run?.postNominal?.split(/\s+/) ?? []);
  const organisation =
    /[&+]/.test(name) ||
    words.some((w) => {
      const lower = w.toLowerCase().replace(/[.,’']+$/u, '');
      return (
        ORGANIZATION_WORDS.has(lower) ||
        (lower.endsWith('s') && ORGANIZATION_WORDS.has(lower.slice(0, -1))) ||
        (CAPITALS.test(w) && !postNominal.has(w))
      );
    }) ||
    (words.length === 1 && INNER_CAPITAL.test(words[0]!));
  if (organisation) return { kind: 'organisation', name };
  if (!run || run.name.length < 2) return null;
  return { kind: 'person', run, evident: evidentPerson(run) };
}
