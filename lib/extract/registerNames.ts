import { givenName } from './givenNames.ts';
import { nameRuns } from './nameRuns.ts';
import { organisationHead } from './organisationHead.ts';
import type { PeopleIndex } from './PeopleIndex.ts';
import type { NameRun } from './parseNameRun.ts';
import { isKoreanStyle, parseNameRun } from './parseNameRun.ts';
import {
  ANONYMOUS_HEADS,
  GENDERED_ROLES,
  INSTITUTION_NOUNS,
  NAME_PARTICLES,
  ORGANIZATION_WORDS,
  PLACE_FIRST_WORDS,
  PLACES,
  PORTFOLIO_JOINERS,
  PORTFOLIO_WORDS,
  POST_NOMINALS,
  ROLE_NOUNS,
  SPEECH_VERBS,
  TITLES,
} from './patterns.ts';
import { roleBeforeName } from './roleBeforeName.ts';
import { ROLE_DETERMINERS } from './roleDeterminers.ts';
import { describedAfter } from './sentenceSubjects.ts';
import type { Token } from './tokenize.ts';
import { isCapitalized, QUOTE_MASK } from './tokenize.ts';

/** A plural noun for people, capitalised as a sentence's first word ("Homeowners", "Parents"). */
const PLURAL_OPENER = /^\p{Lu}\p{Ll}+s$/u;

/**
 * The given name before "and" that shares the surname of the full name after it ("Ruth
 * and Samuel Adeyemi"): the run's one word, or its last when a plural noun for people opens
 * the sentence before it ("Homeowners Jack and Mary Tate", "Parents Ruth and Sam Vell"),
 * which the run has taken in as a name word. Null for any other run.
 */
function sharedSurnameGiven(parsed: NameRun, start: number): string | null {
  if (parsed.title !== null) return null;
  if (parsed.name.length === 1) return parsed.name[0]!;
  const [opener, word] = parsed.name;
  return parsed.name.length === 2 &&
    start === 0 &&
    PLURAL_OPENER.test(opener!) &&
    givenName(opener!) === undefined
    ? word!
    : null;
}

/** True for a run of words a place's first word opens ("South Vessia", "New Tarrow"). */
const namesPlace = (name: readonly string[]): boolean =>
  PLACE_FIRST_WORDS.has(name[0]!.toLowerCase());

/** The capitalised run starting at a token, up to the first word that is not a name word. */
function runAt(tokens: readonly Token[], at: number): Token[] {
  const run = nameRuns(tokens.slice(at))[0];
  return run && run.run[0] === tokens[at] ? run.run : [];
}

/** Words that start a clause: a role phrase before a name stops at them. */
const BOUNDARY_WORDS = new Set('and but or that while as when if because which who'.split(' '));
/** Prepositions that end a role phrase after a name ("executive director at …"). */
const ROLE_PREPOSITIONS = new Set('at of for in with from on'.split(' '));
/** An article or possessive opening a description ("the harbour master"): stripped from it. */
const LEADING_DETERMINER = new RegExp(String.raw`^(?:${[...ROLE_DETERMINERS].join('|')})\s+`, 'i');
/**
 * Nouns that say someone is a person: a role ("director"), or what an unnamed source is
 * called in the singular ("neighbor Tamsin Orrey", "passenger Darnell Quist").
 */
const isPersonNoun = (word: string): boolean =>
  ROLE_NOUNS.has(word) ||
  (ANONYMOUS_HEADS.has(word) && !word.endsWith('s')) ||
  // "party vice-president Farid Osman", "co-founder".
  (word.includes('-') && ROLE_NOUNS.has(word.split('-').at(-1)!));
/**
 * Titles of a member elected for a seat, printed "<title> for <seat>" before the name: a
 * member's letters ("MP", "MLA", "TD", with the other post-nominals, which never stand
 * there) and the words written out.
 */
const SEAT_TITLES: ReadonlySet<string> = new Set([...POST_NOMINALS, 'Member', 'Senator']);
/** Most words of a title's "of" phrases before the place that ends it ("Minister of Foreign Affairs of"). */
const MAX_TITLE_PHRASE_TOKENS = 8;

