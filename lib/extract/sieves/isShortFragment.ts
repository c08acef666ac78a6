/** Fewest words of a quoted fragment that makes its sentence a direct quotation rather than reported speech. */
export const MIN_QUOTE_WORDS = 4;

/** The number of words of a text. */
export const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/**
 * True for quoted words too few to be a quotation of their own ("called him “Prime
 * Minister”", "a “fair” deal"): the sentence around them is reported speech or narration.
 */
export const isShortFragment = (text: string): boolean => wordCount(text) < MIN_QUOTE_WORDS;

/** True for a quotation token (masked) whose words inside the marks are too few to be a quotation of their own. */
export const isShortQuote = (t: { start: number; end: number }, text: string): boolean =>
  isShortFragment(text.slice(t.start + 1, t.end - 1));
