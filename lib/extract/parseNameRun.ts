import { isNationalityNoun } from './demonyms.ts';
import { givenName } from './givenNames.ts';
import {
  ANONYMOUS_HEADS,
  EPITHET_NOUNS,
  FULL_NAME_RANKS,
  GENERATIONS,
  HONORIFIC_PAIRS,
  HONORIFIC_WORDS,
  INTERVIEW_LABELS,
  isCourtesyTitle,
  NAME_PARTICLES,
  ORGANIZATION_WORDS,
  PARTY_WORDS,
  PLACE_FIRST_WORDS,
  PLACES,
  PORTFOLIO_WORDS,
  POST_NOMINALS,
  ROLE_NOUNS,
  SURNAME_TITLES,
  TITLES,
} from './patterns.ts';
import type { Token } from './tokenize.ts';

export interface NameRun {
  /** The title phrase before the name (`Gyeonggi Gov.`, `South Korean Foreign Minister`), or null. */
  title: string | null;
  /** Name words after the title: one (a surname) or more (a full name). */
  name: string[];
  /** Letters printed after the name for an office or an honour (`QC`, `TD`, `MP OBE`), if any. */
  postNominal?: string;
}

/**
 * Fewest letters of an office's abbreviation read as a title before a surname alone
 * ("MLA Quill"): two may be a person's initials ("JP Quill").
 */
const MIN_OFFICE_LETTERS_BEFORE_SURNAME = 3;
/** A title abbreviated in capitals ("MP", "TD", "MEP", "CEO"). */
const ABBREVIATED_TITLE = /^\p{Lu}{2,4}$/u;
/** A word in capitals and lower case ("Colm"), unlike a name printed in capitals ("COLM"). */
const MIXED_CASE = /^\p{Lu}.*\p{Ll}/u;

/**
 * True when the word at `i` is an abbreviated title before a full name ("Labour MP Jo
 * Reed", "Green Party TD Aoife Kearns", "Acme CEO Jo Reed"): a word in capitals followed
 * by at least two name words in mixed case. The words before it qualify the title (a
 * party, a constituency, a company), and name nobody.
 */
function abbreviatedTitle(texts: readonly string[], i: number): boolean {
  // ("Congress MLA Quill": an office's letters before a surname alone, too.)
  const after =
    POST_NOMINALS.has(texts[i]!) && texts[i]!.length >= MIN_OFFICE_LETTERS_BEFORE_SURNAME ? 1 : 2;
  return (
    ABBREVIATED_TITLE.test(texts[i]!) &&
    texts.length - i - 1 >= after &&
    texts.slice(i + 1).every((t) => MIXED_CASE.test(t))
  );
}

/** A professor's titles, after which a role word ("Dean") is an office, not a given name. */
const ACADEMIC_TITLES: ReadonlySet<string> = new Set(['Professor', 'Prof', 'Prof.']);
/** What may come before a title's hyphen ("Co-CEO", "Vice-Chair", "Ex-Minister"). */
const TITLE_PREFIXES = new Set(['co', 'vice', 'ex', 'deputy', 'acting']);
/** What may follow a title's hyphen ("President-elect", "President-Elect", "Premier-designate"). */
const TITLE_SUFFIXES = new Set(['elect', 'designate']);

/**
 * A title joined by a hyphen: "President-elect", "Secretary-General", "Vice-President",
 * "Attorney-General", "Sheriff-Coroner". The first part is a title, the second a title, a
 * role ("coroner") or "elect"; a double-barrelled surname ("Quill-Judge", "Judge-Harrow")
 * is not one.
 */
