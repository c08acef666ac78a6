import { editDistanceWithin } from '../text/editDistanceWithin.ts';
import { givenName } from './givenNames.ts';
import type { NameRun } from './parseNameRun.ts';
import { isKoreanStyle, surnameOf } from './parseNameRun.ts';
import {
  ANONYMOUS_HEADS,
  CLAUSE_WORDS,
  COURTESY_TITLES,
  CROWD_NOUNS,
  DISTINCT_OFFICE_WORDS,
  GENDERED_ROLES,
  HONORIFIC_PAIRS,
  HONORIFIC_WORDS,
  HONORIFICS,
  INSTITUTION_NOUNS,
  JOINED_PARTICLE,
  NAME_PARTICLES,
  ONE_NAME_CLERIC_TITLES,
  ORGANIZATION_WORDS,
  PARTY_MEMBERS,
  PLACE_FIRST_WORDS,
  PLACES,
  ROLE_NOUNS,
  ROLE_SYNONYMS,
  ROLE_VERBS,
  STAGE_NAME_TITLES,
  TITLE_WORDS_LOWER,
} from './patterns.ts';
import type { Person } from './types.ts';
import { wideGivenName } from './wideGivenName.ts';

/** Why a reference could not be tied to a person. */
export type Unresolved = { reason: string };

/**
 * "European Commission", "Lorenz Center", "South Africa": names of organisations and
 * places, never speakers.
 */
const isOrganization = (run: NameRun) =>
  // ("Tomas de Sa": a word after a surname's particle is the surname, not a company's "SA".)
  (run.name.some(
    (w, i) =>
      ORGANIZATION_WORDS.has(w.toLowerCase()) &&
      !(i >= 2 && NAME_PARTICLES.has(run.name[i - 1]!.toLowerCase())),
  ) &&
    !titledSurname(run)) ||
  // "Tarrow County Health Officials", "Port Authority Officials": a body's people, no name.
  (run.name.length >= 2 && CROWD_NOUNS.has(run.name.at(-1)!.toLowerCase())) ||
  PLACE_FIRST_WORDS.has(run.name[0]!.toLowerCase()) ||
  splitAbbreviation(run.name);
/**
 * "Village Manager Dave Post", "Senator Emily Street": a title, a known given name, then a
 * surname spelt like an organisation's word: a person. (Without the title, "Austin Post"
 * may be a paper.)
 */
const titledSurname = (run: NameRun) =>
  run.title !== null &&
  run.name.length === 2 &&
  givenName(run.name[0]!) !== undefined &&
  !ORGANIZATION_WORDS.has(run.name[0]!.toLowerCase());
/**
 * "AT&T", "S&P" read without their ampersand ("AT T", "REFILE-AT T"): one or two capitals,
 * then a lone capital letter with no full stop, are a company's abbreviation, no name.
 */
const splitAbbreviation = (name: readonly string[]) =>
  !initialsBeforeSurname(name) &&
  name.some((w, i) => /^\p{Lu}$/u.test(w) && /(?:^|-)\p{Lu}{1,2}$/u.test(name[i - 1] ?? ''));
/**
 * "K C Morawal", "P V Sandhu": two initials or more printed without full stops, then a
 * surname, as Indian papers print a name; no company's abbreviation ("AT T" has a word of
 * two capitals, "S P" no surname after it).
 */
const initialsBeforeSurname = (name: readonly string[]) =>
  name.length >= 3 &&
  name.slice(0, -1).every((w) => /^\p{Lu}$/u.test(w)) &&
  mayBeSurname(name.at(-1)!);
/**
 * A word that can be a surname used alone: capitalised, then lower case (not an acronym
 * like "FBI", no digits), and no place, organisation, group or role word ("Washington",
 * "Police", "Prosecutors", "Officials").
 */