/**
 * "Minister of Foreign Affairs of Kenya Ada Quill", "Director of Hospital No. 2 of Kenya
 * Ben Holt": a title whose "of" phrases end in a place, printed right before the full
 * name, so the place opens the capitalised run. The run without the place, with the
 * title's first word as its title, when the run's first word is a known place (or its
 * second a known given name) and a title word opens the "of" phrases; null otherwise.
 */
function placeAfterTitle(tokens: readonly Token[], start: number, run: NameRun): NameRun | null {
  // (A place alone before a full name may have been read as its title: "Kenya" of "Kenya Ada Quill".)
  const words = run.title === null ? run.name : [run.title, ...run.name];
  // "Ambassador to Lisbon Quarrie: …": the posting a title's "to" names, then the name, or
  // only a surname (never "Lisbon Quarrie", a full name making "Quarrie" ambiguous).
  const title = tokens[start - 2];
  if (tokens[start - 1]?.text === 'to')
    return title && TITLES.has(title.text) && PLACES.has(words[0]!.toLowerCase())
      ? { ...run, title: title.text, name: words.slice(1) }
      : null;
  // "the MP for Harrowgate Ada Quill", "Member for North Vale Ada Quill": the seat a
  // member's title names, then the name. The name is its last two words, or from a known
  // given name on (a seat may have two words; a name rarely has a middle one there).
  if (tokens[start - 1]?.text === 'for') {
    if (!title || !SEAT_TITLES.has(title.text) || words.length < 3) return null;
    const given = words.findIndex(
      (w, j) => j >= 1 && words.length - j >= 2 && givenName(w) !== undefined,
    );
    return { ...run, title: title.text, name: words.slice(given >= 1 ? given : words.length - 2) };
  }
  if (tokens[start - 1]?.text !== 'of') return null;
  if (words.length < 3 || run.title?.includes(' ')) return null;
  const place = PLACES.has(words[0]!.toLowerCase()) || givenName(words[1]!) !== undefined;
  if (!place) return null;
  for (let k = start - 2; k >= 0 && start - k <= MAX_TITLE_PHRASE_TOKENS; k--) {
    const t = tokens[k]!;
    if (TITLES.has(t.text) && (k === 0 || !isCapitalized(tokens[k - 1]))) {
      return { ...run, title: t.text, name: words.slice(1) };
    }
    if (!isCapitalized(t) && t.text !== 'of' && t.text !== 'the') return null;
  }
  return null;
}

/**
 * True for a title word that is also a given name, read as the title of a surname alone,
 * right after a role in lower case ("manager Dean Holt", "researcher Dean Quarrie"): no
 * role is printed before a title, so the word is the person's given name.
 */
function givenAfterRoleNoun(tokens: readonly Token[], start: number, parsed: NameRun): boolean {
  const before = tokens[start - 1];
  return (
    parsed.title !== null &&
    !parsed.title.includes(' ') &&
    parsed.name.length === 1 &&
    givenName(parsed.title) !== undefined &&
    before !== undefined &&
    before.text === before.word &&
    ROLE_NOUNS.has(before.word)
  );
}

/** A name word: capitalised, then lower case ("Okoth", "Vell", "Obi-Merrow"). */
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u;
/** Most name words after a body's word in a title's "of" phrase ("Police Okoth Ade Vell"). */
const MAX_NAME_AFTER_BODY = 3;

/**
 * True for a run after a title's "of" or "for" that holds one word of a body ("Police",
 * "Army", "Interior") and then two or three name words ("Inspector General of Police
 * Okoth Vell", "Minister of Police Japhet Orma"): the body ends the office, the rest is
 * the name, whatever given name opens it.
 */
function bodyBeforeName(tokens: readonly Token[], start: number, parsed: NameRun): boolean {
  const [body, ...rest] = parsed.name;
  const lower = body?.toLowerCase() ?? '';
  return (
    parsed.title === null &&
    rest.length >= 2 &&
    rest.length <= MAX_NAME_AFTER_BODY &&
    /^(?:of|for)$/.test(tokens[start - 1]?.text ?? '') &&
    TITLES.has(tokens[start - 2]?.text ?? '') &&
    (PORTFOLIO_WORDS.has(lower) || ORGANIZATION_WORDS.has(lower) || INSTITUTION_NOUNS.has(lower)) &&
    rest.every((w) => NAME_WORD.test(w) && !ORGANIZATION_WORDS.has(w.toLowerCase()))
  );
}

