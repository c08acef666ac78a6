/**
 * Every tunable number of the matcher, in one frozen object, each with the reason for
 * its value. Scores are in [0, 1]; 1 means the same words.
 */
export const MATCH_CONFIG = Object.freeze({
  /**
   * Characters of a selection the matcher reads. 2,000 characters is about 350 words:
   * four times the longest quotation in the seed articles, so no real quote is cut,
   * while the alignment (words × quote words per candidate) stays well under a
   * millisecond. Longer selections are cut and the result says so (`truncated`).
   */
  readCharLimit: 2000,
  /** Fewer words than this cannot be told apart from common phrases ("he said"). */
  minWords: 3,
  /**
   * Posting lists longer than this are not scanned (a bigram such as "of the" occurs in
   * a large share of any English corpus and says little about which quote this is);
   * this caps retrieval cost at (query shingles × this) whatever the corpus size.
   */
  maxPostings: 4000,
  /** Candidates kept from the index for fuse.js scoring and alignment. */
  candidates: 12,
  /** Matches returned (the contract says up to five). */
  maxMatches: 5,
  /** fuse.js reads this many normalised characters of the selection (bitap cost grows with it). */
  fusePatternChars: 96,
  /** Share of fuse.js's similarity in a match score; alignment carries the rest. */
  fuseWeight: 0.15,
  /**
   * Alignment rewards and costs, per word: a match must outweigh an edit on each side;
   * a substitution costs no more than one gap, so a changed word is paired with the
   * word it replaced (open → closed) rather than read as an insertion.
   */
  align: Object.freeze({ match: 2, spelling: 1, mismatch: -1, gap: -1 }),
  /** Below this alignment similarity nothing is claimed to match: verdict `no-match`. */
  noMatchBelow: 0.5,
  /**
   * From here down to `noMatchBelow`, content changes without a typed change of meaning
   * read as the same statement reworded (`paraphrase`); above it, as `altered` words.
   */
  alteredFrom: 0.72,
  /** A paraphrase must still share this many content words, in order, with its source. */
  paraphraseMinSharedContentWords: 4,
  /** Narration wins (`source-text`) only when it beats the best quote by this margin. */
  narrationMargin: 0.05,
  /** `source-text` needs at least this similarity to the narration sentence. */
  sourceTextFrom: 0.72,
  /**
   * Words of this length or more may differ by one edit and still count as the same
   * word spelled otherwise (`realise`/`realize`); shorter words must match exactly
   * (`now`/`not` is a change of meaning, not a spelling).
   */
  spellingMinLength: 5,
  /** Words of this length or more may differ by two edits (`organisation`/`organization`-like). */
  spellingTwoEditsLength: 9,
});
