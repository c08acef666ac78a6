import { officeWords } from './PeopleIndex.ts';
import type { Person } from './types.ts';

/** Words between "head of" and what is headed that name nothing ("the head of the trustees"). */
const SKIPPED = new Set(['the', 'its', 'their', 'his', 'her']);

/** A word's plural and singular read as one ("trustees", "trustee"). */
const stem = (w: string) => w.toLowerCase().replace(/(?:es|s)$/, '');

/**
 * True when a role phrase says what its "head" heads in a lower-case noun after "of" ("the
 * head of trustees", "the head of security at the port") and none of the person's titles
 * and roles names it ("Gallery director Ada Quill" heads the gallery, not its trustees):
 * "head" reaches a director or a chair only as a synonym, so the thing headed must agree.
 * False for any other phrase ("the head of the Harbour Gallery" names a body by its name).
 */
export function headOfOther(text: string, head: string, person: Person): boolean {
  if (head !== 'head') return false;
  const words = text.split(/\s+/);
  let at = words.findIndex((w) => w.toLowerCase() === 'head');
  if (at < 0 || words[at + 1]?.toLowerCase() !== 'of') return false;
  at += 2;
  while (SKIPPED.has(words[at]?.toLowerCase() ?? '')) at++;
  const headed = words[at]?.replace(/[.,;:]+$/, '') ?? '';
  if (!/^\p{Ll}{3,}$/u.test(headed)) return false;
  const held = [
    ...person.titles.flatMap(officeWords),
    ...person.roles.flatMap((r) => r.split(/\s+/)),
  ];
  return !held.some((w) => stem(w) === stem(headed));
}
