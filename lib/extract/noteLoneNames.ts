import { givenName } from './givenNames.ts';
import { nameRuns } from './nameRuns.ts';
import { organisationHead } from './organisationHead.ts';
import type { PeopleIndex } from './PeopleIndex.ts';
import { parseNameRun } from './parseNameRun.ts';
import {
  FINITE_VERBS,
  ORGANIZATION_WORDS,
  PERSONAL_PRONOUNS,
  ROLE_NOUNS,
  SIGNATURE_OCCASIONS,
  SPEECH_VERBS,
} from './patterns.ts';
import { roleBeforeName } from './roleBeforeName.ts';
import { isQuoteToken, type Token } from './tokenize.ts';

/** Most lower-case words of a role between an employer and a name ("principal research analyst"). */
const MAX_ROLE_WORDS = 4;
/** Pronouns that say a person's gender ("Goncalves buried his shot"). */
const GENDERED: Record<string, 'm' | 'f'> = { he: 'm', his: 'm', him: 'm', she: 'f', her: 'f' };
/** Words after a name that make it a thing's ("Cisco’s shares", "Walmart stock"). */
const THING_NOUNS = new Set(
  'shares stock stocks revenue revenues profit profits earnings'.split(' '),
);

/**
 * Records what a sentence says of words used alone as names (see
 * `PeopleIndex.noteLonePerson`): a title before one ("Mr Khan", "Chief Cabinet Secretary
 * Suga"), a role or an age after one ("Nunberg, author of …", "Owen, 52,"), a gendered
 * pronoun in a sentence it opens ("Goncalves buried his shot"), a direct quotation it
 * speaks ("“…,” Holtz said"); and what says a word is
 * an organisation's or a thing's: the first word of an organisation's name ("Cisco
 * Systems"), "X said it …", "X, which …", "X’s shares".
 */
export function noteLoneNames(people: PeopleIndex, tokens: readonly Token[], text: string): void {
  for (const [i, { run, start, next }] of nameRuns(tokens).entries()) {
    const parsed = parseNameRun(run);
    if (!parsed) continue;
    if (parsed.name.length > 1) {
      const last = parsed.name.at(-1)!.toLowerCase();
      if (ORGANIZATION_WORDS.has(last)) people.noteLoneOrganisation(parsed.name[0]!);
      // "Ada Quill is telling councillors she would …": a full name that opens a sentence
      // about a man or a woman is a person's, whatever its given name.
      // "said Ylva Tarrant, 30.", "Ylva Tarrant, 30, said": an age after a full name.
      else if (
        (i === 0 && start === 0 && gendered(tokens.slice(next))) ||
        agedAfter(tokens, next) ||
        signsQuotation(tokens, start, next)
      )
        people.notePerson(parsed.name.join(' '));
      continue;
    }
    const word = parsed.name[0]!;
    // "the Standing Committee on Harbours and Fisheries": the tail of a longer name.
    const before = tokens[start - 1];
    if (
      before &&
      /^(?:and|of|&)$/.test(before.text) &&
      /^\p{Lu}/u.test(tokens[start - 2]?.text ?? '')
    ) {
      people.noteLoneOrganisation(word);
      continue;
    }
    // "Pellmark principal research analyst Ada Quill": a word that qualifies someone's
    // role, followed by their full name, is their employer's (or a place's).
    let k = next;
    while (k < tokens.length && k - next < MAX_ROLE_WORDS && /^\p{Ll}/u.test(tokens[k]!.text)) k++;
    if (k > next && ROLE_NOUNS.has(tokens[k - 1]!.word)) {
      const named = parseNameRun(nameRuns(tokens.slice(k))[0]?.run ?? []);
      if (
        named &&
        named.title === null &&
        named.name.length >= 2 &&
        tokens[k]?.text === named.name[0]
      ) {
        people.noteLoneOrganisation(word);
        continue;
      }
    }
    const after = tokens[next];
    const then = tokens[next + 1];
    // "A Netflix executive spoke …", "an Acme engineer": a word between "a" and a role in
    // lower case is whom the person works for (a person is no one's "a Quill executive").
    const employer =
      before !== undefined &&
      /^(?:a|an)$/i.test(before.text) &&
      after !== undefined &&
      /^\p{Ll}+$/u.test(after.text) &&
      ROLE_NOUNS.has(after.word) &&
      givenName(word) === undefined;
    // "Tarrow have confirmed the signing": a club or a company takes a plural verb in
    // British copy; one person never does (two joined by "and" are two subjects).
    const plural =
      after !== undefined &&
      PLURAL_VERBS.has(after.text) &&
      !/^(?:and|&|,)$/.test(before?.text ?? '');
    if (
      employer ||
      plural ||
      (after?.text === ',' && then?.text === 'which') ||
      (after && THING_NOUNS.has(after.word)) ||
      (after && SPEECH_VERBS.has(after.word) && (then?.text === 'it' || then?.text === 'its'))
    ) {
      people.noteLoneOrganisation(word);
      continue;
    }
    if (parsed.title !== null) {
      // "the Minister for Justice, Mr Dunleavy, told …": the role before the name is theirs.
      people.noteLonePerson(parsed, roleBeforeName(tokens, start, next, text));
      continue;
    }
    if (after?.text === ',' && then) {
      // "Quorvel, an activist organisation that …": an appositive headed by an
      // organisation's noun says the word is one, whatever role word qualifies that noun.
      if (/^(?:a|an|the)$/.test(then.text) && organisationHead(tokens.slice(next + 1))) {
        people.noteLoneOrganisation(word);
        continue;
      }
      // "Nunberg, author of …", "Owen, the shadow minister,", "Owen, 52,".
      const role =
        ROLE_NOUNS.has(then.word) ||
        (/^(?:a|an|the)$/.test(then.text) && ROLE_NOUNS.has(tokens[next + 2]?.word ?? ''));
      if (role || agedAfter(tokens, next)) {
        let k = next + 1;
        while (k < tokens.length && ![',', ';', ':', '(', ')'].includes(tokens[k]!.text)) k++;
        const phrase = text.slice(then.start, tokens[k - 1]!.end);
        people.noteLonePerson(parsed, role ? phrase : null);
        continue;
      }
    }
    // "“…,” Holtz said", "“…,” said Holtz": the speaker of a direct quotation is a person, so
    // "Holtz said the finding …" elsewhere is that person's report, not an organisation's.
    const speaks =
      parsed.title === null &&
      ((isQuoteToken(before) && after && SPEECH_VERBS.has(after.word)) ||
        (before && SPEECH_VERBS.has(before.word) && isQuoteToken(tokens[start - 2])));
    if (speaks && !ORGANIZATION_WORDS.has(word.toLowerCase())) {
      people.noteLonePerson(parsed, null);
      continue;
    }
    // "Quill curled her right-footed shot": a sentence the name opens, about a man or a woman.
    // ("Delivering her speech in French, …": a participle and its object, no name.)
    // ("Worse, he had to sell the boat": a word the comma parts from the sentence's own
    // subject pronoun says how things stand, and names no one.)
    const aside = after?.text === ',' && PERSONAL_PRONOUNS.has(then?.word ?? '');
    if (i === 0 && start === 0 && !aside && !openingParticiple(word, tokens.slice(next))) {
      const gender = gendered(tokens.slice(next));
      if (gender) people.noteLonePerson(parsed, null, gender);
    }
  }
}