function hyphenatedTitle(word: string): boolean {
  const parts = word.split('-');
  if (parts.length !== 2) return false;
  const [first, second] = parts as [string, string];
  const isTitle = (w: string) => TITLES.has(w) || ROLE_NOUNS.has(w.toLowerCase());
  // "Co-CEO", "Vice-Chair", "Ex-Minister": a prefix of office before a title.
  if (TITLE_PREFIXES.has(first.toLowerCase()))
    return isTitle(second) || ABBREVIATED_TITLE.test(second);
  // ("Sheriff-Coroner": a title, then a role the same office holds, "coroner".)
  const joinedRole = TITLES.has(first) && ROLE_NOUNS.has(second.toLowerCase());
  return (
    isTitle(first) && (TITLE_SUFFIXES.has(second.toLowerCase()) || TITLES.has(second) || joinedRole)
  );
}

/** A name printed twice in a row ("Jo Reed Jo Reed", a caption repeating its alt text), once. */
function once(name: string[]): string[] {
  const half = name.length / 2;
  return name.length >= 4 &&
    Number.isInteger(half) &&
    name.slice(0, half).join(' ') === name.slice(half).join(' ')
    ? name.slice(0, half)
    : name;
}

/** A word of an office's or an organisation's name ("National", "Assembly", "Finance"). */
const qualifiesTitle = (w: string) =>
  PORTFOLIO_WORDS.has(w) || ORGANIZATION_WORDS.has(w) || PLACE_FIRST_WORDS.has(w) || PLACES.has(w);

/** Fewest letters of an opening participle taken out of a name ("Sentencing", not "Ming"). */
const MIN_PARTICIPLE = 7;

/**
 * True when the run opens with a participle before a full name ("Sentencing Ada Quill",
 * "Praising Ada Quill"): a word of seven letters or more ending in "-ing" that is no
 * given name, then two or more name words in mixed case.
 */
function participleBefore(texts: readonly string[]): boolean {
  const first = texts[0] ?? '';
  return (
    first.length >= MIN_PARTICIPLE &&
    /^\p{Lu}\p{Ll}+ing$/u.test(first) &&
    givenName(first) === undefined &&
    texts.length >= 3 &&
    texts.slice(1).every((t) => MIXED_CASE.test(t))
  );
}

/**
 * A job's word by its ending ("Paraeducator", "Firefighter", "Therapist", "Technician",
 * "Paramedic"), capitalised as a title, of five letters or more before its ending.
 */
const OCCUPATION_ENDING = /^\p{Lu}\p{Ll}{4,}(?:er|or|ist|ian|ic)$/u;

/**
 * True when the run's first word is a job printed as a title before a full name
 * ("Paraeducator Ada Quill", "Firefighter Tom Reyes"): a word with a job's ending that no
 * list of given names holds, then a given name and one or more name words. A surname
 * that ends the same way ("Baker Mayfield", "Taylor Quill") is followed by no given name.
 */
function occupationBefore(texts: readonly string[]): boolean {
  const first = texts[0] ?? '';
  return (
    OCCUPATION_ENDING.test(first) &&
    givenName(first) === undefined &&
    (givenName(texts[1] ?? '') !== undefined || roleCompound(first)) &&
    texts.length >= 3 &&
    texts.slice(1).every((t) => MIXED_CASE.test(t))
  );
}

/** Fewest letters of the role noun a job's compound word ends with ("writer", "builder"). */
const MIN_ROLE_ENDING = 5;
/** Fewest letters before it ("Screen-", "Song-"): "Newman", "Bannister" have fewer or no role. */
const MIN_ROLE_PREFIX = 4;

/**
 * True for a job written as one word that ends with a role noun ("Screenwriter",
 * "Songwriter", "Grandmother"): a title even when the given name after it is one no list
 * holds ("Screenwriter Orsa Vell"), as a capitalised occupation noun is no given name.
 */
function roleCompound(word: string): boolean {
  const lower = word.toLowerCase();
  return [...ROLE_NOUNS].some(
    (r) =>
      r.length >= MIN_ROLE_ENDING &&
      lower.endsWith(r) &&
      lower.length - r.length >= MIN_ROLE_PREFIX,
  );
}

