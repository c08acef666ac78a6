/**
 * Scores of the documents one check touches in one segment. Two layouts, whichever is
 * smaller for the check at hand (`reset` chooses):
 *
 * - a small open-addressing hash table sized to the postings the check will scan: a few
 *   hundred kilobytes that stay in cache, where an array of one score per document of a
 *   million-document segment (8 MB) is touched at random and misses the cache at nearly
 *   every posting;
 * - one score per document of the segment, when the segment holds no more documents than
 *   the table would have slots (a selection of common words in a 50,000-document segment
 *   scans 130,000 postings: a table of 262,144 slots, 3 MB, against 400 KB of scores):
 *   an addition is then one array access, no hashing and no probing.
 *
 * Either way the documents are listed in order of first addition and each sum is made in
 * the order of the additions, so both give the same scores.
 */
export class ScoreTable {
  /** Document + 1 per slot (0: empty). */
  private docs = new Int32Array(1024);
  private scores = new Float64Array(1024);
  /** Slots in use, in order of first use (in the dense layout, the documents). */
  private used = new Int32Array(512);
  private shift = 22;
  /** Documents the hash table takes before it is half full. */
  private limit = 512;
  /** The dense layout: one score per document, and whether it has one yet. */
  private dense = false;
  private perDoc = new Float64Array(0);
  private seen = new Uint8Array(0);
  size = 0;

  /**
   * Empties the table and makes room for `expected` documents (at most half full), of a
   * segment of `docCount` documents (when given, the dense layout is used if smaller).
   */
  reset(expected: number, docCount = Number.POSITIVE_INFINITY): void {
    if (this.dense) {
      for (let i = 0; i < this.size; i++) {
        const doc = this.used[i]!;
        this.seen[doc] = 0;
        this.perDoc[doc] = 0;
      }
    } else {
      for (let i = 0; i < this.size; i++) this.docs[this.used[i]!] = 0;
    }
    this.size = 0;
    let capacity = 1024;
    while (capacity < 2 * expected) capacity *= 2;
    this.dense = docCount <= capacity;
    if (this.dense) {
      if (this.perDoc.length < docCount) {
        this.perDoc = new Float64Array(docCount);
        this.seen = new Uint8Array(docCount);
      }
      if (this.used.length < docCount) this.used = new Int32Array(docCount);
      return;
    }
    if (capacity > this.docs.length) {
      this.docs = new Int32Array(capacity);
      this.scores = new Float64Array(capacity);
    }
    this.limit = this.docs.length >> 1;
    if (this.used.length < this.limit) this.used = new Int32Array(this.limit);
    this.shift = 32 - Math.log2(this.docs.length);
  }

  add(doc: number, score: number): void {
    if (this.dense) {
      if (this.seen[doc] === 0) {
        this.seen[doc] = 1;
        this.used[this.size++] = doc;
        this.perDoc[doc] = score;
      } else {
        this.perDoc[doc]! += score;
      }
      return;
    }
    const mask = this.docs.length - 1;
    let slot = Math.imul(doc + 1, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const d = this.docs[slot]!;
      if (d === doc + 1) {
        this.scores[slot]! += score;
        return;
      }
      if (d === 0) {
        if (this.size === this.limit) return; // full: `reset` was told fewer
        this.docs[slot] = doc + 1;
        this.scores[slot] = score;
        this.used[this.size++] = slot;
        return;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The `i`-th document added, and its score. */
  doc(i: number): number {
    return this.dense ? this.used[i]! : this.docs[this.used[i]!]! - 1;
  }

  score(i: number): number {
    return this.dense ? this.perDoc[this.used[i]!]! : this.scores[this.used[i]!]!;
  }
}
