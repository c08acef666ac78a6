import { FIRST_PERSON_SINGULAR_WORDS } from './patterns.ts';
import { tokenize } from './tokenize.ts';

/**
 * Words of the first person singular: a quotation that holds one is someone speaking for
 * themselves ("I have answered this", "my answer"), which no company, party or agency does
 * (they say "we").
 */
const FIRST_PERSON_SINGULAR = new Set([...FIRST_PERSON_SINGULAR_WORDS, 'myself']);

/**
 * True when a direct quotation speaks in the first person singular: evidence that whoever
 * says it is a person, not an organisation. "I" counts only as printed in capitals and
 * followed by a word or an apostrophe, not a Roman numeral ("World War I.").
 */
export function speaksForSelf(quotation: string): boolean {
  const tokens = tokenize(quotation);
  return tokens.some(
    (t, i) =>
      FIRST_PERSON_SINGULAR.has(t.word) &&
      (t.word !== 'i' || (t.text === 'I' && /^\p{L}/u.test(tokens[i + 1]?.text ?? ''))),
  );
}
