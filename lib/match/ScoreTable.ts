/**
 * Scores of the documents one check touches, in a small open-addressing hash table
 * sized to the postings the check will scan: a few hundred kilobytes that stay in cache,
 * where an array of one score per document of a million-document segment (8 MB) is
 * touched at random and misses the cache at nearly every posting.
 */
export class ScoreTable {
  /** Document + 1 per slot (0: empty). */
  private docs = new Int32Array(1024);
  private scores = new Float64Array(1024);
  /** Slots in use, in order of first use. */
  private used = new Int32Array(512);
  private shift = 22;
  size = 0;

  /** Empties the table and makes room for `expected` documents (at most half full). */
  reset(expected: number): void {
    for (let i = 0; i < this.size; i++) this.docs[this.used[i]!] = 0;
    this.size = 0;
    let capacity = this.docs.length;
    while (capacity < 2 * expected) capacity *= 2;
    if (capacity !== this.docs.length) {
      this.docs = new Int32Array(capacity);
      this.scores = new Float64Array(capacity);
      this.used = new Int32Array(capacity >> 1);
    }
    this.shift = 32 - Math.log2(capacity);
  }

  add(doc: number, score: number): void {
    const mask = this.docs.length - 1;
    let slot = Math.imul(doc + 1, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const d = this.docs[slot]!;
      if (d === doc + 1) {
        this.scores[slot]! += score;
        return;
      }
      if (d === 0) {
        if (this.size === this.used.length) return; // full: `reset` was told fewer
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
    return this.docs[this.used[i]!]! - 1;
  }

  score(i: number): number {
    return this.scores[this.used[i]!]!;
  }
}
