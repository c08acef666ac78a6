/**
 * Reads a segment's inverted index in place (see `IndexWriter` for the record layout):
 * finds a key's posting record, its document frequency, and its documents, either in
 * order from the start (`decode`) or one target at a time (`PostingCursor.advance`).
 * Documents at or past `docCount` are never returned, whatever the bytes say.
 */
import { isDense } from './IndexWriter';
import { bucketOf, shortRemainders } from './keyDirectory';
import { NotRead } from './SegmentBody';
import { SEGMENT_FORMAT } from './segmentFormat';

const BLOCK = SEGMENT_FORMAT.skipBlock;

/** A varint at `pos`: the value and the position after it, through one reused pair. */
const read = { value: 0, pos: 0 };
function varintAt(bytes: Uint8Array, pos: number): typeof read {
  let v = 0;
  let shift = 0;
  let c: number;
  do {
    c = bytes[pos++]!;
    v |= (c & 0x7f) << shift;
    shift += 7;
  } while (c & 0x80 && shift < 35);
  read.value = v >>> 0;
  read.pos = pos;
  return read;
}

export class PostingIndex {
  private readonly buckets: number;
  private readonly short: boolean;

  constructor(
    readonly docCount: number,
    readonly keyCount: number,
    readonly bits: number,
    /** keyStart[0..buckets], then recordStart[0..buckets]. */
    readonly directory: Uint32Array,
    private readonly remainders: Uint16Array | Uint32Array,
    /** The posting records (a head's: empty until `attachPostings`). */
    private postings: Uint8Array,
    /**
     * For postings read on demand (`SegmentBody`): whether bytes `[from, to)` are read. A
     * lookup in a bucket not read throws (`NotRead`) rather than read zeros as postings.
     */
    private readonly has: ((from: number, to: number) => boolean) | null = null,
  ) {
    this.buckets = 2 ** bits;
    this.short = shortRemainders(bits);
  }

  /** The posting records. */
  get bytes(): Uint8Array {
    return this.postings;
  }

  /**
   * Gives the posting records of a segment opened from its head, once its body's first
   * chunk of them is read (lookups ask `has` before reading any).
   */
  attachPostings(bytes: Uint8Array): void {
    this.postings = bytes;
  }

  /** Bytes of the index: directory, keys and postings. */
  get byteLength(): number {
    return this.directory.byteLength + this.remainders.byteLength + this.bytes.byteLength;
  }

  /** Whether the segment holds `key` (its key list alone: no posting is read). */
  hasKey(key: number): boolean {
    return this.rank(key, bucketOf(key, this.bits)) >= 0;
  }

  /** Where `key` stands in the key list (within its bucket `b`), or -1 when the segment lacks it. */
  private rank(key: number, b: number): number {
    const end = this.directory[b + 1]!;
    const want = this.short ? key & 0xffff : key >>> 0;
    const rem = this.remainders;
    let k = this.directory[b]!;
    while (k < end && rem[k]! < want) k++;
    return k < end && rem[k] === want ? k : -1;
  }

  /** The byte position of `key`'s posting record, or -1 when the segment lacks the key. */
  lookup(key: number): number {
    const b = bucketOf(key, this.bits);
    const k = this.rank(key, b);
    if (k < 0) return -1;
    let p = this.directory[this.buckets + 1 + b]!;
    if (this.has && !this.has(p, this.directory[this.buckets + 2 + b]!))
      throw new NotRead(`the posting records of bucket ${b} were not read`);
    for (let j = this.directory[b]!; j < k; j++) p = this.skip(p);
    return p;
  }

  /** The byte range of the posting records of `key`'s bucket. */
  bucketBytes(key: number): [number, number] {
    const b = bucketOf(key, this.bits);
    return [this.directory[this.buckets + 1 + b]!, this.directory[this.buckets + 2 + b]!];
  }

  /** The position just after the record at `pos`. */
  skip(pos: number): number {
    const df = varintAt(this.bytes, pos).value;
    const next = varintAt(this.bytes, read.pos);
    return df === 1 ? next.pos : next.pos + next.value;
  }

  /** The whole key at position `k` of the key list, in bucket `bucket`. */
  keyAt(k: number, bucket: number): number {
    const r = this.remainders[k]!;
    if (!this.short) return r;
    return ((bucket << (32 - this.bits)) | r) >>> 0;
  }

  /** Documents the record at `pos` lists. */
  df(pos: number): number {
    return varintAt(this.bytes, pos).value;
  }

  /** Writes the first `max` documents of the record at `pos` into `out`; returns how many. */
  decode(pos: number, out: Uint32Array, max: number): number {
    const bytes = this.bytes;
    const df = varintAt(bytes, pos).value;
    const second = varintAt(bytes, read.pos);
    let p = second.pos;
    const limit = this.docCount;
    if (df === 1) {
      if (max < 1 || second.value >= limit) return 0;
      out[0] = second.value;
      return 1;
    }
    let count = 0;
    if (isDense(df, limit)) {
      const end = Math.min(p + second.value, p + Math.ceil(limit / 8));
      for (let byte = p; byte < end && count < max; byte++) {
        let bits = bytes[byte]!;
        while (bits !== 0 && count < max) {
          const low = bits & -bits;
          const doc = ((byte - p) << 3) + (31 - Math.clz32(low));
          if (doc >= limit) return count;
          out[count++] = doc;
          bits ^= low;
        }
      }
      return count;
    }
    if (df > BLOCK) p += 8 * (Math.ceil(df / BLOCK) - 1);
    const n = Math.min(df, max);
    let doc = 0;
    for (let i = 0; i < n; i++) {
      doc += varintAt(bytes, p).value;
      p = read.pos;
      if (doc >= limit) break;
      out[count++] = doc;
    }
    return count;
  }

