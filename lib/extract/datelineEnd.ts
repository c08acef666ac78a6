import type { Token } from './tokenize.ts';

/** Most tokens between a dateline's comma and its colon or dash ("February 11 (ANI)"). */
const MAX_DATE_TOKENS = 6;
/** A day of the month as a dateline prints it ("1", "11th"). */
const DAY = /^\d{1,2}(?:st|nd|rd|th)?$/;

/**
 * Where the words of a sentence start after a dateline that opens it ("Kingston, July 1:",
 * "Raipur (Chhattisgarh), February 11 (ANI):", "Port Vell, Mar 3 --"): a place, a comma, a
 * month and a day, then a colon or a dash. The place is where the story was filed, never
 * the subject of the sentence. 0 when the sentence opens with no dateline.
 */
export function datelineEnd(tokens: readonly Token[]): number {
  const capitals = capitalsDatelineEnd(tokens);
  if (capitals > 0) return capitals;
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma < 1 || !/^\p{Lu}/u.test(tokens[0]!.text)) return 0;
  const end = tokens.findIndex((t, i) => i > comma && [':', '--', '—', '–'].includes(t.text));
  if (end < 0 || end - comma - 1 > MAX_DATE_TOKENS) return 0;
  const date = tokens.slice(comma + 1, end);
  const month = date[0];
  return month && /^\p{Lu}\p{Ll}{2,}\.?$/u.test(month.text) && DAY.test(date[1]?.text ?? '')
    ? end + 1
    : 0;
}

/** A word printed all in capitals, as a dateline prints its place ("PORT VELL", "TARROW"). */
const CAPITALS_WORD = /^\p{Lu}{2,}[\p{Lu}.'’-]*$/u;
/** Colons and dashes that end a dateline. */
const DATELINE_ENDS = new Set([':', '--', '—', '–']);

/**
 * Where a sentence starts after a dateline whose place is printed in capitals ("TARROW:",
 * "PORT VELL, NL (WXYZ) —"): the place, then a colon or dash right away, or a comma and a
 * few words (a state, an agency in brackets, a date) before one. A word in capitals opening
 * a paragraph and closed so is where the story was filed, never a source. 0 otherwise.
 */
function capitalsDatelineEnd(tokens: readonly Token[]): number {
  let k = 0;
  while (k < tokens.length && CAPITALS_WORD.test(tokens[k]!.text)) k++;
  if (k === 0 || k >= tokens.length) return 0;
  if (DATELINE_ENDS.has(tokens[k]!.text)) return k + 1;
  if (tokens[k]!.text !== ',') return 0;
  const end = tokens.findIndex((t, i) => i > k && DATELINE_ENDS.has(t.text));
  return end > k + 1 && end - k - 1 <= MAX_DATE_TOKENS ? end + 1 : 0;
}
