import { givenName } from './givenNames.ts';
import {
  AFTER_OPENING_PARTICIPLE,
  CLAUSE_WORDS,
  COMPLEX_PREPOSITIONS,
  INITIAL,
  JOINED_PARTICLE,
  NAME_PARTICLES,
  PARTY_MEMBERS,
  REPORTING_PARTICIPLES,
  ROLE_NOUNS,
} from './patterns.ts';
import type { Token } from './tokenize.ts';
import { isCapitalized, QUOTE_MASK } from './tokenize.ts';

/** A contraction ("I’m", "We’ve", "Don’t"): never part of a name. */
const CONTRACTION = /[’'](?:m|ve|d|ll|re|t)$/i;
/**
 * Two words run together by a page's copy ("TrumpMinneapolis", a headline glued to an
 * acronym: "TelescopeNASA"), unlike "McCain", "MacArthur" or "PhD".
 */
const RUN_TOGETHER = /\p{Ll}{3,}\p{Lu}(?:\p{Ll}{3,}|\p{Lu})/u;

/**
 * Two given names written as one ("MaryBeth", "TerryLynn"): both halves are given names
 * the list knows, so the word is one person's given name, not two words run together.
 */
const joinedGivenNames = (text: string): boolean => {
  const parts = /^(\p{Lu}\p{Ll}+)(\p{Lu}\p{Ll}+)$/u.exec(text);
  return parts !== null && givenName(parts[1]!) !== undefined && givenName(parts[2]!) !== undefined;
};

/**
 * A capitalised reporting participle opening a clause ("Noting that …", "Adding …",
 * "Stressing …"): it reports speech and names no one.
 */
const isParticiple = (t: Token): boolean => REPORTING_PARTICIPLES.has(t.word);

/** A capitalised word that may be part of a name: not a quotation, not "While" or "But", not "I’m". */
const mayBeName = (t: Token | undefined, next?: Token) =>
  isCapitalized(t) &&
  // "Noting that …, he said": a participle opening a clause names no one.
  !isParticiple(t!) &&
  !t!.text.startsWith(QUOTE_MASK) &&
  // "Jonas A. Whitfield", "Ruth I. Marlow": a middle initial before a name word is no article "A" or pronoun "I".
  (!CLAUSE_WORDS.has(t!.word) || (INITIAL.test(t!.text) && isCapitalized(next))) &&
  !CONTRACTION.test(t!.text) &&
  // "Democrats", "Tories": a party's members, never a word of one person's name.
  !PARTY_MEMBERS.has(t!.word) &&
  (!RUN_TOGETHER.test(t!.text) || JOINED_PARTICLE.test(t!.text) || joinedGivenNames(t!.text));

/**
 * A second given name a copy printed in lower case between a given name and a surname
 * ("Ghulam nabi Azad", "Abdul rahim Khan"): a word of letters only that the list of given
 * names knows, after a word it knows too, before a capitalised word. Both given names must
 * be known, so a verb or a noun between two names ("Ada told Reuters") never joins them.
 */
const lowerGivenName = (before: Token, t: Token | undefined, next: Token | undefined) =>
  t !== undefined &&
  /^\p{Ll}{3,}$/u.test(t.text) &&
  givenName(before.text) !== undefined &&
  givenName(t.text) !== undefined &&
  mayBeName(next);

/** "Ahead of", "Prior to", "Compared with": a capitalised word opening a complex preposition. */
const opensPreposition = (t: Token, next: Token | undefined) =>
  next !== undefined && (COMPLEX_PREPOSITIONS[t.word]?.includes(next.text) ?? false);

/**
 * A participle in "-ing" or "-ed" opening the sentence before a preposition, a particle, a
 * determiner or a pronoun ("Looking out over the field, he …", "Walking into the hall",
 * "Dressed in her team's colours, she …"): the start of a clause, never a one-word name
 * for a later "he" or "she" to mean. A given name ("Sterling") or a surname before its
 * verb ("Manning said", "Creed added") is left a name.
 */
const opensParticiple = (tokens: readonly Token[], i: number): boolean =>
  i === 0 &&
  /^\p{Lu}\p{Ll}{2,}(?:ing|ed)$/u.test(tokens[0]!.text) &&
  givenName(tokens[0]!.text) === undefined &&
  AFTER_OPENING_PARTICIPLE.has(tokens[1]?.text ?? '');

/**
 * A given name that is also a small word ("Per", a Nordic given name and a preposition),
 * capitalised inside a sentence right after a role noun in lower case and before a name
 * word ("party leader Per Quill"): the name's first word, as no preposition is capitalised
 * there.
 */
const givenAfterRole = (tokens: readonly Token[], i: number): boolean =>
  i > 0 &&
  ROLE_NOUNS.has(tokens[i - 1]!.text) &&
  /^\p{Lu}\p{Ll}+$/u.test(tokens[i]!.text) &&
  CLAUSE_WORDS.has(tokens[i]!.word) &&
  mayBeName(tokens[i + 1], tokens[i + 2]);

/**
 * Capitalised runs of a sentence, read as possible names: each with the index of its first
 * token (`start`) and of the token after it (`next`).
 */
export function nameRuns(
  tokens: readonly Token[],
): { run: Token[]; start: number; next: number }[] {
  const out: { run: Token[]; start: number; next: number }[] = [];
  let i = 0;
  while (i < tokens.length) {
    const given = givenAfterRole(tokens, i);
    if (
      !given &&
      (!mayBeName(tokens[i]) ||
        opensPreposition(tokens[i]!, tokens[i + 1]) ||
        opensParticiple(tokens, i))
    ) {
      i++;
      continue;
    }
    const start = i;
    if (given) i++;
    while (i < tokens.length && mayBeName(tokens[i], tokens[i + 1])) {
      i++;
      if (/[’']s$/.test(tokens[i - 1]!.text)) break;
      // "Luis de Miranda", "Jan van der Berg", "Ana de la Fuente": one or two particles
      // join the name when a name word follows them.
      if (NAME_PARTICLES.has(tokens[i]?.text ?? '') && mayBeName(tokens[i + 1])) i++;
      else if (
        NAME_PARTICLES.has(tokens[i]?.text ?? '') &&
        NAME_PARTICLES.has(tokens[i + 1]?.text ?? '') &&
        mayBeName(tokens[i + 2])
      )
        i += 2;
      else if (lowerGivenName(tokens[i - 1]!, tokens[i], tokens[i + 1])) i++;
    }
    out.push({ run: tokens.slice(start, i), start, next: i });
  }
  return out;
}
