import { countryOf } from './demonyms.ts';
import { nameRuns } from './nameRuns.ts';
import { parseNameRun } from './parseNameRun.ts';
import { EPITHET_NOUNS, ROLE_NOUNS } from './patterns.ts';
import { strongPeople } from './sieves/strongPeople.ts';
import type { ArticleDoc } from './sieves/types.ts';
import type { Token } from './tokenize.ts';
import type { Person } from './types.ts';

/**
 * What a definite description says of the one person it means beyond an office: an age
 * ("the 36-year-old", "the 36-year-old star"), a nationality ("the Spaniard", "the Dutch
 * midfielder"). Null fields: it says none.
 */
export interface Epithet {
  age: number | null;
  country: string | null;
  /** Its head when that is a person's word the role nouns lack ("the veteran", "the star"). */
  noun: string | null;
}

/** An age as sports and celebrity news print it in a description ("36-year-old"). */
const AGE_WORD = /^(\d{1,3})-year-old$/i;
/** An age printed alone after a name ("Ada Quill, 36,"). */
const AGE_NUMBER = /^\d{1,3}$/;
/** Oldest age read: a larger number after a name is a count or a year. */
const MAX_AGE = 110;
/** Most words of a description read for an age or a nationality: "the 36-year-old Dutch head coach". */
const MAX_EPITHET_WORDS = 6;
/**
 * Words that may stand between a nationality or an age and the name they describe
 * ("Spanish head coach Ada Quill", "36-year-old veteran striker Ada Quill"), besides the
 * role nouns: a person's description, never a verb or a clause.
 */
const DESCRIBING = new Set(
  'former veteran young new head assistant interim national international star team world-class experienced teenage retired'.split(
    ' ',
  ),
);
/** Most words between such a word and the name ("veteran Spanish head coach"). */
const MAX_DESCRIBING_WORDS = 4;

/** "the mother-of-two", "the father-of-three": one person. */
const PARENT_OF = /^(?:mother|father|mum|dad)-of-\p{L}+$/u;
const isPersonNoun = (w: string) => {
  const word = w.toLowerCase().replace(/[.,]$/, '');
  return ROLE_NOUNS.has(word) || EPITHET_NOUNS.has(word) || PARENT_OF.test(word);
};

const ageOf = (text: string): number | null => {
  const m = AGE_WORD.exec(text) ?? AGE_NUMBER.exec(text);
  const n = m ? Number(m[1] ?? m[0]) : Number.NaN;
  return n > 0 && n <= MAX_AGE ? n : null;
};

/**
 * The age and nationality a definite description gives ("the 36-year-old", "The Spaniard",
 * "the Brazilian midfielder"), and its head when the role nouns lack it ("the veteran");
 * null when it gives none of them, or is no definite description of one person ("a
 * Spaniard" is someone new; "the French" is a people).
 */
export function readEpithet(text: string): Epithet | null {
  const words = text.trim().split(/\s+/);
  if (words[0]?.toLowerCase() !== 'the' || words.length < 2 || words.length > MAX_EPITHET_WORDS)
    return null;
  let age: number | null = null;
  let country: string | null = null;
  for (const [i, w] of words.slice(1).entries()) {
    const last = i === words.length - 2;
    const a = AGE_WORD.test(w) ? ageOf(w) : null;
    // The last word is the head: a nationality there must name one person ("the Spaniard").
    const c = countryOf(w, { oneOnly: last });
    if (a !== null) age = a;
    else if (c !== null) country = c;
    // Other words describe a person in lower case ("the Spanish head coach"); a capital
    // or another head is a body's name ("the American Cancer Society", "the Israeli military").
    else if (!/^\p{Ll}/u.test(w) || (last && !isPersonNoun(w))) return null;
  }
  const head = words.at(-1)!.toLowerCase();
  const noun = EPITHET_NOUNS.has(head) || PARENT_OF.test(head) ? head : null;
  return age === null && country === null && noun === null ? null : { age, country, noun };
}

/** What the article tied to one person before a point: ages and nationalities. */
interface Ties {
  ages: Set<number>;
  countries: Set<string>;
}

const describing = (t: Token | undefined) =>
  t !== undefined &&
  /^[\p{Ll}\d]/u.test(t.text) &&
  (DESCRIBING.has(t.word) || ROLE_NOUNS.has(t.word) || AGE_WORD.test(t.text));

/**
 * The ages and nationalities one sentence ties to the names in it: "Spaniard Ada Quill",
 * "Spanish coach Ada Quill", "36-year-old Ada Quill", "Ada Quill, 36,", "Ada Quill (36)",
 * "Ada Quill, a 36-year-old …", "Ada Quill, aged 36", "Ada Quill of Spain", "Ada Quill,
 * the Spanish coach,". Each name read to its one person of the article, or skipped.
 */