/** Fewest letters of the body's part of a title written as one word ("Under", "Assembly"). */
const MIN_BODY_LETTERS = 4;
/**
 * Fewest letters of a title a one-word title may end with ("Mayor", "Member"): a shorter
 * one ("Dean", "Rep") ends too many plain words and surnames.
 */
const MIN_TITLE_ENDING_LETTERS = 5;
/** The titles a one-word title may end with: "Member", "Secretary", "Minister", lower case. */
const TITLE_ENDINGS = [...TITLES]
  .filter((t) => /^\p{Lu}\p{Ll}+$/u.test(t) && t.length >= MIN_TITLE_ENDING_LETTERS)
  .map((t) => t.toLowerCase());

/**
 * True when the word is a title written as one word with the body it serves
 * ("Undersecretary", "Assemblymember", "Congressmember") or a role's plural before the
 * names it covers ("Councilmen Ada Quill and …"), and a given name follows it: a surname
 * that ends the same way ("Hoffman") has no such word before it.
 */
function compoundTitle(word: string, next: string | undefined): boolean {
  if (next === undefined || givenName(next) === undefined) return false;
  const lower = word.toLowerCase();
  if (/^\p{Lu}\p{Ll}+(?:wo)?men$/u.test(word) && ROLE_NOUNS.has(lower.replace(/men$/, 'man')))
    return true;
  return (
    /^\p{Lu}\p{Ll}+$/u.test(word) &&
    TITLE_ENDINGS.some((t) => lower.endsWith(t) && lower.length - t.length >= MIN_BODY_LETTERS)
  );
}

/**
 * A word joined by hyphens to words in lower case, the last of three letters or more, as
 * an epithet prints it ("Three-time", "Oscar-winner", "Emmy-nominated", "Harbour-born",
 * "Father-of-three", "Grandmother-of-six"). A name's joined parts are capitalised
 * ("Lopez-Romero", "Jean-Luc"); only a romanised Korean given name ("Jae-myung") is not,
 * and it comes last, after the surname.
 */
const LOWER_JOINED = /^\p{L}+(?:-\p{Ll}+)*-\p{Ll}{3,}$/u;

/** A given name written the romanised Korean way: "Jae-myung", "Soo-hyuck". */
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/**
 * Reads a run of capitalised words as [title phrase] name: the last title word splits
 * the run ("Gyeonggi Gov. | Lee Jae-myung"). Returns null when the run has no name
 * after its title ("The President").
 */
