import { countryOf } from './demonyms.ts';
import type { Subject } from './findSubject.ts';
import { nameRuns } from './nameRuns.ts';
import { parseNameRun } from './parseNameRun.ts';
import {
  CLAUSE_WORDS,
  FINITE_VERBS,
  ORGANIZATION_WORDS,
  PERSONAL_PRONOUNS,
  PLACE_FIRST_WORDS,
  PLACES,
  ROLE_NOUNS,
  SPEECH_VERBS,
} from './patterns.ts';
import type { Token } from './tokenize.ts';
import { isQuoteToken } from './tokenize.ts';

/**
 * Most words that may describe the speaker before the name of a credit ("Straight-talking
 * Harbour winger", "Tarrow's star flanker"): a longer lead is a sentence, not a credit.
 */
const MAX_LEAD_TOKENS = 6;
/** Most words in lower case between a describing run and the name ("Tarrow star winger Ada Quill"). */
const MAX_DESCRIBING = 3;
/** A word printed in capitals ("US", "AFP"): a place, a body or a credit, not part of a name. */
const CAPITALS = /^\p{Lu}{2,}$/u;

/**
 * The person a round-up's credit after a dash opens with, whatever the credit goes on to
 * say about them: "“…” – Ada Quill reflects on the final", "— Tarrow's star flanker Ada
 * Quill (pictured) on the goggles", "– Straight-talking Harbourer Ada Quill, a paraplegic
 * since birth, who …", "— Veteran sprinter Ada Quill did not use her win to …". The name is
 * the first full name (a given name and a surname, no place, no word in capitals, no
 * body) of the credit, with no more than a few describing words before it, none of them a
 * pronoun, a verb or a word that opens a clause; after it comes the credit's end, a
 * bracket, a comma or a word in lower case. On a line of its own a speech verb there makes
 * the line a sentence ("– Ada Quill said the harbour …", a list's item of reported speech),
 * unless `speechAfter` (a credit right after the quotation in its own paragraph: "“…” –
 * Ada Quill said after the final"). Null for anything else.
 */
export function creditedName(
  seg: readonly Token[],
  text: string,
  { speechAfter = false }: { speechAfter?: boolean } = {},
): Subject | null {
  const runs = nameRuns(seg);
  for (const [r, { run, start, next }] of runs.entries()) {
    if (start > MAX_LEAD_TOKENS) return null;
    const lead = seg.slice(0, start);
    // ("US" in "Veteran US sprinter" is no "us".)
    if (lead.some((t) => isQuoteToken(t) || (!CAPITALS.test(t.text) && isClauseWord(t))))
      return null;
    // "New Zealand's", "Harbour's": a possessive describes the speaker; the name comes after.
    if (/[’']s$/.test(run.at(-1)!.text)) continue;
    const parsed = parseNameRun(run);
    if (!parsed) continue;
    // "Australian Ada Quill": a nationality before the name describes her.
    const name = countryOf(parsed.name[0]!) ? parsed.name.slice(1) : parsed.name;
    if (name.length < 2) continue;
    if (name.some((w) => CAPITALS.test(w) || PLACES.has(w.toLowerCase()))) continue;
    if (PLACE_FIRST_WORDS.has(name[0]!.toLowerCase())) continue;
    if (name.some((w) => ORGANIZATION_WORDS.has(w.toLowerCase()))) continue;
    // "Veteran Tarrow runner Ada Quill": capitalised words, then words in lower case that
    // only describe, then a name: the first run describes the one the second names.
    const further = runs[r + 1];
    if (
      further &&
      further.start - next <= MAX_DESCRIBING &&
      describes(seg.slice(next, further.start))
    )
      continue;
    if (!goesOn(seg, next, speechAfter)) return null;
    const first = run.findIndex((t) => t.text.replace(/[’']s$/, '') === name[0]);
    if (first < 0) continue;
    return {
      kind: 'name',
      run: { ...parsed, name },
      text: text.slice(run[first]!.start, run.at(-1)!.end),
      role: null,
    };
  }
  return null;
}

/**
 * What may follow the credit's name: its end or a full stop; a bracket of words in lower
 * case ("(pictured)", not "(@adaquill)"); a comma before words in lower case ("…, a
 * veteran of six finals, who …", not "…, AP") and, on a line of its own, no speech verb
 * after them ("– Ada Quill, the mayor, said …" is a sentence); a word in lower case, on a
 * line of its own no speech verb.
 */
function goesOn(seg: readonly Token[], next: number, speechAfter: boolean): boolean {
  const after = seg[next];
  if (after === undefined || after.text === '.') return true;
  const lower = (t: Token | undefined) => t !== undefined && /^\p{Ll}+$/u.test(t.text);
  if (after.text === '(') return lower(seg[next + 1]);
  if (after.text === ',')
    return (
      /^\p{Ll}/u.test(seg[next + 1]?.text ?? '') &&
      (speechAfter || !seg.slice(next).some((t) => SPEECH_VERBS.has(t.word)))
    );
  return /^\p{Ll}/u.test(after.text) && (speechAfter || !SPEECH_VERBS.has(after.word));
}

/**
 * Words in lower case between a describing run and the name ("Tarrow runner Ada Quill",
 * "Harbour star winger Ada Quill"): nouns of a description, none a verb of a clause
 * ("Ada Quill praises Ben Holt", "Ada Quill reflects on Ben Holt’s …", "Ada Quill,
 * beating Ben Holt").
 */
function describes(words: readonly Token[]): boolean {
  return (
    words.length > 0 &&
    words.every(
      (t) =>
        /^\p{Ll}+$/u.test(t.text) &&
        !isClauseWord(t) &&
        (ROLE_NOUNS.has(t.word) || !/(?:s|ed|ing)$/.test(t.word)),
    )
  );
}

/** A word no description of a person holds: a pronoun, a finite verb, a word opening a clause. */
const isClauseWord = (t: Token): boolean =>
  PERSONAL_PRONOUNS.has(t.word) ||
  FINITE_VERBS.has(t.word) ||
  SPEECH_VERBS.has(t.word) ||
  CLAUSE_WORDS.has(t.word) ||
  t.text === ',';
