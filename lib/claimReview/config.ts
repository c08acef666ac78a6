/** Lengths the ClaimReview fields are cut to, each with its reason. */
export const CLAIM_REVIEW_CONFIG = Object.freeze({
  /**
   * `claimReviewed`: the characters the matcher reads of a selection (its
   * `readCharLimit`, 2,000): the claim reviewed is what was checked, no more.
   */
  claimChars: 2000,
  /** A person's or an outlet's name: the longest real ones are well under 100 characters. */
  nameChars: 200,
  /** A headline or a page title: news headlines stay under 200; 300 leaves room. */
  headlineChars: 300,
  /** `reviewBody`: the reason, the attribution and the quote as printed (a quote is at most 2,000). */
  bodyChars: 2600,
});
