/** Every tunable number of the reader's own corpus (add an article, the store), with why. */
export const READER_CONFIG = Object.freeze({
  /**
   * Quotations listed for review from one page. A long interview holds a hundred or so;
   * a page with thousands is a list or a comment thread, not an article, and a review
   * of that many is no review.
   */
  maxDraftQuotes: 400,
  /** Narration sentences kept from one page: a long feature runs to a few hundred. */
  maxDraftNarration: 2000,
  /** Characters of a headline or outlet typed by the reader. */
  maxFieldChars: 500,
  /**
   * Milliseconds after the last added article before small segments are merged: a reader
   * adding several articles in a row pays for one merge, and checks never wait for it.
   */
  mergeDelayMs: 5000,
  /**
   * Bytes of a stored segment's body (texts and records) per chunk, read on demand: a
   * check reads the chunks of its dozen candidates' articles (a few dozen chunks, well
   * under a megabyte) instead of the 5-10 MB body of each 50,000-quote segment. Small
   * enough that a candidate costs little more than its own bytes, large enough that a
   * segment is a few hundred records (IndexedDB pays per record as well as per byte).
   */
  bodyChunkBytes: 16384,
  /** Milliseconds a page's extracted draft waits in the worker for its review page to ask for it. */
  draftTtlMs: 10 * 60 * 1000,
});
