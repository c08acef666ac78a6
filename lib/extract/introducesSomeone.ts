import { ANONYMOUS_HEADS, EPITHET_NOUNS, ROLE_NOUNS } from './patterns.ts';
import type { Token } from './tokenize.ts';

/** Most words between "a"/"an" and the person's noun ("a theatre veteran friend", "an older local actor"). */
const MAX_WORDS_BEFORE_HEAD = 3;

/** A word that heads a description of one person ("friend", "actor", "veteran"). */
const personHead = (word: string) =>
  ANONYMOUS_HEADS.has(word) || ROLE_NOUNS.has(word) || EPITHET_NOUNS.has(word);

/**
 * True when the tokens bring in someone new with an indefinite description: "a" or "an",
 * up to three words in lower case, then a person's noun ("I ran into a stagehand friend,
 * whose advice was …", "an older actor chimed in …"). Words quoted there may be that
 * person's, whoever spoke in the sentences before.
 */
export function introducesSomeone(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (t.text !== 'a' && t.text !== 'an') return false;
    for (let k = i + 1; k <= i + 1 + MAX_WORDS_BEFORE_HEAD && k < tokens.length; k++) {
      const w = tokens[k]!;
      if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w.text)) return false;
      if (personHead(w.word) && !personHead(tokens[k + 1]?.word ?? '')) return true;
    }
    return false;
  });
}