/** Fewest letters of a participle that opens a sentence ("Delivering", not "Ring"). */
const MIN_PARTICIPLE = 7;
/** Words that open a participle's object ("Delivering her speech", "Thanking the fans"). */
const OBJECT_OPENERS = new Set(
  'the a an his her their its my our this that these those'.split(' '),
);

/** Verbs in the plural right after a subject ("have", "are"): never one person's. */
const PLURAL_VERBS = new Set(['have', 'are', 'were']);
/** Words that open a sentence's own subject after an opening participle's clause ("…, the coach"). */
const SUBJECT_OPENERS = new Set('the a an his her their'.split(' '));

/**
 * True when a capitalised word ending in "-ing" that no list of given names holds opens a
 * sentence as a participle, not a surname ("Manning threw", "Harding said"): its object
 * follows it ("Delivering her remarks in French, the player …"), or a bare noun does and
 * the clause ends at a comma before the sentence's own subject ("Fielding queries from
 * reporters in his office, the coach said …"), the subject any pronoun of the sentence means.
 */
function openingParticiple(word: string, rest: readonly Token[]): boolean {
  const after = rest[0];
  if (
    word.length < MIN_PARTICIPLE ||
    !/^\p{Lu}\p{Ll}+ing$/u.test(word) ||
    givenName(word) !== undefined ||
    after === undefined
  )
    return false;
  if (OBJECT_OPENERS.has(after.text)) return true;
  if (
    !/^\p{Ll}+$/u.test(after.text) ||
    SPEECH_VERBS.has(after.word) ||
    FINITE_VERBS.has(after.word)
  )
    return false;
  const comma = rest.findIndex((t) => t.text === ',');
  return comma > 1 && SUBJECT_OPENERS.has(rest[comma + 1]?.text ?? '');
}

/**
 * True when an age follows a name's end at `next` ("Owen, 52,", "said Owen, 52."): a
 * number of one to three digits after a comma, closing the clause or the sentence.
 */
function agedAfter(tokens: readonly Token[], next: number): boolean {
  const age = tokens[next + 1];
  if (tokens[next]?.text !== ',' || !age || !/^\d{1,3}$/.test(age.word)) return false;
  return tokens[next + 2]?.text === ',' || (age.text.endsWith('.') && next + 2 === tokens.length);
}

/** Dashes that sign a quotation with its speaker's name ("“…” – Ada Quill"). */
const SIGNING_DASHES = new Set(['—', '–', '--', '-']);

/**
 * True when the name between `start` and `next` signs the quotation just before it, as a
 * round-up of reactions does: "“…” – Ada Quill", "“…” – Ada Quill on the final". The
 * name closes the sentence, or a comma or the occasion follows it.
 */
function signsQuotation(tokens: readonly Token[], start: number, next: number): boolean {
  if (!SIGNING_DASHES.has(tokens[start - 1]?.text ?? '') || !isQuoteToken(tokens[start - 2]))
    return false;
  const after = tokens[next];
  return after === undefined || after.text === ',' || SIGNATURE_OCCASIONS.has(after.text);
}

/** The one gender the personal pronouns of some words give ("his", "she"), or null. */
function gendered(tokens: readonly Token[]): 'm' | 'f' | null {
  const genders = new Set(tokens.flatMap((t) => (t.word in GENDERED ? [GENDERED[t.word]!] : [])));
  return genders.size === 1 ? [...genders][0]! : null;
}
