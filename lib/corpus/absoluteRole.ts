const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** "next year’s", "last year", "this year's": a year counted from the article's date. */
const YEAR = /\b(next|last|this) year(?:(['’])s)?\b/gi;
/** "last month", "next month's", "this month": a month counted from the article's date. */
const MONTH = /\b(next|last|this) month(?:(['’])s)?\b/gi;
/** Time words that cannot be turned into a year or a month worth printing: the role goes. */
const UNFIXABLE =
  /\b(?:yesterday|today|tomorrow|tonight|(?:next|last|this) (?:week|weekend|spring|summer|autumn|fall|winter|decade)|(?:a|one|two|three) (?:days?|weeks?|months?|years?) (?:ago|from now)|recently|currently|incoming|outgoing|soon-to-be)\b/i;

/**
 * A role as printed ("Democratic Party frontrunner for next year’s presidential election")
 * in absolute time, using the date of the article that printed it: "… for the 2022
 * presidential election". Null when it cannot be: the article has no date, or the role
 * says "yesterday", "last week", "recently" (a corpus read years later must not say them).
 */
export function absoluteRole(role: string, published: string | null): string | null {
  const relative = role.search(YEAR) >= 0 || role.search(MONTH) >= 0;
  if (!relative && !UNFIXABLE.test(role)) return role;
  if (published === null || UNFIXABLE.test(role)) return null;
  const year = Number(published.slice(0, 4));
  const month = Number(published.slice(5, 7)) - 1;
  const shift = (when: string) => ({ next: 1, last: -1 })[when.toLowerCase()] ?? 0;
  return role
    .replace(YEAR, (_m, when: string, apostrophe: string | undefined) => {
      const y = year + shift(when);
      return apostrophe ? `the ${y}` : `in ${y}`;
    })
    .replace(MONTH, (_m, when: string, apostrophe: string | undefined) => {
      const m = (month + shift(when) + 12) % 12;
      const y = year + Math.floor((month + shift(when)) / 12);
      return apostrophe ? `the ${MONTHS[m]} ${y}` : `in ${MONTHS[m]} ${y}`;
    });
}
