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

  /**
   * The `limit` best-scoring documents, best first (ties to the lower document). A min-heap
   * of `limit` entries over the table's arrays, read in place: n·log(limit), whatever n is,
   * and no call per entry (the first check of a woken worker runs this before the engine
   * has optimised it, over some 10,000 entries a segment).
   */
  best(limit: number): { doc: number; score: number }[] {
    const hs = new Float64Array(limit);
    const hd = new Uint32Array(limit);
    /** Whether heap entry a ranks below b: a lower score, or the higher document on a tie. */
    const below = (a: number, b: number) => hs[a]! < hs[b]! || (hs[a] === hs[b] && hd[a]! > hd[b]!);
    const swap = (a: number, b: number) => {
      const s = hs[a]!;
      const d = hd[a]!;
      hs[a] = hs[b]!;
      hd[a] = hd[b]!;
      hs[b] = s;
      hd[b] = d;
    };
    const { dense, used, perDoc, docs, scores } = this;
    let size = 0;
    for (let i = 0; i < this.size; i++) {
      const at = used[i]!;
      const doc = dense ? at : docs[at]! - 1;
      const score = dense ? perDoc[at]! : scores[at]!;
      if (size < limit) {
        let j = size++;
        hs[j] = score;
        hd[j] = doc;
        while (j > 0) {
          const parent = (j - 1) >> 1;
          if (!below(j, parent)) break;
          swap(j, parent);
          j = parent;
        }
        continue;
      }
      // Most entries rank below the heap's least and are passed over here.
      const least = hs[0]!;
      if (score < least || (score === least && doc > hd[0]!)) continue;
      hs[0] = score;
      hd[0] = doc;
      let j = 0;
      for (;;) {
        const l = 2 * j + 1;
        const r = l + 1;
        let m = j;
        if (l < size && below(l, m)) m = l;
        if (r < size && below(r, m)) m = r;
        if (m === j) break;
        swap(j, m);
        j = m;
      }
    }
    const top: { doc: number; score: number }[] = [];
    for (let i = 0; i < size; i++) top.push({ doc: hd[i]!, score: hs[i]! });
    return top.sort((a, b) => b.score - a.score || a.doc - b.doc);
  }
}
