/**
 * Folds one cluster (a code point and its combining marks) to its normalised form:
 * `''` to drop it, `' '` for whitespace, otherwise NFKC + lower case, with quote
 * marks, dashes and ellipses folded to one spelling each.
 */

/** Every double quotation mark a page may print, folded to `"`. */
const DOUBLE_QUOTES = new Set([
  '"',
  '“',
  '”',
  '„',
  '‟',
  '«',
  '»',
  '「',
  '」',
  '『',
  '』',
  '＂',
  '〝',
  '〞',
]);
/** Every single quotation mark or apostrophe, folded to `'`. */
const SINGLE_QUOTES = new Set(["'", '‘', '’', '‚', '‛', '‹', '›', '`', '´', '′', '＇']);
/** Hyphens, dashes and the minus sign, folded to `-`. */
const DASHES = new Set(['-', '‐', '‑', '‒', '–', '—', '―', '−', '﹘', '﹣', '－', '⸺', '⸻']);

const WHITESPACE = /^[\s\u200b\u2028\u2029\u3000]+$/u;
/** Control and format characters (including zero-width joiners and soft hyphens). */
const INVISIBLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]+$/u;

export function foldChar(cluster: string): string {
  if (DOUBLE_QUOTES.has(cluster)) return '"';
  if (SINGLE_QUOTES.has(cluster)) return "'";
  if (DASHES.has(cluster)) return '-';
  if (cluster === '…') return '...';
  if (WHITESPACE.test(cluster)) return ' ';
  if (INVISIBLE.test(cluster)) return '';
  const nfkc = cluster.normalize('NFKC').toLowerCase();
  // NFKC can itself produce a quote mark or dash (e.g. full-width forms): fold again.
  if (nfkc.length === 1 && nfkc !== cluster) return foldChar(nfkc);
  return nfkc;
}
