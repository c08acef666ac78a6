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