function tiesIn(doc: ArticleDoc, tokens: readonly Token[], out: Map<Person, Ties>): void {
  for (const { run, start, next } of nameRuns(tokens)) {
    const ages: number[] = [];
    const countries: string[] = [];
    // Before the name: its own nationality word ("Spaniard Ada Quill" is one run), then
    // describing words back to a nationality or an age ("Spanish head coach Ada Quill").
    let from = 0;
    while (from < run.length - 1 && countryOf(run[from]!.text) !== null) {
      countries.push(countryOf(run[from]!.text)!);
      from++;
    }
    for (let k = start - 1; k >= 0 && start - k <= MAX_DESCRIBING_WORDS; k--) {
      const t = tokens[k]!;
      const c = countryOf(t.text);
      if (c !== null) countries.push(c);
      else if (AGE_WORD.test(t.text)) ages.push(ageOf(t.text)!);
      else if (!describing(t)) break;
    }
    // After it: ", 36," or "(36)", ", a 36-year-old …", ", aged 36", "of Spain", ", the Spanish coach,".
    const after = tokens.slice(next, next + MAX_EPITHET_WORDS);
    const [a, b, c] = after;
    if ((a?.text === ',' || a?.text === '(') && b && AGE_NUMBER.test(b.text)) {
      const closes = c === undefined || c.text === ',' || c.text === ')' || /^\p{Ll}/u.test(c.text);
      if (closes && ageOf(b.text) !== null) ages.push(ageOf(b.text)!);
    }
    if (a?.text === ',' && b?.word === 'aged' && c && ageOf(c.text) !== null)
      ages.push(ageOf(c.text)!);
    if (a?.text === 'of' && b) {
      const land = countryOf(b.text, { namesOnly: true });
      if (land !== null && !/^\p{Lu}/u.test(c?.text ?? '')) countries.push(land);
    }
    if (a?.text === ',' && /^(?:a|an|the)$/.test(b?.word ?? '')) {
      for (const t of after.slice(2)) {
        const land = countryOf(t.text);
        if (land !== null) countries.push(land);
        else if (AGE_WORD.test(t.text)) ages.push(ageOf(t.text)!);
        else if (!describing(t)) break;
      }
    }
    if (ages.length === 0 && countries.length === 0) continue;
    const people = strongPeople(doc, parseNameRun(run.slice(from)));
    if (people.length !== 1) continue;
    const ties = out.get(people[0]!) ?? { ages: new Set(), countries: new Set() };
    for (const x of ages) ties.ages.add(x);
    for (const x of countries) ties.countries.add(x);
    out.set(people[0]!, ties);
  }
}

/** What the sentences before sentence `sentence` of paragraph `para` tie to each person. */
function tiesBefore(doc: ArticleDoc, para: number, sentence: number): Map<Person, Ties> {
  const ties = new Map<Person, Ties>();
  for (const p of doc.paras.slice(0, para + 1)) {
    const sentences = p.index === para ? p.sentences.slice(0, Math.max(0, sentence)) : p.sentences;
    for (const s of sentences) tiesIn(doc, s.tokens, ties);
  }
  return ties;
}

/**
 * The people a description's age or nationality means: those the article tied to it
 * before the description's sentence (`para`, `sentence`), and to nothing that
 * contradicts it (another age, another nationality). The caller takes one alone, and
 * leaves two or more unattributed.
 */
export function epithetHolders(
  doc: ArticleDoc,
  epithet: Epithet,
  para: number,
  sentence: number,
): Person[] {
  return [...tiesBefore(doc, para, sentence)]
    .filter(([, t]) => fits(t, epithet) === 'yes')
    .map(([p]) => p);
}

/**
 * Whether what the article tied to a person agrees with a description: `yes` when it
 * ties the description's age or nationality and contradicts neither, `no` when it
 * contradicts one, `unknown` when it says nothing of either.
 */
function fits(t: Ties, e: Epithet): 'yes' | 'no' | 'unknown' {
  const clash =
    (e.age !== null && t.ages.size > 0 && !t.ages.has(e.age)) ||
    (e.country !== null && t.countries.size > 0 && !t.countries.has(e.country));
  if (clash) return 'no';
  const tied =
    (e.age !== null && t.ages.has(e.age)) || (e.country !== null && t.countries.has(e.country));
  return tied ? 'yes' : 'unknown';
}

/**
 * True when the article tied to `person`, before the description, an age or a nationality
 * the description contradicts ("Ada Quill, 29," is not "the 36-year-old singer").
 */
export function contradictsEpithet(
  doc: ArticleDoc,
  person: Person,
  epithet: Epithet,
  para: number,
  sentence: number,
): boolean {
  const t = tiesBefore(doc, para, sentence).get(person);
  return t !== undefined && fits(t, epithet) === 'no';
}