/**
 * "Federal Minister for Information Ada Quill", "Minister for Information and
 * Broadcasting Ada Quill", "Secretary of Commerce Ada Quill": the title word and its
 * "for"/"of" end a capitalised run, so the run after them holds only a portfolio and the
 * name (read as "Information Ada Quill", or "Broadcasting" dropped as a participle). The
 * title is the word before "for"/"of" ("Minister", so "the minister" finds her) and the
 * whole office her role ("Minister for Information and Broadcasting"). Null unless every
 * word between the title and the name is a portfolio or joins two, or is the one body's
 * word before a full name (`bodyBeforeName`).
 */
function portfolioAfterTitle(
  tokens: readonly Token[],
  start: number,
  run: readonly Token[],
  parsed: NameRun,
): { run: NameRun; office: string } | null {
  let first = run.findIndex((t) => t.text.replace(/[’']s$/, '') === parsed.name[0]);
  let name = parsed.name;
  // "Minister for Energy and Northern Australia Ada Quill": a region the office ends on,
  // after a joiner, opens the run and was read into the name; the name starts at its
  // known given name, and every word before that is the office's.
  const region =
    first === 0 && parsed.title === null && PORTFOLIO_JOINERS.has(tokens[start - 1]?.text ?? '')
      ? name.findIndex((w, j) => j >= 1 && name.length - j >= 2 && givenName(w) !== undefined)
      : -1;
  if (region >= 1) {
    first = region;
    name = name.slice(region);
  }
  // "Inspector General of Police Okoth Vell": a body's word after the title's "of", read
  // into the name when no list holds the given name after it ("Police Okoth Vell").
  const body = first === 0 && region < 1 && bodyBeforeName(tokens, start, parsed);
  if (body) {
    first = 1;
    name = name.slice(1);
  }
  if (first < 1) return null;
  const within = run.slice(0, first);
  if (region < 1 && !body && !within.every((t) => PORTFOLIO_WORDS.has(t.word))) return null;
  let k = start - 1;
  while (k >= 0 && (PORTFOLIO_JOINERS.has(tokens[k]!.text) || PORTFOLIO_WORDS.has(tokens[k]!.word)))
    k--;
  const by = tokens[k];
  const title = tokens[k - 1];
  if (!by || !/^(?:for|of)$/.test(by.text) || !title || !TITLES.has(title.text)) return null;
  // ("Minister for Finance, Ada Quill": a comma right before the name is no joiner.)
  if (tokens[k + 1] && !body && !PORTFOLIO_WORDS.has(tokens[k + 1]!.word)) return null;
  const office = [title, ...tokens.slice(k, start), ...within].map((t) => t.text).join(' ');
  return { run: { ...parsed, title: title.text, name }, office: office.replace(/ ,/g, ',') };
}

/**
 * "…, according to a senior official", "…, a senior official said": what follows the comma
 * after a name says who told the sentence, not what the person is. True when the phrase,
 * before any clause word ("a lawyer who told the court" is a role), says "according" or
 * holds a speech verb.
 */
function attributesSentence(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/\s+/);
  const clause = words.findIndex((w) => BOUNDARY_WORDS.has(w));
  return words
    .slice(0, clause < 0 ? undefined : clause)
    .some((w) => w === 'according' || SPEECH_VERBS.has(w));
}

/**
 * True for a sentence's first word capitalised before a surname the article has named in
 * full ("Floods Quill says ruined the pier" after "Ada Quill"): a word no list of given
 * names knows, which the article prints elsewhere in lower case, is the sentence's noun,
 * not the given name of someone else of that surname.
 */
function commonWordBeforeSurname(people: PeopleIndex, parsed: NameRun): boolean {
  if (parsed.title !== null || parsed.name.length !== 2) return false;
  const [first, surname] = parsed.name as [string, string];
  return (
    givenName(first) === undefined &&
    people.isCommonWord(first) &&
    people
      .list()
      .some((p) => p.surname === surname && p.name.includes(' ') && !p.name.startsWith(`${first} `))
  );
}

/**
 * Fewest words of a run after "the" read as a place's or a body's name: two ("the Red
 * Harbour") may still be read as a team or a shop that speaks, through the people index.
 */
const MIN_ARTICLE_RUN_WORDS = 3;

/**
 * "the Quillford Salvage Yard": a run of three words or more after "the", with no title,
 * opening with no given name, names a place or a body, not a person (a person's name
 * takes no article); "Quillford said" later must not find it.
 */
const placeOrBody = (tokens: readonly Token[], start: number, parsed: NameRun): boolean =>
  parsed.title === null &&
  tokens[start - 1]?.word === 'the' &&
  parsed.name.length >= MIN_ARTICLE_RUN_WORDS &&
  givenName(parsed.name[0]!) === undefined;

/** An age printed after a name ("Ada Quill, 29,"): a person's, from 1 to 119. */
const AGE = /^(?:[1-9]|[1-9]\d|1[01]\d)$/;
/**
 * The end (exclusive) of a second office joined by "and" to a role phrase that ends at
 * token `k` ("president and CEO", "founder and chief executive"): its words run to the
 * next punctuation and end in a role noun, in lower case or as the capitals of one ("CEO").
 * `k` itself when no such office follows.
 */
function coordinatedOffice(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text !== 'and') return k;
  let j = k + 1;
  while (
    j < tokens.length &&
    j - k <= MAX_ROLE_TOKENS &&
    /^[\p{L}-]+$/u.test(tokens[j]!.text) &&
    !BOUNDARY_WORDS.has(tokens[j]!.text) &&
    !ROLE_PREPOSITIONS.has(tokens[j]!.text)
  )
    j++;
  // ("…, Velocar's president and CEO." : the sentence's full stop on the office's last word.)
  const stop = /^[\p{L}-]+\.$/u.test(tokens[j]?.text ?? '');
  if (stop) j++;
  const last = tokens[j - 1]?.text.replace(/\.$/, '') ?? '';
  const ends = stop || j === tokens.length || [',', ';', ')', '.'].includes(tokens[j]!.text);
  if (j === k + 1 || !ends || !ROLE_NOUNS.has(last.toLowerCase())) return k;
  return /^\p{Ll}/u.test(last) || /^\p{Lu}{2,4}$/u.test(last) ? j : k;
}

/** Longest role phrase read before a name ("The health secretary, Miriam Calloway,"). */
const MAX_ROLE_TOKENS = 6;

/**
 * Records every full name a sentence prints (outside quotations) with what the sentence
 * says of the person: an appositive after the name ("Lee Jae-myung, the Democratic Party
 * frontrunner …"), a role between commas before it, or a role written just before it.
 * `titleCase`: the line is a headline in title case, where only a Korean-style name counts.
 */
export function registerNames(
  people: PeopleIndex,
  tokens: readonly Token[],
  text: string,
  titleCase = false,
): void {
  const runs = nameRuns(tokens);
  for (const [i, { run, start, next }] of runs.entries()) {
    // "Shadow Brexit secretary Keir Starmer": the words before the role describe, and name nobody.
    if (describedAfter(tokens, next, runs[i + 1]?.run[0]) >= 0) continue;
    let parsed = parseNameRun(run);
    // In a title-cased headline, capitals say nothing: only a Korean-style name is one. A
    // titled full name there may still complete a surname the text uses alone.
    if (titleCase && parsed) people.noteHeadlineName(parsed);
    if (titleCase && !(parsed && isKoreanStyle(parsed.name))) continue;
    // "Parata said" names a person by surname; "the Inquirer reported" names no person.
    if (parsed?.name.length === 1 && tokens[start - 1]?.word !== 'the')
      people.noteSingle(parsed.name[0]!);
    // "Ruth and Samuel Adeyemi": the first given name shares the surname that follows.
    const partner = tokens[next]?.text === 'and' ? parseNameRun(runAt(tokens, next + 1)) : null;
    const given = parsed ? sharedSurnameGiven(parsed, start) : null;
    // ("Minister for Fisheries and Western Isles Ada Quill": a portfolio is nobody's given name;
    // "Norland and South Vessia": a place after "and" is no one's full name.)
    if (
      given !== null &&
      !PORTFOLIO_WORDS.has(given.toLowerCase()) &&
      partner &&
      partner.name.length >= 2 &&
      !namesPlace(partner.name)
    )
      people.register({ title: null, name: [given, partner.name[partner.name.length - 1]!] }, null);
    if (parsed && givenAfterRoleNoun(tokens, start, parsed))
      parsed = { title: null, name: [parsed.title!, ...parsed.name] };
    if (!parsed || parsed.name.length < 2) continue;
    if (placeOrBody(tokens, start, parsed)) continue;
    // "Minister of Foreign Affairs of Kenya Ada Quill": the place that ends the title, then the name.
    const titled = placeAfterTitle(tokens, start, parsed);
    if (titled) parsed = titled;
    if (parsed.name.length < 2) {
      people.noteSingle(parsed.name[0]!);
      continue;
    }
    // "Minister for Information Ada Quill": the office's title word before "for".
    const portfolio = portfolioAfterTitle(tokens, start, run, parsed);
    if (portfolio) parsed = portfolio.run;
    // "De Miranda" at a sentence start is a surname with its particle, not a full name
    // ("De La Hoya" neither); "Le Hoang Minh", three words whose second is no particle, is
    // one (a Vietnamese family name).
    const particleLed =
      NAME_PARTICLES.has(parsed.name[0]!.toLowerCase()) &&
      (parsed.name.length < 3 || NAME_PARTICLES.has(parsed.name[1]!.toLowerCase()));
    if (run[0] === tokens[0] && particleLed) continue;
    if (run[0] === tokens[0] && commonWordBeforeSurname(people, parsed)) continue;
    let appositive: string | null = null;
    // "Ada Quill, …": a comma right after the name opens what is said of them.
    const comma = tokens[next]?.text === ',';
    // "Oren Palsson is a senior fellow at …": a role given with "is a", "was the".
    const copula =
      /^(?:is|was)$/.test(tokens[next]?.text ?? '') &&
      /^(?:the|a|an)$/.test(tokens[next + 1]?.text ?? '');
    if (copula) {
      let k = next + 2;
      while (
        k < tokens.length &&
        ![',', ';', ':', '(', ')'].includes(tokens[k]!.text) &&
        !tokens[k]!.text.startsWith(QUOTE_MASK)
      )
        k++;
      const role = tokens.slice(next + 2, k);
      if (role.some((t) => ROLE_NOUNS.has(t.word)))
        appositive = text.slice(role[0]!.start, role[role.length - 1]!.end).replace(/[.\s]+$/, '');
    }
    // "Petra Lund, who runs a freight agency": a relative clause saying what the person does.
    if (comma && tokens[next + 1]?.text === 'who') {
      let k = next + 1;
      while (
        k < tokens.length &&
        ![',', ';', ':', ')'].includes(tokens[k]!.text) &&
        !tokens[k]!.text.startsWith(QUOTE_MASK)
      )
        k++;
      appositive = text.slice(tokens[next + 1]!.start, tokens[k - 1]!.end);
    }
    if (comma && /^(?:the|a|an)$/.test(tokens[next + 1]?.text ?? '')) {
      let k = next + 1;
      while (
        k < tokens.length &&
        ![',', ';', ':', ')', '('].includes(tokens[k]!.text) &&
        !tokens[k]!.text.startsWith(QUOTE_MASK)
      )
        k++;
      // "…, the" at the very end of a text (a cut selection) has no appositive after it.
      // "Harbour Watch, an advocacy network that …": what an organisation is says no role.
      if (k > next + 2 && !organisationHead(tokens.slice(next + 1, k)))
        appositive = text.slice(tokens[next + 2]!.start, tokens[k - 1]!.end).replace(/[.\s]+$/, '');
    }
    // "Tamsin Orrey, Harbour Press executive director at …": a role phrase without an
    // article says a person, and their role unless it says a gender ("former party
    // chairman" is printed of women too).
    let roleAfter = false;
    if (appositive === null && comma) {
      let k = next + 1;
      while (
        k < tokens.length &&
        k - next <= MAX_ROLE_TOKENS &&
        // ("Ada Quill, Tarrow’s regional police commander.": a place's possessive too, and
        // the sentence's full stop on the role's last word.)
        /^[\p{L}-]+(?:[’']s)?\.?$/u.test(tokens[k]!.text) &&
        !BOUNDARY_WORDS.has(tokens[k]!.text) &&
        !ROLE_PREPOSITIONS.has(tokens[k]!.text)
      )
        k++;
      let last = tokens[k - 1];
      if (k > next + 1 && last && /^\p{Ll}/u.test(last.text) && isPersonNoun(last.word)) {
        roleAfter = true;
        // "Ada Quill, Velocar's president and CEO, said": two offices joined, both hers.
        const joined = coordinatedOffice(tokens, k);
        if (joined > k) {
          k = joined;
          last = tokens[k - 1]!;
        }
        const role = tokens.slice(next + 1, k);
        if (!role.some((t) => GENDERED_ROLES[t.word]))
          appositive = text.slice(role[0]!.start, last.end);
      }
    }
    if (appositive !== null && attributesSentence(appositive)) {
      appositive = null;
      roleAfter = false;
    }
    // "The health secretary, Miriam Calloway, …": a role phrase right before the name.
    if (appositive === null) appositive = roleBeforeName(tokens, start, next, text);
    // "said Darnell Quist, Ph.D., of …": letters after the name for a degree or an honour.
    const lettered = comma && POST_NOMINALS.has((tokens[next + 1]?.text ?? '').replace(/\./g, ''));
    // "North Korean envoy Seo Min-ha", "Harlow Semiconductor chief executive Joan Mercer".
    let described: string | null = null;
    let d = start - 1;
    while (
      d >= 0 &&
      start - d <= MAX_ROLE_TOKENS &&
      /^\p{Ll}/u.test(tokens[d]!.text) &&
      !BOUNDARY_WORDS.has(tokens[d]!.text)
    )
      d--;
    const lower = tokens.slice(d + 1, start);
    if (
      isPersonNoun(lower[lower.length - 1]?.word ?? '') &&
      !lower.some((t) => ROLE_DETERMINERS.has(t.text) && t !== lower[0])
    ) {
      let c = d;
      while (c >= 0 && isCapitalized(tokens[c]) && d - c < MAX_ROLE_TOKENS) c--;
      let first = c < d ? tokens[c + 1]! : lower[0]!;
      // "former Harbour mayor Ada Quill": the office she held, not one she holds.
      const before = tokens[tokens.indexOf(first) - 1];
      if (before?.word === 'former') first = before;
      described = text
        .slice(first.start, lower[lower.length - 1]!.end)
        .replace(LEADING_DETERMINER, '');
    }
    // "former Trade Minister Ada Quill": "the former minister".
    if (!described && parsed.title && tokens[start - 1]?.text === 'former')
      described = `former ${parsed.title}`;
    if (!described && portfolio) described = portfolio.office;
    // "said Tapendra Rokaya, 29, who …": an age between commas says a person, whatever
    // the given name (one no list of given names holds).
    const aged =
      comma &&
      AGE.test(tokens[next + 1]?.text ?? '') &&
      /^[,;.)]$/.test(tokens[next + 2]?.text ?? '');
    // "Wire quoted Pradipta Lodra as saying …": an outlet quotes a person "as saying".
    const quotedAs =
      /^quot(?:ed|es|ing)$/.test(tokens[start - 1]?.word ?? '') &&
      tokens[next]?.word === 'as' &&
      /^(?:saying|telling|stating|writing)$/.test(tokens[next + 1]?.word ?? '');
    // "The Tansy Vale TD said": a name after an article is a body's or a thing's, whatever
    // given name it seems to open with.
    if (parsed.title === null && /^(?:the|a|an)$/.test(tokens[start - 1]?.word ?? ''))
      people.noteDetermined(parsed.name);
    const person = people.register(parsed, appositive, lettered || roleAfter || aged || quotedAs);
    if (person && described) people.learn(person, null, described);
  }
}
