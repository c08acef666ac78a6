/**
 * People named in a text as printed: runs of capitalised words, each read as an optional
 * title phrase ("US President", "Mr.", "South Korean Foreign Minister") and the name
 * words after it ("Joe Biden", "Moon Jae-in"). With them a change inside a name can be
 * told apart: part of the same person's name dropped or added, a title dropped or added,
 * from another person named (`nameChange.ts`).
 *
 * The vocabulary is the extractor's (`lib/extract/patterns.ts`): its titles, honorifics
 * and courtesy titles, and its test for a romanised Korean full name.
 */

import { isKoreanStyle } from '../extract/parseNameRun';
import { COURTESY_TITLES, HONORIFICS, TITLES } from '../extract/patterns';
import type { Token } from '../text/tokenize';
import { isContentWord } from './lexicon';

export interface NameMention {
  /** Title words in lower case without their period, in order (`us`, `president`). */
  titles: string[];
  /** Every title word is a courtesy (Mr., Ms., Dr., Sir …), none a role. */
  courtesyOnly: boolean;
  /** Name words in lower case, a hyphenated given name whole (`jae-in`), no possessive. */
  names: string[];
  /**
   * The run names a person, not a place or an organisation: it has a title, or it is a
   * romanised Korean full name ("Kim Jong-un"). A bare "North Korea" or "Joe Biden" has
   * neither, and a change inside it is left to the other rules (a dropped "North" changes
   * the meaning; without a list of given names, "Joe" cannot be told from "North").
   */
  person: boolean;
}

export interface Mentions {
  /** The mention each word (by its index among the side's word tokens) is part of. */
  of: (NameMention | undefined)[];
  /** Whether each word is part of a title phrase (otherwise of the name, if any). */
  isTitle: boolean[];
}

/** Word tokens joined by a hyphen are one printed word ("Jae-in" is two tokens). */
const HYPHEN = /^[-\u2010\u2011]$/u;
/** What may stand between two words of one name: spaces and editorial brackets ("[US President Joe] Biden"). */
const NAME_GAP = /^[\s[\]]+$/u;
/** The same after an abbreviated title ("Mr. Biden", "Gov. Lee"). */
const AFTER_ABBREVIATION = /^\.[\s[\]]+$/u;
const POSSESSIVE = /['\u2019]s$/u;

const isTitleWord = (printed: string) => TITLES.has(printed) || TITLES.has(`${printed}.`);
const isCourtesy = (printed: string) =>
  COURTESY_TITLES.has(printed) ||
  COURTESY_TITLES.has(`${printed}.`) ||
  HONORIFICS[printed] !== undefined ||
  HONORIFICS[`${printed}.`] !== undefined;

/** A capitalised word that may be part of a name: a title, an acronym ("US") or a content word (not "The", "We"). */
function nameLike(printed: string): boolean {
  if (!/^\p{Lu}/u.test(printed)) return false;
  return (
    isTitleWord(printed) ||
    /^\p{Lu}{2,}$/u.test(printed) ||
    isContentWord(printed.toLowerCase().replace(POSSESSIVE, ''))
  );
}

interface Printed {
  /** Word token indexes [from, to). */
  from: number;
  to: number;
  text: string;
}

export function findMentions(text: string, words: readonly Token[]): Mentions {
  const of: (NameMention | undefined)[] = words.map(() => undefined);
  const isTitle = words.map(() => false);
  const printed: Printed[] = [];
  for (let i = 0; i < words.length; ) {
    let j = i + 1;
    while (j < words.length && HYPHEN.test(text.slice(words[j - 1]!.end, words[j]!.start))) j++;
    printed.push({ from: i, to: j, text: text.slice(words[i]!.start, words[j - 1]!.end) });
    i = j;
  }
  const joined = (a: Printed, b: Printed) => {
    if (POSSESSIVE.test(a.text)) return false;
    const gap = text.slice(words[a.to - 1]!.end, words[b.from]!.start);
    return NAME_GAP.test(gap) || (isTitleWord(a.text) && AFTER_ABBREVIATION.test(gap));
  };
  let k = 0;
  while (k < printed.length) {
    if (!nameLike(printed[k]!.text)) {
      k++;
      continue;
    }
    const run = [printed[k]!];
    k++;
    while (
      k < printed.length &&
      nameLike(printed[k]!.text) &&
      joined(run[run.length - 1]!, printed[k]!)
    )
      run.push(printed[k++]!);
    let lastTitle = -1;
    run.forEach((p, i) => {
      if (isTitleWord(p.text)) lastTitle = i;
    });
    const titleWords = run.slice(0, lastTitle + 1);
    const nameWords = run.slice(lastTitle + 1).map((p) => p.text.replace(POSSESSIVE, ''));
    const mention: NameMention = {
      titles: titleWords.map((p) => p.text.toLowerCase().replace(/\.$/u, '')),
      courtesyOnly: titleWords.length > 0 && titleWords.every((p) => isCourtesy(p.text)),
      names: nameWords.map((w) => w.toLowerCase().replace(/[\u2010\u2011]/gu, '-')),
      person: titleWords.length > 0 || isKoreanStyle(nameWords),
    };
    run.forEach((p, i) => {
      for (let t = p.from; t < p.to; t++) {
        of[t] = mention;
        isTitle[t] = i <= lastTitle;
      }
    });
  }
  return { of, isTitle };
}
