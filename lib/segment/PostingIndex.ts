/**
 * Reads a segment's inverted index in place (see `IndexWriter` for the record layout):
 * finds a key's posting record, its document frequency, and its documents, either in
 * order from the start (`decode`) or one target at a time (`PostingCursor.advance`).
 * Documents at or past `docCount` are never returned, whatever the bytes say.
 */
import { bucketOf, shortRemainders } from './keyDirectory';
import { SEGMENT_FORMAT } from './segmentFormat';

const BLOCK = SEGMENT_FORMAT.skipBlock;

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
    readonly bytes: Uint8Array,
  ) {
    this.buckets = 2 ** bits;
    this.short = shortRemainders(bits);
  }

  /** Bytes of the index: directory, keys and postings. */
  get byteLength(): number {
    return this.directory.byteLength + this.remainders.byteLength + this.bytes.byteLength;
  }

  /** The byte position of `key`'s posting record, or -1 when the segment lacks the key. */
  lookup(key: number): number {
    const b = bucketOf(key, this.bits);
    const first = this.directory[b]!;
    const end = this.directory[b + 1]!;
    const want = this.short ? key & 0xffff : key >>> 0;
    const rem = this.remainders;
    let k = first;
    while (k < end && rem[k]! < want) k++;
    if (k === end || rem[k] !== want) return -1;
    let p = this.directory[this.buckets + 1 + b]!;
    for (let j = first; j < k; j++) p = this.skip(p);
    return p;
  }

  /** Documents the record at `pos` lists. */
  df(pos: number): number {
    const bytes = this.bytes;
    let v = 0;
    let shift = 0;
    let c: number;
    do {
      c = bytes[pos++]!;
      v |= (c & 0x7f) << shift;
      shift += 7;
    } while (c & 0x80);
    return v >>> 0;
  }

  /** Writes the first `max` documents of the record at `pos` into `out`; returns how many. */
  decode(pos: number, out: Uint32Array, max: number): number {
    const bytes = this.bytes;
    let p = pos;
    let df = 0;
    let shift = 0;
    let c: number;
    do {
      c = bytes[p++]!;
      df |= (c & 0x7f) << shift;
      shift += 7;
    } while (c & 0x80);
    let v = 0;
    shift = 0;
    do {
      c = bytes[p++]!;
      v |= (c & 0x7f) << shift;
      shift += 7;
    } while (c & 0x80);
    const limit = this.docCount;
    if (df === 1) {
      if (max < 1 || v >>> 0 >= limit) return 0;
      out[0] = v >>> 0;
      return 1;
    }
    if (df > BLOCK) p += 8 * (Math.ceil(df / BLOCK) - 1);
    const n = Math.min(df >>> 0, max);
    let doc = 0;
    let count = 0;
    for (let i = 0; i < n; i++) {
      let gap = 0;
      shift = 0;
      do {
        c = bytes[p++]!;
        gap |= (c & 0x7f) << shift;
        shift += 7;
      } while (c & 0x80);
      doc += gap >>> 0;
      if (doc >= limit) break;
      out[count++] = doc;
    }
    return count;
  }

  /** The position just after the record at `pos`. */
  skip(pos: number): number {
    const bytes = this.bytes;
    let p = pos;
    let df = 0;
    let shift = 0;
    let c: number;
    do {
      c = bytes[p++]!;
      df |= (c & 0x7f) << shift;
      shift += 7;
    } while (c & 0x80);
    let v = 0;
    shift = 0;
    do {
      c = bytes[p++]!;
      v |= (c & 0x7f) << shift;
      shift += 7;
    } while (c & 0x80);
    return df === 1 ? p : p + (v >>> 0);
  }

  /** The whole key at position `k` of the key list, in bucket `bucket`. */
  keyAt(k: number, bucket: number): number {
    const r = this.remainders[k]!;
    if (!this.short) return r;
    return ((bucket << (32 - this.bits)) | r) >>> 0;
  }

  cursor(): PostingCursor {
    return new PostingCursor(this.bytes, this.docCount);
  }
}

/** Steps through one posting list towards ascending targets; reused across lists. */
export class PostingCursor {
  private df = 0;
  /** Start of the skip table (lists over one block) and of the gaps. */
  private skipAt = 0;
  private dataAt = 0;
  private blocks = 0;
  /** Next gap to read, documents read so far, the last document read. */
  private p = 0;
  private read = 0;
  private doc = 0;
  private started = false;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly docCount: number,
  ) {}

  private varint(): number {
    const bytes = this.bytes;
    let v = 0;
    let shift = 0;
    let c: number;
    do {
      c = bytes[this.p++]!;
      v |= (c & 0x7f) << shift;
      shift += 7;
    } while (c & 0x80);
    return v >>> 0;
  }

  /** Positions the cursor before the first document of the record at `pos`. */
  open(pos: number): void {
    this.p = pos;
    this.df = this.varint();
    this.read = 0;
    this.doc = 0;
    this.started = false;
    if (this.df === 1) {
      this.dataAt = this.p;
      this.blocks = 1;
      return;
    }
    this.varint(); // byte length
    this.blocks = Math.ceil(this.df / BLOCK);
    this.skipAt = this.p;
    this.dataAt = this.p + (this.blocks > 1 ? 8 * (this.blocks - 1) : 0);
    this.p = this.dataAt;
  }

  private u32(at: number): number {
    const b = this.bytes;
    return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
  }

  /**
   * The first document ≥ `target` from the current position on, or -1 when the list has
   * none. Targets must not decrease between calls.
   */
  advance(target: number): number {
    if (this.started && this.doc >= target) return this.doc < this.docCount ? this.doc : -1;
    // Long lists: jump to the last block whose preceding document is below the target.
    if (this.blocks > 1) {
      const block = Math.floor(this.read / BLOCK);
      let lo = block;
      let hi = this.blocks - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if (this.u32(this.skipAt + 8 * (mid - 1)) < target) lo = mid;
        else hi = mid - 1;
      }
      if (lo > block) {
        const entry = this.skipAt + 8 * (lo - 1);
        this.doc = this.u32(entry);
        this.p = this.dataAt + this.u32(entry + 4);
        this.read = lo * BLOCK;
        this.started = true;
      }
    }
    while (this.read < this.df) {
      this.doc = (this.started ? this.doc : 0) + this.varint();
      this.started = true;
      this.read++;
      if (this.doc >= this.docCount) break;
      if (this.doc >= target) return this.doc;
    }
    this.read = this.df;
    this.started = true;
    this.doc = Number.MAX_SAFE_INTEGER;
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
