/**
 * Every tunable number of the page scan and of the long-selection reading, with its
 * reason. (The matcher's own are in `lib/match/config.ts`, the anchoring's in
 * `lib/anchor/config.ts`.)
 */
export const SCAN_CONFIG = Object.freeze({
  /**
   * Characters of page text (`body.textContent`) read into the extractor. Past this, the
   * page's copy is cut after the text node that crosses it and only the part before is
   * read (the report says how much). 200,000 characters is about 33,000 words: ten times
   * a long feature with its furniture and comments, so no news article is cut, while a
   * 5 MB page (a forum, a live blog of a year) is not parsed whole: Readability and the
   * extractor grow faster than the text (2 MB of paragraphs took 24 s in Node, 0.2 MB
   * 0.28 s); in Chromium, reading 600,000 characters of the 5 MB test page took 2.5 s.
   */
  maxPageChars: 200_000,
  /**
   * Characters of the article's readable text given to the extractor: about 20,000 words,
   * more than nearly any news article, and about 0.3 s of extraction on this machine's
   * Node at 200,000 (measured with 500 paragraphs), so a long page still answers in time.
   */
  maxArticleChars: 120_000,
  /**
   * Quotations checked in one scan: a check takes 3–6 ms at 100,000 quotes, so 200 keep
   * the matcher's part under about a second on a page that quotes that much; the rest are
   * counted and the report says so.
   */
  maxQuotations: 200,
  /**
   * Reported speech ("Lee said he would …") is the page's own wording of what someone
   * said, not a quotation: the scan checks quotations only. Tried with it on, a page's
   * "The ambassador added a warning about the election" came out as one of its six
   * "quotations", checked and not found: noise in the count, and no quotation to mark. A
   * reader checks a reported statement by selecting it.
   */
  includeReported: false,
  /**
   * Characters of a selection (with its paragraphs) read when it holds several
   * quotations or runs past the matcher's cap: about 100,000 words of page, so a
   * 3,000-word selection is read whole while a select-all of a huge page is not
   * extracted without end (the card says what it covered).
   */
  selectionMaxChars: 120_000,
});
