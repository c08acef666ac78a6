import { ANONYMOUS_HEADS, CROWD_NOUNS, ROLE_NOUNS } from './patterns.ts';

/** Plurals of unnamed people that do not end in -s, and "others" ("while others argue …"). */
const IRREGULAR_PLURALS = new Set(['men', 'women', 'people', 'others']);

/**
 * A noun for several unnamed people: a crowd ("officials", "sources"), the plural of an
 * unnamed head ("neighbours", "supporters") or of any role noun ("his attorneys",
 * "researchers", "federal prosecutors", "sheriff's deputies"). Such a subject speaks as a
 * group: an anonymous source, never one person and never an organisation.
 */
export function isGroupNoun(word: string): boolean {
  const w = word.toLowerCase();
  if (CROWD_NOUNS.has(w) || IRREGULAR_PLURALS.has(w)) return true;
  if (!w.endsWith('s') || w.endsWith('ss')) return false;
  if (ANONYMOUS_HEADS.has(w)) return true;
  const singular = w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.slice(0, -1);
  return ROLE_NOUNS.has(singular);
}
