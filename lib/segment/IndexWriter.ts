/**
 * Writes the inverted index of a segment: keys added in ascending order, each with its
 * documents in ascending order. Per key one posting record:
 *
 *   varint df
 *   df = 1:  varint doc
 *   df > 1:  varint byteLength, then
 *     dense (df × denseRatio ≥ documents): a bitset of every document, bit d of byte d/8;
 *     else the documents as varint gaps (the first from 0); past `skipBlock` documents,
 *     a skip table first: for every block but the first, the last document before it
 *     and the block's byte offset (u32 each), so that one document can be looked up
 *     without decoding the whole list.
 */
import { ByteWriter } from './ByteWriter';
import { GrowableUint32 } from './GrowableUint32';
import { bucketBitsFor, bucketOf, remainderOf, shortRemainders } from './keyDirectory';
import { SEGMENT_FORMAT } from './segmentFormat';

export interface IndexParts {
  keyCount: number;
  bucketBits: number;
  keyDirectory: Uint8Array;
  keyRemainders: Uint8Array;
  postings: Uint8Array;
}

const BLOCK = SEGMENT_FORMAT.skipBlock;

/** Whether a list of `df` documents of `docCount` is stored as a bitset. */
export const isDense = (df: number, docCount: number): boolean =>
  df > 1 && df * SEGMENT_FORMAT.denseRatio >= docCount;

export class IndexWriter {
  private readonly keys = new GrowableUint32(1 << 12);
  private readonly starts = new GrowableUint32(1 << 12);
  private readonly out: ByteWriter;
  private readonly data = new ByteWriter(1 << 12);
  private readonly blocks = new ByteWriter(1 << 12);
  private lastKey = -1;

  constructor(
    /** Documents of the segment the index is for (the size of a dense list's bitset). */
    private readonly docCount: number,
    expectedBytes = 1 << 16,
  ) {
    this.out = new ByteWriter(expectedBytes);
  }

  /** Adds `key` with documents `docs[0 .. count)` (ascending, distinct, count ≥ 1). */
  add(key: number, docs: ArrayLike<number>, count: number): void {
    if (key <= this.lastKey)
      throw new RangeError('IndexWriter: keys must be added in ascending order');
    this.lastKey = key;
    this.keys.push(key);
    this.starts.push(this.out.length);
    const out = this.out;
    out.varint(count);
    if (count === 1) {
      out.varint(docs[0]!);
      return;
    }
    const data = this.data;
    data.length = 0;
    if (isDense(count, this.docCount)) {
      const bits = new Uint8Array(Math.ceil(this.docCount / 8));
      for (let i = 0; i < count; i++) {
        const d = docs[i]!;
        bits[d >>> 3]! |= 1 << (d & 7);
      }
      data.bytes(bits);
    } else if (count <= BLOCK) {
      let prev = 0;
      for (let i = 0; i < count; i++) {
        const d = docs[i]!;
        data.varint(d - prev);
        prev = d;
      }
    } else {
      const blocks = this.blocks;
      blocks.length = 0;
      const nBlocks = Math.ceil(count / BLOCK);
      let prev = 0;
      for (let b = 0; b < nBlocks; b++) {
        if (b > 0) {
          data.u32(prev);
          data.u32(blocks.length);
        }
        const end = Math.min(count, (b + 1) * BLOCK);
        for (let i = b * BLOCK; i < end; i++) {
          const d = docs[i]!;
          blocks.varint(d - prev);
          prev = d;
        }
      }
      data.bytes(blocks.view());
    }
    out.varint(data.length);
    out.bytes(data.view());
  }

  finish(): IndexParts {
    const keyCount = this.keys.length;
    const bits = bucketBitsFor(keyCount);
    const buckets = 2 ** bits;
    const directory = new Uint32Array(2 * (buckets + 1));
    const remainders = shortRemainders(bits)
      ? new Uint16Array(keyCount)
      : new Uint32Array(keyCount);
    // keyStart[b] = first key of bucket b; recordStart[b] = its first record.
    let k = 0;
    for (let b = 0; b <= buckets; b++) {
      while (k < keyCount && bucketOf(this.keys.get(k), bits) < b) k++;
      directory[b] = k;
      directory[buckets + 1 + b] = k < keyCount ? this.starts.get(k) : this.out.length;
    }
    for (let i = 0; i < keyCount; i++) remainders[i] = remainderOf(this.keys.get(i), bits);
    return {
      keyCount,
      bucketBits: bits,
      keyDirectory: new Uint8Array(directory.buffer),
      keyRemainders: new Uint8Array(remainders.buffer),
      // A view, not a copy: the segment's writer copies it into place once.
      postings: this.out.view(),
    };
  }
}
