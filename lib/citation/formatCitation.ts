/**
 * A one-line citation of a matched quote, ready to paste:
 * `“…,” Lee Jae-myung, The Hankyoreh, 23 August 2021, https://…`
 * Missing parts are left out rather than guessed (a quote no one is named for has no
 * speaker part); the quote is always there.
 */
export interface CitationParts {
  quote: string;
  speaker: string | null;
  outlet: string | null;
  /** Already formatted for people (e.g. `23 August 2021`), or `null` when not stated. */
  date: string | null;
  url: string | null;
}

/** Trailing punctuation that the closing comma replaces, as in `“We will go,” Lee said`. */
const TRAILING_STOP = /[\s.,;:]+$/u;

/** A question or exclamation keeps its mark and takes no comma. */
const ENDS_OWN_SENTENCE = /[?!]$/u;

export function formatCitation(parts: CitationParts): string {
  const quote = parts.quote.trim().replace(TRAILING_STOP, '');
  const tail = [parts.speaker, parts.outlet, parts.date, parts.url]
    .map((part) => part?.trim() ?? '')
    .filter((part) => part.length > 0);
  // A quote that ends in its own ? or ! takes no extra comma: “Why now?” A, B.
  const close = ENDS_OWN_SENTENCE.test(quote) ? '”' : ',”';
  return `“${quote}${close} ${tail.join(', ')}`;
}