export function parseNameRun(run: readonly Token[]): NameRun | null {
  const all = run.map((t) => t.text.replace(/[’']s$/, ''));
  const opened = all[0] === 'The' || all[0] === 'A' ? all.slice(1) : all;
  // "Sentencing Ada Quill, 31, to …": a participle that opens the sentence is no name word.
  const texts = participleBefore(opened) ? opened.slice(1) : opened;
  let titleEnd = -1;
  texts.forEach((t, i) => {
    // A capitalised role word ("Farmer John Smith" at a sentence start) works as a title.
    if (texts.slice(i).every((w) => POST_NOMINALS.has(w.replace(/\.$/, ''))) && i >= 2) return;
    // "Judge Harold Pastor", "Coach Jim Boss", "planning officer Ada Bishop": a surname that
    // is also a role word, last after a given name (and any title), is the name's, not a
    // title with no name after it.
    if (
      i === texts.length - 1 &&
      i - titleEnd >= 2 &&
      givenName(texts[titleEnd + 1]!) !== undefined
    )
      return;
    // "Constable said": a title that is also a surname, with nothing after it, is the surname.
    if (i === texts.length - 1 && SURNAME_TITLES.has(t)) return;
    // "Dr Dean Quill", "Mr Major Quill": a title word that is also a given name, right after
    // a courtesy title and before the surname alone, is the given name (a courtesy title
    // goes before a name, not before another title). ("Sheriff Dean Quill": so is a role
    // word no list of titles holds after any title but a prefix of office or a professor's,
    // as "Vice Dean" and "Professor Dean" are titles.)
    if (
      i >= 1 &&
      i === texts.length - 2 &&
      titleEnd === i - 1 &&
      (isCourtesyTitle(texts[i - 1]!) ||
        (!TITLES.has(t) &&
          !TITLE_PREFIXES.has(texts[i - 1]!.toLowerCase()) &&
          !ACADEMIC_TITLES.has(texts[i - 1]!))) &&
      givenName(t) !== undefined &&
      MIXED_CASE.test(texts[i + 1]!)
    )
      return;
    if (
      TITLES.has(t) ||
      ROLE_NOUNS.has(t.toLowerCase()) ||
      // "Garda Ada Quill": a rank that is a title only before two name words or more.
      (FULL_NAME_RANKS.has(t) &&
        texts.slice(i + 1).filter((w) => MIXED_CASE.test(w)).length >= 2) ||
      abbreviatedTitle(texts, i) ||
      hyphenatedTitle(t) ||
      compoundTitle(t, texts[i + 1]) ||
      (i === 0 && occupationBefore(texts)) ||
      // "Spaniard Ada Quill", "Teenager Ada Quill": a nationality or a person's word before a full name.
      (i === 0 &&
        (isNationalityNoun(t) ||
          // (Only before a given name: "International Monetary Fund", "Star Wars" are no one's.)
          // ("Tory Ada Quill", "Labour Ada Quill": a party's word, before a given name too.)
          ((EPITHET_NOUNS.has(t.toLowerCase()) || PARTY_WORDS.has(t.toLowerCase())) &&
            givenName(texts[1] ?? '') !== undefined) ||
          // "Tory Orvin Quill": a party's word before exactly two name words that name no
          // office, body or place, whatever the given name (a list lacks many).
          (PARTY_WORDS.has(t.toLowerCase()) &&
            texts.length === 3 &&
            !qualifiesTitle(texts[1]!.toLowerCase()) &&
            // (A surname may be a people's word: "French", "English".)
            ![ORGANIZATION_WORDS, PORTFOLIO_WORDS, PLACES].some((l) =>
              l.has(texts[2]!.toLowerCase()),
            )) ||
          // "Parent Ada Quill", "Pupil Ada Quill": one unnamed person's word, whatever
          // given name follows (a list lacks many); a plural may open a body's name
          // ("Friends Reunited", "Members Trust").
          (ANONYMOUS_HEADS.has(t.toLowerCase()) && !/s$/.test(t))) &&
        texts.slice(1).filter((w) => MIXED_CASE.test(w)).length >= 2)
    )
      titleEnd = i;
    // "Three-time Oscar-winner Ada Quill": epithets joined to a word in lower case, opening
    // the run before a full name, qualify her and are no part of her name.
    else if (
      i === titleEnd + 1 &&
      LOWER_JOINED.test(t) &&
      texts.slice(i + 1).filter((w) => MIXED_CASE.test(w) && !LOWER_JOINED.test(w)).length >= 2
    )
      titleEnd = i;
    // "Tan Sri Ada Quill", "Dato' Ada Quill": an honorific is a title.
    else if (HONORIFIC_PAIRS.has(`${t} ${texts[i + 1]}`)) titleEnd = i + 1;
    else if (HONORIFIC_WORDS.has(t) && i + 1 < texts.length && i > titleEnd) titleEnd = i;
    // "Minister for | Finance Ada Quill", "National Assembly Ada Quill", "Provincial
    // Assembly Ada Quill", "Higher Education Ada Quill": an office's or an organisation's
    // name, ending in one of their words, before a full name qualifies a title printed
    // before the run.
    else if (
      texts.length - i - 1 >= 2 &&
      texts
        .slice(titleEnd + 1, i)
        .every((w) => qualifiesTitle(w.toLowerCase()) || MIXED_CASE.test(w)) &&
      (PORTFOLIO_WORDS.has(t.toLowerCase()) || ORGANIZATION_WORDS.has(t.toLowerCase())) &&
      texts.slice(i + 1).every((w) => MIXED_CASE.test(w)) &&
      // "Radio Tarrow Internationale", "Television Norland": an organisation's word that
      // opens the run, with no known given name after it, opens a body's name.
      !(i === 0 && ORGANIZATION_WORDS.has(t.toLowerCase()) && givenName(texts[1]!) === undefined)
    )
      titleEnd = i;
  });
  // "Foreign Minister of Mauritius Ada Quill": a place before a full name is part of
  // the title phrase, not of the name.
  while (titleEnd + 3 < texts.length && PLACES.has(texts[titleEnd + 1]!.toLowerCase())) titleEnd++;
  // A sentence's full stop is no part of a name, an initial's is ("Tomas R. Vell").
  const words = texts.slice(titleEnd + 1);
  // "Ada Quill QC", "Ada Quill TD": post-nominal letters are no part of the name.
  let end = words.length;
  while (end > 1 && POST_NOMINALS.has(words[end - 1]!.replace(/\.$/, ''))) end--;
  const postNominal = end < words.length ? words.slice(end).join(' ') : undefined;
  const name = once(words.slice(0, end)).map((t) =>
    GENERATIONS.has(t) ? t : t.replace(/(\p{L}{2,})\.$/u, '$1'),
  );
  const title = titleEnd >= 0 ? texts.slice(0, titleEnd + 1).join(' ') : null;
  // "says CEO", "The Minister": a role word alone is no name. ("Question: “…”", "Answer:
  // …": an interview's label alone is no one's name either.)
  if (
    name.length === 0 ||
    (name.length === 1 &&
      (ROLE_NOUNS.has(name[0]!.toLowerCase()) ||
        (title === null && INTERVIEW_LABELS.has(name[0]!))))
  )
    return null;
  // "the Quill-fan rumours", "a Harbour-built hull": a capitalised word joined to a word in
  // lower case, alone, qualifies a noun and names no one (a romanised given name so joined,
  // "Jae-myung", comes after its surname).
  if (texts.length === 1 && name.length === 1 && HYPHENATED_GIVEN.test(name[0]!)) return null;
  return postNominal ? { title, name, postNominal } : { title, name };
}

/** True for a romanised Korean full name ("Kim Jong-un"): surname first, hyphenated given name. */
export function isKoreanStyle(name: readonly string[]): boolean {
  return (
    name.length >= 2 && name.length <= 3 && name.slice(1).some((w) => HYPHENATED_GIVEN.test(w))
  );
}

/** A family name in capitals, as Japanese papers print it first: a vowel, so no initials ("JP", "BV"). */
const FAMILY_IN_CAPITALS = /^(?=\p{Lu}*[AEIOU])\p{Lu}{3,}$/u;

/** The family name: first for Korean-style names, last otherwise, with its particles ("de Miranda"). */
export function surnameOf(whole: readonly string[]): string {
  let name = whole;
  if (isKoreanStyle(name)) return name[0] ?? '';
  // "IZUMI Kenta": a Japanese name printed family name first, in capitals; "Izumi" alone.
  if (name.length === 2 && FAMILY_IN_CAPITALS.test(name[0]!) && /^\p{Lu}\p{Ll}+$/u.test(name[1]!))
    return name[0]![0]! + name[0]!.slice(1).toLowerCase();
  // "Ada Quill Jr.": the generation is no surname.
  let last = name.length;
  while (last > 1 && GENERATIONS.has(name[last - 1]!)) last--;
  name = name.slice(0, last);
  let i = name.length - 1;
  while (i > 1 && NAME_PARTICLES.has(name[i - 1]!.toLowerCase())) i--;
  return name.slice(i).join(' ');
}
