import { DOCUMENT_NOUNS, FINITE_VERBS } from './patterns.ts';

/** Words that open a document's noun phrase ("the press release", "An editorial"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'this', 'that']);
/** Most words of a document's noun phrase, determiner to head ("The Kestrel Courier health blog"). */
const MAX_DOCUMENT_WORDS = 7;
/** Verbs of a clause whose subject is someone else ("The mayor rejected the report"). */
const CLAUSE_VERB = /^(?:\p{Ll}+ed|says|said|tells|told|wrote|writes|read|reads)$/u;
const isVerb = (w: string) => FINITE_VERBS.has(w.toLowerCase()) || CLAUSE_VERB.test(w);

/**
 * The document that speaks in a clause read as a subject ("The survey did offer one
 * caution", "The third paragraph … of the press release read", "The ads hinted that …"):
 * the noun phrase of its first document noun (`DOCUMENT_NOUNS`), from its determiner, when
 * no verb comes before it (then the document is the clause's subject, or inside it) and no
 * possessive names its owner ("Quill's report" is Quill's). Null otherwise, and for a
 * phrase with no verb after the document ("authors of the study" are people, unnamed).
 */
export function documentSubject(printed: string): string | null {
  const words = printed.split(/\s+/).filter((w) => w !== '');
  const head = words.findIndex((w) => DOCUMENT_NOUNS.has(w.toLowerCase().replace(/[,;:.]$/, '')));
  if (head < 0) return null;
  let from = head - 1;
  while (from >= 0 && !DETERMINERS.has(words[from]!.toLowerCase())) from--;
  if (from < 0) {
    // "Kestrel Courier blog had a line": a publication's capitalised name opens the phrase.
    if (!words.slice(0, head).every((w) => /^\p{Lu}/u.test(w))) return null;
    from = 0;
  }
  const before = words.slice(0, from);
  const phrase = words.slice(from, head + 1);
  if (before.some(isVerb) || phrase.slice(1, -1).some(isVerb)) return null;
  if (phrase.length > MAX_DOCUMENT_WORDS || phrase.some((w) => /[’']s$/.test(w))) return null;
  if (!words.slice(head + 1).some(isVerb)) return null;
  return phrase.join(' ').replace(/[,;:.]$/, '');
}
