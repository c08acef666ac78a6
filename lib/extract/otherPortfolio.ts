import { officeWords } from './PeopleIndex.ts';
import { CLAUSE_WORDS, DISTINCT_OFFICE_WORDS, PORTFOLIO_WORDS } from './patterns.ts';
import type { Person } from './types.ts';

/**
 * Words before a role's head that say when the office is held, not which office ("the new
 * minister", "the acting minister"); the words that say whose it is ("the", "his", "our")
 * are CLAUSE_WORDS.
 */
const TENURE_WORDS: ReadonlySet<string> = new Set(
  'new acting interim outgoing incoming current senior junior'.split(' '),
);

/**
 * True when a role phrase names its office by a lower-case word of its own right before
 * its head ("the climate minister", "New Zealand's fisheries minister") and the person's
 * title names a portfolio the phrase does not ("Foreign Minister Ada Quill"): another
 * office with the same head, never the phrase's holder.
 */
export function otherPortfolio(text: string, head: string, person: Person): boolean {
  const words = text.split(/\s+/);
  const at = words.findIndex((w) => w.toLowerCase() === head);
  const own = words[at - 1] ?? '';
  if (at < 1 || !/^\p{Ll}+$/u.test(own) || TENURE_WORDS.has(own) || CLAUSE_WORDS.has(own))
    return false;
  if (PORTFOLIO_WORDS.has(own) || DISTINCT_OFFICE_WORDS.has(own)) return false;
  const lower = words.map((w) => w.toLowerCase());
  return person.titles
    .flatMap(officeWords)
    .some((w) => PORTFOLIO_WORDS.has(w) && !lower.includes(w));
}
