import { ANONYMOUS_HEADS, ROLE_NOUNS } from './patterns.ts';

/** An abbreviation in brackets right after the words it stands for: "(PMS)", "(PPRO)". */
const BRACKETED = /((?:\p{Lu}[\p{L}’'-]*\s+){1,6})\((\p{Lu}{2,6})\)/gu;

/**
 * The abbreviations an article defines for one person's office: "the Harbour Master's
 * Deputy (HMD)", "the Port Safety Officer (PSO)", whose initials are those of the words
 * just before the bracket and whose last word is a role or an unnamed person's noun. "The
 * HMD said …" then speaks of that office-holder, a person (a later "he" may mean them),
 * never an organisation the capitals would otherwise suggest. Upper case, as printed.
 */
export function roleAcronyms(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(BRACKETED)) {
      const acronym = m[2]!;
      const words = m[1]!.trim().split(/\s+/).slice(-acronym.length);
      if (words.length !== acronym.length) continue;
      const initials = words.map((w) => w[0]!).join('');
      const head = words
        .at(-1)!
        .replace(/[’']s$/, '')
        .toLowerCase();
      if (initials === acronym && (ROLE_NOUNS.has(head) || ANONYMOUS_HEADS.has(head)))
        out.add(acronym);
    }
  }
  return out;
}
