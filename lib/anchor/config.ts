/**
 * Every tunable number of the anchoring (quotation → DOM Range), with its reason.
 * Scores are in [0, 1]; 1 is the quote, its context and its place exactly as expected.
 */
export const ANCHOR_CONFIG = Object.freeze({
  /**
   * How much each part of a candidate's score counts (they are divided by their sum).
   * The quotation's own likeness counts most: a candidate with fewer edits should win
   * unless the context clearly says otherwise. The text just before and just after
   * tells apart a page that prints the same quotation twice; each side counts less than
   * the quote, so a better-placed but worse-spelled candidate does not win on context
   * alone. The position only breaks ties: anything inserted above the quotation moves
   * it, so at a tenth of the score it never outweighs a context that fits.
   */
  weights: Object.freeze({ quote: 5, prefix: 2, suffix: 2, position: 1 }),
  /**
   * Edits allowed in an approximate match, as a share of the quotation's length. Past a
   * quarter of its characters changed, a stretch of page text is as likely another
   * sentence as this quotation reprinted; and the search costs text length × allowed
   * edits, so the share also bounds the time.
   */
  maxErrorRatio: 0.25,
  /** Never more edits than this, whatever the length: bounds the search on a long quotation. */
  maxErrors: 200,
  /**
   * Characters of context compared on each side (the end of `prefix`, the start of
   * `suffix`): a few words, enough to tell two printings apart, short enough that
   * comparing them stays cheap for every candidate.
   */
  contextChars: 64,
  /** Approximate candidates scored with context and position (the fewest edits first). */
  maxCandidates: 32,
});
