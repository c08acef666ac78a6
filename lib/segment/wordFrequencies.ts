/**
 * A segment's word table: the document frequency of every word its index holds (the
 * single-word keys, `wordKey`), sorted by key. The matcher weighs every word of a
 * candidate by its rarity over all segments (`createWordWeight`); with the table, a
 * segment whose posting lists are read on demand (`SegmentBody`) answers that from its
 * head, instead of reading the posting records of every word of every candidate (at
 * 100,000 English quotes, nearly all of them). Made by the reader's store from the whole
 * segment when it writes one (the same words the index was built from, `documentWords`),
 * checked by its checksum when read.
 */
import { documentWords } from '../match/documentWords';
import { wordKey } from '../match/shingleKeys';
import { checksum32 } from './checksum32';
import type { Segment } from './Segment';

export interface WordTable {
  /** Single-word keys, ascending. */
  keys: Uint32Array;
  /** Each key's document frequency in the segment. */
  dfs: Uint32Array;
  /** `checksum32` of the keys' bytes then the frequencies' bytes. */
  checksum: number;
}

export const wordTableChecksum = (keys: Uint32Array, dfs: Uint32Array): number => {
  const both = new Uint8Array(keys.byteLength + dfs.byteLength);
  both.set(new Uint8Array(keys.buffer, keys.byteOffset, keys.byteLength));
  both.set(new Uint8Array(dfs.buffer, dfs.byteOffset, dfs.byteLength), keys.byteLength);
  return checksum32(both);
};

/**
 * The word table of a segment read whole: from the words its builder indexed (`words`,
 * `buildSegment`'s), else from its texts, read again.
 */
export function wordFrequencies(segment: Segment, indexed?: ReadonlySet<string>): WordTable {
  // Each distinct word hashed once (a corpus says "the" a hundred thousand times).
  let words = indexed;
  if (!words) {
    const read = new Set<string>();
    for (let doc = 0; doc < segment.docCount; doc++)
      for (const word of documentWords(segment.text(doc))) read.add(word);
    words = read;
  }
  const index = segment.index;
  // Each key looked up once (-1: the index lacks it), its frequency kept when held.
  const dfOf = new Map<number, number>();
  for (const word of words) {
    const key = wordKey(word) >>> 0;
    if (dfOf.has(key)) continue;
    const p = index.lookup(key);
    dfOf.set(key, p >= 0 ? index.df(p) : -1);
  }
  const keys = Uint32Array.from([...dfOf.keys()].filter((k) => dfOf.get(k)! >= 0)).sort();
  const dfs = keys.map((k) => dfOf.get(k)!);
  return { keys, dfs, checksum: wordTableChecksum(keys, dfs) };
}

/** The frequency the table gives `key`, or -1 when the table lacks it. */
export function tableDf(table: WordTable, key: number): number {
  const keys = table.keys;
  const want = key >>> 0;
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = keys[mid]!;
    if (k === want) return table.dfs[mid]!;
    if (k < want) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