function mayBeSurname(word: string): boolean {
  // "Goncalves", "Kurtz-Phelan", "McCain", "MacArthur", "O’Brien"; not "FBI" or "B52".
  if (
    !JOINED_PARTICLE.test(word) &&
    !/^(?:\p{Lu}\p{Ll}{0,2}(?=\p{Lu})|\p{Lu}['’](?=\p{Lu}))?\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u.test(
      word,
    )
  )
    return false;
  const w = word.toLowerCase();
  const singular = w.replace(/s$/, '');
  return ![
    PLACES,
    ORGANIZATION_WORDS,
    INSTITUTION_NOUNS,
    CROWD_NOUNS,
    ANONYMOUS_HEADS,
    ROLE_NOUNS,
    CLAUSE_WORDS,
    PLACE_FIRST_WORDS,
    PARTY_MEMBERS,
  ].some((list) => list.has(w) || list.has(singular));
}

/** Most words of a full name whose first the wide list of given names may vouch for ("Patsy Ann Vell"). */
const MAX_WIDE_NAME_WORDS = 3;
/** Fewest words of a long name an article may shorten to its first names ("Te Kaurinui Robert Parata"). */
const MIN_LONG_NAME = 4;
/** Fewest letters of a short form of a given name ("Dan" for "Daniel"; not "Al" for "Alan"). */
const MIN_SHORT_FORM = 3;

/** The same given names, one form perhaps shorter or without middle names (see `samePerson`). */
function sameGiven(a: readonly string[], b: readonly string[]): boolean {
  const first = (x: string, y: string) =>
    x === y ||
    (Math.min(x.length, y.length) >= MIN_SHORT_FORM && (x.startsWith(y) || y.startsWith(x)));
  if (a.length === 0 || b.length === 0 || !first(a[0]!, b[0]!)) return false;
  const middleA = a.slice(1).map((w) => w.replace(/\.$/, ''));
  const middleB = b.slice(1).map((w) => w.replace(/\.$/, ''));
  return middleA.length === 0 || middleB.length === 0 || middleA.join(' ') === middleB.join(' ');
}

/** Of two forms of one name, the fuller: more words, else the longer. */
function fullerName(a: string, b: string): string {
  const words = (s: string) => s.split(' ').length;
  if (words(a) !== words(b)) return words(a) > words(b) ? a : b;
  return b.length > a.length ? b : a;
}

/** "Gov." and "Governor" are one title. */
const TITLE_EQUIVALENTS: Record<string, string> = {
  gov: 'governor',
  sen: 'senator',
  rep: 'representative',
  gen: 'general',
  prof: 'professor',
  capt: 'captain',
  pres: 'president',
};
/** Abbreviated offices written out ("PM Ada Quill" is Prime Minister Ada Quill). */
const OFFICE_ABBREVIATIONS: Record<string, string[]> = {
  pm: ['prime', 'minister'],
  cm: ['chief', 'minister'],
  dp: ['deputy', 'president'],
};
/** Words after an office in a title that are no office ("Foreign Minister Dr", "Prime Minister Datuk Seri"). */
const TRAILING_HONORIFICS = new Set(
  [
    ...COURTESY_TITLES,
    ...HONORIFIC_WORDS,
    ...[...HONORIFIC_PAIRS].flatMap((p) => p.split(' ')),
  ].map((w) => w.replace(/\.$/, '').toLowerCase()),
);
/** A prosecutor's title in American and Canadian news ("District Attorney Ada Quill", "Crown Attorney"). */
const PROSECUTING_ATTORNEY = /^(?:district|county|state|state[’']s|crown) attorney$/;
/** Academic titles printed after an office, before the name ("Senator Professor", "Minister Prof."). */
const ACADEMIC_TITLES = new Set(['professor', 'prof']);
/**
 * The words of an office as a title prints it, lower case, abbreviations written out and
 * honorifics after it left off: "Foreign Affairs Minister Dr" → foreign affairs minister,
 * "PM" → prime minister, "Gov." → governor.
 */
export const officeWords = (title: string): string[] => {
  const words = title
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/\.$/, ''))
    .filter(Boolean);
  // "Senator Professor Ada Quill": an academic title after an office is no office either
  // ("Associate Professor" keeps it: its first word is no office).
  while (
    words.length > 1 &&
    (TRAILING_HONORIFICS.has(words.at(-1)!) ||
      (ACADEMIC_TITLES.has(words.at(-1)!) && TITLE_WORDS_LOWER.has(words.at(-2)!)))
  )
    words.pop();
  return words.flatMap((w) => OFFICE_ABBREVIATIONS[w] ?? [TITLE_EQUIVALENTS[w] ?? w]);
};
const titleKey = (title: string) => officeWords(title).at(-1) ?? '';

/** A double surname with its hyphen as a space ("Lopez-Romero" → "Lopez Romero"). */
const unhyphenated = (surname: string) => surname.replace(/-(?=\p{Lu})/gu, ' ');

/**
 * True when a surname printed with a hyphen ("Lopez-Romero", a transcript's label) ends a
 * full name that prints its parts apart ("Ada Lopez Romero"), after at least one given
 * name: a double surname, which copies print with and without its hyphen.
 */
function endsWithDoubleSurname(name: string, surname: string): boolean {
  const parts = unhyphenated(surname).split(' ');
  const words = name.split(' ');
  return (
    parts.length >= 2 &&
    words.length > parts.length &&
    words.slice(-parts.length).join(' ') === parts.join(' ')
  );
}

/** Adds a full name to the names a map keeps by their surname. */
function addBySurname(
  map: Map<string, Set<string>>,
  surname: string,
  name: readonly string[],
): void {
  const names = map.get(surname) ?? new Set<string>();
  names.add(name.join(' '));
  map.set(surname, names);
}

/**
 * The people of one article: full names, titles, role phrases, genders. Tells which people
 * a name ("Lee", "President Lee", "Lee Jae-myung") or a role ("the ambassador") can mean;
 * which of several it means is for the caller to decide from where the mention stands
 * (`Discourse`). Two people who share a surname stay two people.
 */
export class PeopleIndex {
  private readonly people = new Map<string, Person>();
  /** Names known from titles or Korean-style full names, as opposed to any two capitalised words. */
  private readonly strong = new Set<string>();
  /** Words the article uses alone as a name ("Parata said"): news refers to a person by surname. */
  private readonly singles = new Set<string>();
  /**
   * What the article says of a word used alone as a name that no full name explains
   * ("Mr Khan", "Nunberg, author of …", "Goncalves buried his shot"): a person it names
   * by surname only. Kept apart until a mention needs it (`surnameOnly`).
   */
  private readonly lone = new Map<string, Person>();
  private readonly loneEvidence = new Set<string>();
  /**
   * Full names a title-cased headline prints after a title ("Talks With President Ada Lin
   * Quill"), which the index does not register (a headline capitalises every word): they
   * only give a surname the article uses alone its full form (`loneOf`).
   */
  private readonly headlineNames = new Map<string, Set<string>>();
  /** Full names printed only inside quotations or captions, by surname (`noteQuotedName`, `noteCaptionName`). */
  private readonly quotedNames = new Map<string, Set<string>>();
  /** Words the article uses as part of an organisation's name or as a thing ("Cisco Systems", "Walmart said it"). */
  private readonly loneOrganisations = new Set<string>();
  /** Words the article prints after a title other than a stage name's ("Mrs Quixa"). */
  private readonly otherTitled = new Set<string>();
  /** Words the article's body prints in lower case ("injuries", "harbour"): common words. */
  private readonly lowerWords = new Set<string>();
  /** Full names the article prints after "the", "a" or "an" ("the Tansy Vale council"): a body's or a thing's. */
  private readonly determined = new Set<string>();

  list(): Person[] {
    return [...new Set(this.people.values())];
  }

  /**
   * The person already named under another form of the same name: the same surname, the
   * same given name or a short form of it ("Dan" for "Daniel", "Chris" for "Christopher"),
   * and middle names or initials that one form leaves out ("Felix Rohatyn" for "Felix G.
   * Rohatyn", "Rebecca Lissner" for "Rebecca Friedman Lissner"). Two forms that give
   * different middle names or initials ("George W. Bush", "George H. W. Bush") are two people.
   */
  private samePerson(name: readonly string[]): Person | undefined {
    if (isKoreanStyle(name)) return undefined;
    // "Te Kaurinui" for "Te Kaurinui Robert Parata": the leading names of a long name (four
    // words or more), either way round. (Not "Margaret Hamilton" for "Margaret Hamilton
    // Lego", a caption's three capitalised words.)
    const joined = name.join(' ');
    // "Le Drian said" after "Jean-Yves Le Drian": a surname that opens with its particle.
    // ("“…,” Van Brakel said" after "Louis van Brakel": the particle capitalised to open
    // the surname alone is the same particle.)
    if (NAME_PARTICLES.has(name[0]!.toLowerCase())) {
      const bySurname = this.list().filter(
        (p) => p.surname.toLowerCase() === joined.toLowerCase() && p.name !== joined,
      );
      if (bySurname.length === 1) return bySurname[0];
    }
    // "Ismail Sabri" after "Senior Minister Ismail Sabri Yaakob": the given name and the
    // one after it (a Malay or Arab name's own and father's) of a three-word name the
    // article gives a title or a role.
    const leading = this.list().find((p) => {
      const words = p.name.split(' ').length;
      const described = p.titles.length > 0 || p.roles.length > 0;
      return (
        (words >= MIN_LONG_NAME && name.length >= 2 && p.name.startsWith(`${joined} `)) ||
        (words === 3 && name.length === 2 && described && p.name.startsWith(`${joined} `)) ||
        (name.length >= MIN_LONG_NAME && words >= 2 && joined.startsWith(`${p.name} `))
      );
    });
    if (leading) return leading;
    // "Sassou Quintal said" after "Tomas Sassou Quintal" (or before it): a compound
    // surname, the last two words of a three-word name, used alone; its first word is no
    // given name ("Mary Quill" is not "Ada Mary Quill").
    const compound = (short: readonly string[], long: readonly string[]) =>
      short.length === 2 &&
      long.length === 3 &&
      givenName(short[0]!) === undefined &&
      // Name words only: "U.S. Coast Guard" is no "Coast Guard" with a given name.
      /^\p{Lu}\p{Ll}+$/u.test(long[0]!) &&
      short.every(mayBeSurname) &&
      long.slice(1).join(' ') === short.join(' ');
    const compounds = this.list().filter((p) => {
      const theirs = p.name.split(' ');
      return compound(name, theirs) || compound(theirs, name);
    });
    if (compounds.length === 1) return compounds[0];
    const surname = surnameOf(name);
    const given = name.slice(0, name.length - surname.split(' ').length);
    // "Nkala Obi-Merrow said" after "Nkala Obim-Merrow": the same given names and a surname
    // one letter off, the one person of that given name the article names, misprinted.
    const misprinted = this.list().filter(
      (p) =>
        !isKoreanStyle(p.name.split(' ')) &&
        oneEditApart(p.surname, surname) &&
        p.name.split(' ').slice(0, -p.surname.split(' ').length).join(' ') === given.join(' '),
    );
    if (given.length > 0 && misprinted.length === 1) return misprinted[0];
    return this.list().find((p) => {
      if (p.surname !== surname || p.name.split(' ').length < 2 || isKoreanStyle(p.name.split(' ')))
        return false;
      const theirs = p.name
        .split(' ')
        .slice(0, p.name.split(' ').length - surname.split(' ').length);
      return sameGiven(given, theirs);
    });
  }

  /**
   * Records a full-name mention ("Gyeonggi Gov. Lee Jae-myung"), strong when it is clearly
   * a person (titled, a Korean-style full name, or `strong`: a transcript's speaker label).
   */
  register(run: NameRun, appositive: string | null, strong = false): Person | null {
    if (run.name.length < 2 || isOrganization(run)) return null;
    const name = run.name.join(' ');
    let person = this.people.get(name) ?? this.samePerson(run.name);
    if (!person) {
      person = {
        name,
        surname: surnameOf(run.name),
        titles: [],
        roles: [],
        aliases: [],
        gender: null,
      };
    } else if (person.name !== name && oneEditApart(person.surname, surnameOf(run.name))) {
      // A misprinted surname (`samePerson`): the name as the article first printed it stays.
    } else if (person.name !== name) {
      // "Dan Kurtz-Phelan" after "Daniel Kurtz-Phelan": one person, under the fuller name.
      const fuller = fullerName(person.name, name);
      if (fuller !== person.name) {
        if (this.strong.has(person.name)) this.strong.add(fuller);
        person.name = fuller;
      }
    }
    this.people.set(name, person);
    this.people.set(person.name, person);
    if (strong || run.title !== null || isKoreanStyle(run.name)) this.strong.add(person.name);
    const given = isKoreanStyle(run.name) ? undefined : givenName(run.name[0]!);
    if (given) {
      this.strong.add(person.name);
      person.gender ??= given;
    }
    // "Patsy Vell": a given name only the wide list knows, when nothing reads the run as a
    // place, a body or a sentence's common noun.
    const wide = given || isKoreanStyle(run.name) ? undefined : this.wideGiven(run.name);
    // (No gender from it: a name the curated list leaves out may be given to both; a name
    // the wide list gives to both is no evidence at all, as in the curated list.)
    if (wide && wide !== 'either') this.strong.add(person.name);
    this.learn(person, run, appositive);
    return person;
  }

  /**
   * The gender the wide list of given names (`wideGivenName`) gives a full name's first
   * word, when the name has two or three words, its first is no word of a place, a body, a
   * role or a title, and the article never prints it in lower case ("Hunter Vale" beside
   * "a hunter") nor the name after an article (`noteDetermined`), and every later word may
   * be a surname or its particle ("de", "van"). Undefined otherwise.
   */
  private wideGiven(name: readonly string[]): 'm' | 'f' | 'either' | undefined {
    if (name.length < 2 || name.length > MAX_WIDE_NAME_WORDS) return undefined;
    const first = name[0]!;
    if (!mayBeSurname(first) || TITLE_WORDS_LOWER.has(first.toLowerCase())) return undefined;
    // ("Lina de Quant": a surname's particle in lower case between them is a name's word too.)
    const later = name.slice(1);
    const surnameWords = (w: string, j: number) =>
      mayBeSurname(w) || (j < later.length - 1 && NAME_PARTICLES.has(w));
    if (this.isCommonWord(first) || !later.every(surnameWords)) return undefined;
    if (this.determined.has(name.join(' '))) return undefined;
    return wideGivenName(first);
  }

  /**
   * Records a full name printed after an article ("The Tansy Vale TD said"): a person's
   * name takes none, so the wide list of given names gives it no evidence (`wideGiven`).
   */
  noteDetermined(name: readonly string[]): void {
    this.determined.add(name.join(' '));
  }

  /** Records the words a text prints in lower case, as common words (`isCommonWord`). */
  noteLowerWords(text: string): void {
    for (const w of text.match(/(?<![\p{L}'’-])\p{Ll}+(?![\p{L}'’-])/gu) ?? [])
      this.lowerWords.add(w);
  }

  /** True when the article prints the word in lower case elsewhere ("Floods" as "floods"). */
  isCommonWord(word: string): boolean {
    return this.lowerWords.has(word.toLowerCase());
  }

  /** Records a word the article uses alone as a name ("Parata", "Lorenz’s"). */
  noteSingle(word: string): void {
    this.singles.add(word);
  }

  /**
   * Records evidence that a word used alone names a person: a title or honorific before
   * it ("Mr Khan", "Chief Cabinet Secretary Suga"), a role after it ("Nunberg, author of
   * …"), a gender ("Goncalves buried his shot").
   */
  noteLonePerson(run: NameRun, role: string | null, gender: 'm' | 'f' | null = null): void {
    const word = run.name[0]!;
    if (run.name.length !== 1 || !mayBeSurname(word)) return;
    const person = this.loneOf(word);
    this.learn(person, run.title === null ? null : run, role);
    if (gender && person.gender === null) person.gender = gender;
    this.loneEvidence.add(word);
    if (run.title !== null) this.noteStageName(person, run.title, word);
  }

  /**
   * "Lady Quixa said", later "Quixa added": a stage name that opens with a courtesy title
   * ("Lady", "Lord") and no given name after it, which no full name explains, is the
   * person's whole name, as the article prints it. Not when the word is a given name
   * ("Lady Ada" is Ada someone) nor when the article prints the word after another title
   * ("Mrs Quixa", "Baroness Quixa": a titled person named by surname).
   */
  private noteStageName(person: Person, title: string, word: string): void {
    // "Bishop Tomas", "Pope Anselm": a cleric styled by one name, given name or not (the
    // title's last word: "Said Bishop Tomas" opens a sentence).
    const cleric = title.split(' ').at(-1) ?? '';
    const clerical = ONE_NAME_CLERIC_TITLES.has(cleric);
    const styled = clerical || (STAGE_NAME_TITLES.has(title) && givenName(word) === undefined);
    if (!styled) this.otherTitled.add(word);
    if (styled && !this.otherTitled.has(word) && person.name === word)
      person.name = `${clerical ? cleric : title} ${word}`;
    else if (!styled && person.name !== word && person.name.endsWith(` ${word}`)) {
      const first = person.name.slice(0, -word.length - 1);
      if (STAGE_NAME_TITLES.has(first)) person.name = word;
    }
  }

  /**
   * Records a full name printed inside a quotation ("don’t vote for somebody like Ada
   * Quill"): a known given name and a surname. It completes a surname the text uses alone
   * when no headline does (see `loneOf`).
   */
  noteQuotedName(run: NameRun): void {
    if (run.name.length !== 2 || isOrganization(run)) return;
    if (!givenName(run.name[0]!) || !mayBeSurname(run.name[1]!)) return;
    addBySurname(this.quotedNames, run.name[1]!, run.name);
  }

  /** Records a titled full name printed in a title-cased headline (see `headlineNames`). */
  noteHeadlineName(run: NameRun): void {
    if (run.title === null || run.name.length < 2 || isOrganization(run)) return;
    if (!run.name.every(mayBeSurname)) return;
    addBySurname(this.headlineNames, surnameOf(run.name), run.name);
  }

  /**
   * Records a full name a caption prints of a person ("England captain Ada Quill walks
   * off"), which the index does not register (a caption is read for no new people): like a
   * full name printed only inside a quotation, it completes a surname the text uses alone.
   */
  noteCaptionName(name: readonly string[]): void {
    if (name.length < 2 || isKoreanStyle(name) || !name.every(mayBeSurname)) return;
    addBySurname(this.quotedNames, surnameOf(name), name);
  }

  /** Records that a word is used as an organisation's or a thing's ("Cisco Systems", "Walmart said it"). */
  noteLoneOrganisation(word: string): void {
    this.loneOrganisations.add(word);
  }

  /** Records evidence that a full name the article registered is a person's (see `noteLoneNames`). */
  notePerson(name: string): void {
    const person = this.people.get(name);
    if (person) this.strong.add(person.name);
  }

  /** True when the article uses a word as an organisation's name (`noteLoneOrganisation`). */
  isLoneOrganisation(word: string): boolean {
    return this.loneOrganisations.has(word);
  }

  /**
   * The person an article names only by a surname no full name explains, or null: when
   * the article gives evidence it is a person (`noteLonePerson`), or, for the speaker of a
   * quotation (`speaking`), when the word has a surname's shape and nothing says it is a
   * place or an organisation ("“…,” Goncalves said"). Never merged with anyone else.
   */
  surnameOnly(word: string, speaking: boolean): Person | null {
    if (!mayBeSurname(word) || this.loneOrganisations.has(word)) return null;
    if (!this.loneEvidence.has(word) && !speaking) return null;
    // "Brenick said" in an article that names "Ada Brennick": a misprint of a known
    // surname is no new person. It is the one person the article names in full under that
    // surname, when only one is one letter away and the word attributes a quotation (news
    // writing introduces people in full before it calls them by surname alone); else no one.
    const everyone = this.list();
    const near = everyone.filter((p) => oneEditApart(p.surname, word));
    const only = near.length === 1 ? near[0]! : null;
    if (speaking && only?.name.includes(' ') && this.isStrong(only)) return only;
    if (near.length > 0) return null;
    // "Blumenauer did it again. … Bluemenauer responded: “…”": likewise a surname the article
    // uses alone, misprinted once.
    if ([...this.singles].some((w) => oneEditApart(w, word))) return null;
    // "President Ada Quill’s post … President Quill had warned": a full name explains the
    // surname, so it is no person of its own (`candidatesFor` finds the full name).
    if (everyone.some((p) => p.surname === word && p.name.includes(' '))) return null;
    const person = this.loneOf(word);
    this.people.set(word, person);
    this.strong.add(word);
    return person;
  }

  private loneOf(word: string): Person {
    let person = this.lone.get(word);
    if (!person) {
      // "President Ada Lin Quill" in the headline, "Quill" in the text: the one full name.
      // ("Quill" in the text, "Ada Quill" only inside a quotation: that full name.)
      const full = this.headlineNames.get(word) ?? this.quotedNames.get(word);
      const name = full?.size === 1 ? [...full][0]! : word;
      person = { name, surname: word, titles: [], roles: [], aliases: [], gender: null };
      this.lone.set(word, person);
    }
    return person;
  }

  /** Adds what a mention says about a person: title, role phrase, alias, gender. */
  learn(person: Person, run: NameRun | null, role: string | null): void {
    if (run?.title) {
      const honorific = HONORIFICS[run.title.split(' ').pop() ?? ''];
      if (honorific) person.gender = honorific;
      if (!person.titles.includes(run.title)) person.titles.push(run.title);
      const alias = `${run.title} ${run.name.join(' ')}`;
      if (!person.aliases.includes(alias)) person.aliases.push(alias);
    }
    // "Ada Quill QC": the letters after the name are a title too.
    if (run?.postNominal && !person.titles.includes(run.postNominal))
      person.titles.push(run.postNominal);
    // A relative clause is a role only when it says what the person does ("who chairs …").
    const relative = role ? /^(?:who|which)\s+(\S+)/i.exec(role) : null;
    if (relative && !ROLE_VERBS.has(relative[1]!.toLowerCase())) return;
    const cleaned = role
      ?.replace(/^(?:the|a|an|who|which)\s+/i, '')
      .replace(/[\s.,;:]+$/, '')
      .trim();
    // "Mercer, 52, said": an age is not a role.
    if (cleaned && /\p{L}/u.test(cleaned) && !person.roles.includes(cleaned))
      person.roles.push(cleaned);
    // "Their daughter, Tola Adeyemi": a role that says a gender.
    for (const w of cleaned?.toLowerCase().split(/\s+/) ?? []) {
      const g = GENDERED_ROLES[w];
      if (g && person.gender === null) person.gender = g;
    }
  }

  /**
   * True when the article gives evidence that a name is a person's, not an
   * organisation's or a place's: a title or honorific, a known given name, a Korean-style
   * full name, a role ("Ruth Adeyemi, a baker"), or the surname used alone ("Adeyemi said").
   */
  isStrong(person: Person): boolean {
    // "Facebook said" names the company, whatever capitalised word comes before it.
    // "Hoon Mei Ling … Hoon said": a Chinese name of three words, family name first.
    const words = person.name.split(' ');
    const family = words.length === 3 && this.singles.has(words[0]!) ? words[0]! : person.surname;
    const single = this.singles.has(family) && !PLACES.has(family.toLowerCase());
    // "Cate Blanchett … “…,” Cate explained", "Mr Lyons": a word of the name used alone
    // as a person's (`noteLonePerson`).
    const alone = words.some((w) => this.loneEvidence.has(w));
    return this.strong.has(person.name) || person.roles.length > 0 || single || alone;
  }

  /**
   * The people a named reference can mean: a full name means that person; a surname
   * (with or without a title) every person of that surname the title and honorific fit.
   */
  candidatesFor(run: NameRun): Person[] | Unresolved {
    if (isOrganization(run) && !this.surnameOfPlace(run))
      return { reason: `"${run.name.join(' ')}" is an organisation, not a person` };
    if (run.name.length >= 2) {
      const joined = run.name.join(' ');
      // "De Miranda" at a sentence start: the surname of "Luis de Miranda".
      const lower = joined.toLowerCase();
      // ("Lopez Romero" after "Brenda Lopez-Romero": the double surname without its hyphen.)
      const bySurname = this.list().filter(
        (p) =>
          p.name !== joined &&
          (p.surname.toLowerCase() === lower || unhyphenated(p.surname).toLowerCase() === lower),
      );
      // "“…,” Van Brakel said" with "Louis van Brakel" and "Tomas van Brakel" named: a
      // surname that opens with its particle means the people named in full by it, even
      // when it was registered as a name of its own ("Van" read as a given name).
      if (NAME_PARTICLES.has(run.name[0]!.toLowerCase()) && bySurname.length > 0) return bySurname;
      const known = this.people.get(joined);
      if (known) {
        this.learn(known, run, null);
        return [known];
      }
      if (bySurname.length > 0) return bySurname;
      return { reason: `"${run.name.join(' ')}" is not a person this article names` };
    }
    const surname = run.name[0]!;
    // "Facebook claimed": a known place or company is no one's first name ("Facebook
    // Research", a product read as a person), only a surname ("Washington", "de Lima").
    const known = PLACES.has(surname.toLowerCase());
    const all = this.list().filter(
      (p) =>
        p.surname === surname ||
        p.name.split(' ').at(-1) === surname ||
        endsWithDoubleSurname(p.name, surname) ||
        (!known && p.name.split(' ').includes(surname)),
    );
    // "Mr McCreeevy described …" after "Mr Charlie McCreevy": a surname one letter off the
    // one person named in full under a surname so near, with evidence of a person, is that
    // person misprinted (else a pronoun after it would pass over it to someone named later).
    if (all.length === 0 && !known) {
      const near = this.list().filter(
        (p) => p.name.includes(' ') && this.isStrong(p) && oneEditApart(p.surname, surname),
      );
      if (near.length === 1) all.push(near[0]!);
    }
    const strongOnes = all.filter((p) => this.isStrong(p));
    let pool = strongOnes.length > 0 ? strongOnes : all;
    if (pool.length === 0) {
      return { reason: `no person with the name "${surname}" is named in full in this article` };
    }
    if (run.title) {
      const honorific = HONORIFICS[run.title.split(' ').pop() ?? ''];
      if (honorific) {
        // "Mr Adeyemi": anyone known to be a man or whose gender is not known. One known to be
        // a man is no evidence against a Marsh whose gender the article never showed ("Mr
        // Marsh, son of the first governor, Elias Marsh, …" then "Mr Marsh said").
        pool = pool.filter((p) => p.gender === honorific || p.gender === null);
      }
      const key = titleKey(run.title);
      const titled = pool.filter((p) => p.titles.some((t) => titleKey(t) === key));
      if (titled.length > 0) pool = titled;
      if (pool.length === 0) return { reason: `nobody named "${surname}" fits "${run.title}"` };
    }
    return pool;
  }

  /**
   * "“…,” South said" after "Village Clerk Brenda South": a place's word used alone that
   * is the surname of a person the article names in full, with evidence of a person.
   */
  private surnameOfPlace(run: NameRun): boolean {
    const word = run.name[0]!;
    if (run.name.length !== 1 || ORGANIZATION_WORDS.has(word.toLowerCase())) return false;
    return this.list().some((p) => p.surname === word && p.name.includes(' ') && this.isStrong(p));
  }

  /** Notes the alias and honorific of a surname mention once it is tied to a person. */
  noteAlias(person: Person, run: NameRun): void {
    if (!run.title || run.name.length !== 1) return;
    const alias = `${run.title} ${run.name[0]}`;
    if (!person.aliases.includes(alias)) person.aliases.push(alias);
    const honorific = HONORIFICS[run.title];
    if (honorific) person.gender = honorific;
  }

  /**
   * The people who hold a role ("the ambassador", "South Korea's top diplomat", "the
   * transport minister"): an office of theirs ends in the head or a synonym of it (a title)
   * or holds it (a role phrase), and they hold every qualifier of the mention ("transport",
   * "prime"). An office a distinguishing word makes another one ("Prime Minister" for "the
   * minister", "Vice President" for "the president") does not count; "the premier" is
   * also a prime minister.
   */
  holdersOf(head: string, qualifiers: readonly string[] = []): Person[] {
    const heads = [head, ...(ROLE_SYNONYMS[head] ?? [])];
    const holds = (p: Person) => {
      const titles = p.titles.map(officeWords);
      const roles = p.roles.map((r) => r.toLowerCase().split(/\s+/));
      const held = [...titles, ...roles].flat();
      if (!qualifiers.every((q) => held.includes(q))) return false;
      // "Deputy Opposition Leader" is no "the Opposition Leader": a word that makes the
      // office another one anywhere before its head (after any possessive: "the prime
      // minister's spokesman" is a spokesman), unless the mention says it too.
      const fits = (words: readonly string[], at: number) => {
        if (at < 0) return false;
        const from = words.slice(0, at).findLastIndex((w) => /['’]s$/.test(w)) + 1;
        return words
          .slice(from, at)
          .every((w) => !DISTINCT_OFFICE_WORDS.has(w) || qualifiers.includes(w));
      };
      // "the premier" is a prime minister; "the prosecutor" an American district attorney.
      const premier = (words: readonly string[]) =>
        (head === 'premier' && words.slice(-2).join(' ') === 'prime minister') ||
        (head === 'prosecutor' && PROSECUTING_ATTORNEY.test(words.slice(-2).join(' ')));
      return (
        titles.some(
          (w) => premier(w) || (heads.includes(w.at(-1) ?? '') && fits(w, w.length - 1)),
        ) ||
        roles.some((w) =>
          fits(
            w,
            w.findIndex((x) => heads.includes(x)),
          ),
        )
      );
    };
    // People the article names by surname only, with a title or role ("the Minister for
    // Justice, Mr Dunleavy,"), hold offices too, before any mention of them was resolved.
    const lone = [...this.lone.keys()].filter(
      (w) => this.loneEvidence.has(w) && holds(this.lone.get(w)!),
    );
    for (const word of lone) this.surnameOnly(word, false);
    return this.list().filter(holds);
  }
}

/** Shortest surname whose misprint by one letter is read as that surname's, not a new one's. */
const MIN_MISPRINT_LENGTH = 5;

/**
 * Two words of at least five letters one letter added, dropped or changed apart
 * ("Brennick", "Brenick"), or with two letters next to each other swapped ("Brennick",
 * "Breninck"), the commonest misprint of a name.
 */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.min(a.length, b.length) < MIN_MISPRINT_LENGTH) return false;
  return editDistanceWithin(a, b, 1) === 1;
}