  cursor(): PostingCursor {
    return new PostingCursor(this.bytes, this.docCount);
  }
}

/** Steps through one posting list towards ascending targets; reused across lists. */
export class PostingCursor {
  private df = 0;
  private dense = false;
  /** Dense lists: where the bitset starts and ends. */
  private bitsAt = 0;
  private bitsEnd = 0;
  /** Lists over one block: the skip table and the gaps. */
  private skipAt = 0;
  private dataAt = 0;
  private blocks = 0;
  /** Next gap to read, documents read so far, the last document read. */
  private p = 0;
  private count = 0;
  private doc = 0;
  private started = false;
  private done = false;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly docCount: number,
  ) {}

  /** Positions the cursor before the first document of the record at `pos`. */
  open(pos: number): void {
    this.df = varintAt(this.bytes, pos).value;
    this.count = 0;
    this.doc = 0;
    this.started = false;
    this.done = false;
    this.dense = false;
    if (this.df === 1) {
      this.p = read.pos;
      this.blocks = 1;
      return;
    }
    const length = varintAt(this.bytes, read.pos);
    this.p = length.pos;
    if (isDense(this.df, this.docCount)) {
      this.dense = true;
      this.bitsAt = this.p;
      this.bitsEnd = this.p + Math.min(length.value, Math.ceil(this.docCount / 8));
      return;
    }
    this.blocks = Math.ceil(this.df / BLOCK);
    this.skipAt = this.p;
    this.dataAt = this.p + (this.blocks > 1 ? 8 * (this.blocks - 1) : 0);
    this.p = this.dataAt;
  }

  private u32(at: number): number {
    const b = this.bytes;
    return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
  }

  /** The last document before block `m` (m ≥ 1). */
  private before(m: number): number {
    return this.u32(this.skipAt + 8 * (m - 1));
  }

  /**
   * The first document ≥ `target` from the current position on, or -1 when the list has
   * none. Targets must not decrease between calls.
   */
  advance(target: number): number {
    if (this.done) return -1;
    if (this.started && this.doc >= target) return this.doc;
    if (this.dense) return this.nextSetBit(target);
    if (this.blocks > 1) this.seekBlock(target);
    while (this.count < this.df) {
      const gap = varintAt(this.bytes, this.p).value;
      this.p = read.pos;
      this.doc = (this.started ? this.doc : 0) + gap;
      this.started = true;
      this.count++;
      if (this.doc >= this.docCount) break;
      if (this.doc >= target) return this.doc;
    }
    this.done = true;
    return -1;
  }

  /**
   * Moves to the last block whose preceding document is below `target`, when that is
   * past the current block: galloping from the current block (targets come in order and
   * close together), then a binary search in the last stride.
   */
  private seekBlock(target: number): void {
    const current = Math.floor(this.count / BLOCK);
    let lo = current;
    let step = 1;
    let hi = current + 1;
    while (hi < this.blocks && this.before(hi) < target) {
      lo = hi;
      step *= 2;
      hi = current + step;
    }
    hi = Math.min(hi, this.blocks) - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.before(mid) < target) lo = mid;
      else hi = mid - 1;
    }
    if (lo > current) {
      this.doc = this.before(lo);
      this.p = this.dataAt + this.u32(this.skipAt + 8 * (lo - 1) + 4);
      this.count = lo * BLOCK;
      this.started = true;
    }
  }

  private nextSetBit(target: number): number {
    const bytes = this.bytes;
    let byte = this.bitsAt + (target >>> 3);
    if (byte < this.bitsEnd) {
      let bits = bytes[byte]! & (0xff << (target & 7));
      for (;;) {
        if (bits !== 0) {
          const doc = ((byte - this.bitsAt) << 3) + (31 - Math.clz32(bits & -bits));
          if (doc >= this.docCount) break;
          this.doc = doc;
          this.started = true;
          return doc;
        }
        if (++byte >= this.bitsEnd) break;
        bits = bytes[byte]!;
      }
    }
    this.done = true;
    return -1;
  }
}

/** Walks an index's keys in ascending order with the position of each key's record. */
export class KeyWalker {
  key = -1;
  pos = 0;
  private k = -1;
  private bucket = 0;

  constructor(private readonly index: PostingIndex) {}

  /** Moves to the next key; `false` past the last. */
  next(): boolean {
    const ix = this.index;
    if (this.k >= 0) this.pos = ix.skip(this.pos);
    this.k++;
    if (this.k >= ix.keyCount) return false;
    while (ix.directory[this.bucket + 1]! <= this.k) this.bucket++;
    this.key = ix.keyAt(this.k, this.bucket);
    return true;
  }
}
