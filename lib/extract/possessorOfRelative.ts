import { nameRuns } from './nameRuns.ts';
import type { Token } from './tokenize.ts';

/** Prepositions that open a relative clause about a thing ("in which", "during which"). */
const RELATIVE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'during', 'at']);
/** Most tokens between a possessive name and the relative clause ("Holt's address on Saturday, in which"). */
const MAX_POSSESSED_TOKENS = 6;

/**
 * "…, follow Holt's address on Saturday, in which he said he would …": a pronoun opening a
 * relative clause about a thing someone has (a speech, a letter, an interview) is its
 * owner. The tokens of the possessive name ("Holt’s"), without its "’s", when the first
 * `pronoun` of the sentence comes right after "in which" / "during which" / "at which" /
 * "where" and a possessive name stands just before them; null otherwise.
 */
export function possessorOfRelative(tokens: readonly Token[], pronoun: string): Token[] | null {
  const at = tokens.findIndex((t) => t.text.toLowerCase() === pronoun.toLowerCase());
  if (at < 2) return null;
  const opens =
    tokens[at - 1]!.word === 'where' ||
    (tokens[at - 1]!.word === 'which' && RELATIVE_PREPOSITIONS.has(tokens[at - 2]!.word));
  if (!opens) return null;
  const from = tokens[at - 1]!.word === 'where' ? at - 1 : at - 2;
  for (let k = from - 1; k >= 0 && from - k <= MAX_POSSESSED_TOKENS; k--) {
    if (!/^\p{Lu}.*[’']s$/u.test(tokens[k]!.text)) continue;
    const run = nameRuns(tokens.slice(0, k + 1)).at(-1);
    if (!run || run.next !== k + 1) return null;
    const last = run.run.at(-1)!;
    const bare = last.text.replace(/[’']s$/, '');
    return [...run.run.slice(0, -1), { ...last, text: bare, word: bare.toLowerCase() }];
  }
  return null;
}
