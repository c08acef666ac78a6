import { NAME_PARTICLES, PLACES, ROLE_NOUNS, TITLES } from './patterns.ts';
import type { Token } from './tokenize.ts';

export interface NameRun {
  /** The title phrase before the name (`Gyeonggi Gov.`, `South Korean Foreign Minister`), or null. */
  title: string | null;
  /** Name words after the title: one (a surname) or more (a full name). */
  name: string[];
}

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
  return (
    ABBREVIATED_TITLE.test(texts[i]!) &&
    texts.length - i - 1 >= 2 &&
    texts.slice(i + 1).every((t) => MIXED_CASE.test(t))
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

/** A given name written the romanised Korean way: "Jae-myung", "Soo-hyuck". */
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/**
 * Reads a run of capitalised words as [title phrase] name: the last title word splits
 * the run ("Gyeonggi Gov. | Lee Jae-myung"). Returns null when the run has no name
 * after its title ("The President").
 */
export function parseNameRun(run: readonly Token[]): NameRun | null {
  const all = run.map((t) => t.text.replace(/[’']s$/, ''));
  const texts = all[0] === 'The' || all[0] === 'A' ? all.slice(1) : all;
  let titleEnd = -1;
  texts.forEach((t, i) => {
    // A capitalised role word ("Farmer John Smith" at a sentence start) works as a title.
    if (TITLES.has(t) || ROLE_NOUNS.has(t.toLowerCase()) || abbreviatedTitle(texts, i))
      titleEnd = i;
  });
  // "Prime Minister of Mauritius Navin Ramgoolam": a place before a full name is part of
  // the title phrase, not of the name.
  while (titleEnd + 3 < texts.length && PLACES.has(texts[titleEnd + 1]!.toLowerCase())) titleEnd++;
  // A sentence's full stop is no part of a name, an initial's is ("Tomas R. Vell").
  const name = once(texts.slice(titleEnd + 1)).map((t) => t.replace(/(\p{L}{2,})\.$/u, '$1'));
  // "says CEO", "The Minister": a role word alone is no name.
  if (name.length === 0 || (name.length === 1 && ROLE_NOUNS.has(name[0]!.toLowerCase())))
    return null;
  const title = titleEnd >= 0 ? texts.slice(0, titleEnd + 1).join(' ') : null;
  return { title, name };
}

/** True for a romanised Korean full name ("Kim Jong-un"): surname first, hyphenated given name. */
export function isKoreanStyle(name: readonly string[]): boolean {
  return (
    name.length >= 2 && name.length <= 3 && name.slice(1).some((w) => HYPHENATED_GIVEN.test(w))
  );
}

/** The family name: first for Korean-style names, last otherwise, with its particles ("de Miranda"). */
export function surnameOf(name: readonly string[]): string {
  if (isKoreanStyle(name)) return name[0] ?? '';
  let i = name.length - 1;
  while (i > 1 && NAME_PARTICLES.has(name[i - 1]!.toLowerCase())) i--;
  return name.slice(i).join(' ');
}
