/** Line breaks a copied page may carry: CRLF, old Mac CR, Unicode line and paragraph separators, NEL. */
const LINE_BREAKS = /\r\n?|[\u2028\u2029\u0085]/g;
/** One line break as a whole string ("\n" included), for code that reads character by character. */
export const LINE_BREAK_CHAR = /^(?:\r\n?|[\n\u2028\u2029\u0085])$/;
/** Characters printed as a plain space: no-break, en/em/thin/hair, narrow no-break, ideographic. */
export const SPACE_CHAR = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
/**
 * Characters never printed: zero-width space, word joiner, byte-order mark, soft hyphen.
 * (Zero-width joiners stay: they shape emoji and scripts.)
 */
export const INVISIBLE_CHAR = /[\u200b\u2060\ufeff\u00ad]/g;

/**
 * Makes an article's text what a reader sees, whatever the copy carried along: one "\n"
 * per line break, plain spaces, no invisible characters, composed Unicode (NFC). Every
 * line stays a line, so file line numbers in messages still hold; quotation marks,
 * brackets and spelling are untouched.
 */
export function normalizeInput(text: string): string {
  return text
    .replace(LINE_BREAKS, '\n')
    .replace(SPACE_CHAR, ' ')
    .replace(INVISIBLE_CHAR, '')
    .normalize('NFC');
}
