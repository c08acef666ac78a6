import type { Subject } from './findSubject.ts';
import { nameRuns } from './nameRuns.ts';
import { parseNameRun } from './parseNameRun.ts';
import { ADVERBS, ANONYMOUS_HEADS, ROLE_NOUNS, TITLES } from './patterns.ts';
import { ROLE_DETERMINERS } from './roleDeterminers.ts';
import type { Token } from './tokenize.ts';
import { isCapitalized, isQuoteToken } from './tokenize.ts';

/** Words before a verb that make its subject several people ("… all say", "… both said"). */
const JOINT_WORDS = new Set(['all', 'both', 'jointly', 'together']);
/** Words that end the subject phrase when walking back from its verb. */
const STOPS = new Set(', ; : ( ) who which that whom when while'.split(' '));
/**
 * Prepositions: an "and" after one joins the words of a phrase inside the subject ("a
 * bench of Justices Quill and Reed said", "prosecutors in Leeds and York say", "the
 * Committee on Ports and Harbours said"), not two subjects.
 */
const PREPOSITIONS = new Set('of in at for from on with by'.split(' '));
/** Longest subject phrase read back from a verb ("Quill and Harbour East councillor Jo Reed"). */
const MAX_SUBJECT_TOKENS = 12;

/** A title word, or a hyphened one ending in a title ("Ex-President", "Vice-Chair"). */
const isTitleWord = (t: Token) => TITLES.has(t.text) || TITLES.has(t.text.split('-').at(-1)!);

/**
 * Two titles of one person joined by "and" before their name: "Harbour Board Chair and
 * Labour leader Ada Quill", "Former Mayor and Green Party leader Tomas Brenner":
 * the words before "and" are a title alone (capitalised, with no article before them, a
 * title word last: nobody named) and a name follows "and". ("The Mayor and Ada Quill",
 * with its article, is two people.)
 */
function titlesOfOne(first: readonly Token[], rest: readonly Token[]): boolean {
  if (first.length === 0 || ROLE_DETERMINERS.has(first[0]!.word)) return false;
  if (!first.every((t) => isCapitalized(t)) || !isTitleWord(first.at(-1)!)) return false;
  // ("Marrow Bank Chairman and Chief Executive Officer Lena Ostby": the second title may
  // open the name's run, the full name after it.)
  return nameRuns(rest).some(
    (r) =>
      (r.run.length >= 2 && !r.run.some(isTitleWord)) ||
      (isTitleWord(r.run[0]!) && (parseNameRun(r.run)?.name.length ?? 0) >= 2),
  );
}

/**
 * The subject of the speech verb at `v` when it is several people for its subject: "Quill, Reed and
 * Vell all say …", "Quill and Harbour East councillor Jo Reed announced that they …",
 * "Reed and Vell said"; else null. Their words are none of theirs alone: the quotation is
 * left unattributed, never pinned on the last name of the list. (An organisation named
 * with "and" is read so too: unattributed, never wrong.)
 */
export function jointSubject(
  tokens: readonly Token[],
  v: number,
  text: string,
): Extract<Subject, { kind: 'joint' }> | null {
  let i = v - 1;
  while (i >= 0 && ADVERBS.has(tokens[i]!.text)) i--;
  const joint = (from: number): Extract<Subject, { kind: 'joint' }> => ({
    kind: 'joint',
    text: text.slice(tokens[from]!.start, tokens[i]!.end),
  });
  if (JOINT_WORDS.has(tokens[i]?.word ?? '')) {
    let k = i;
    while (k > 0 && !STOPS.has(tokens[k - 1]!.word) && !isQuoteToken(tokens[k - 1])) k--;
    return joint(k);
  }
  for (let k = i; k > 0 && i - k < MAX_SUBJECT_TOKENS; k--) {
    const t = tokens[k]!;
    if (isQuoteToken(t) || STOPS.has(t.word) || PREPOSITIONS.has(t.word)) return null;
    if (t.word !== 'and' || k === i) continue;
    // "Quill and Reed", "Quill, Reed, and Vell": a capitalised word before "and", one after.
    const before = tokens[k - 1]?.text === ',' ? tokens[k - 2] : tokens[k - 1];
    if (!isCapitalized(before) || !tokens.slice(k + 1, i + 1).some((a) => isCapitalized(a)))
      return null;
    let from = k - 1;
    while (from > 0 && !STOPS.has(tokens[from - 1]!.word) && !isQuoteToken(tokens[from - 1])) {
      if (PREPOSITIONS.has(tokens[from - 1]!.word)) return null;
      from--;
    }
    if (titlesOfOne(tokens.slice(from, k), tokens.slice(k + 1, i + 1))) return null;
    return joint(from);
  }
  return null;
}

/** Words that open a role phrase after "and" ("and his attorney", "and the mayor"). */
const ROLE_OPENERS = new Set(['his', 'her', 'their', 'the', 'a', 'an']);
/** Most words of such a role phrase after its opener ("and her long-time campaign manager"). */
const MAX_ROLE_WORDS = 4;

/**
 * The subject that opens a clause when it is a name and someone else joined by "and": a
 * name ("Quill and Tomas Vell met … and said"), or a role ("Quill and his attorney
 * denounced … and said"); else null. A verb joined to that clause by "and" is theirs
 * together, never the first name's alone.
 */
export function jointOpening(
  tokens: readonly Token[],
  text: string,
): Extract<Subject, { kind: 'joint' }> | null {
  const first = nameRuns(tokens)[0];
  if (first?.start !== 0 || tokens[first.next]?.word !== 'and') return null;
  const after = first.next + 1;
  let end = -1;
  if (isCapitalized(tokens[after])) {
    const partner = nameRuns(tokens.slice(after))[0];
    if (partner && partner.run[0] === tokens[after]) end = after + partner.next - 1;
  } else if (ROLE_OPENERS.has(tokens[after]?.word ?? '')) {
    for (let k = after + 1; k <= after + MAX_ROLE_WORDS && k < tokens.length; k++) {
      if (!/^\p{Ll}/u.test(tokens[k]!.text)) break;
      if (ROLE_NOUNS.has(tokens[k]!.word) || ANONYMOUS_HEADS.has(tokens[k]!.word)) end = k;
    }
  }
  return end < 0 ? null : { kind: 'joint', text: text.slice(tokens[0]!.start, tokens[end]!.end) };
}
