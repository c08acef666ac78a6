/**
 * The inverted index of one batch of documents: every (key, document) pair, gathered in
 * document order, sorted by key with a stable radix sort (two passes of 16 bits over the
 * 32-bit keys, so each key's documents stay in ascending order), and written key by key.
 * `buildSegment` calls it on batches of at most `BATCH_DOCS` documents and merges the
 * batches' segments, so no sort ever holds more than one batch's postings.
 */
import { type IndexParts, IndexWriter } from './IndexWriter';

/** Documents a batch may hold. */
const MAX_BATCH_DOCS = 2 ** 21;

/** Bits of a key sorted in one pass, and the buckets of a pass. */
const RADIX_BITS = 16;
const RADIX = 1 << RADIX_BITS;

export function buildIndexParts(
  docCount: number,
  keysOf: (doc: number) => readonly number[],
): IndexParts {
  if (docCount > MAX_BATCH_DOCS)
    throw new RangeError(`buildIndexParts: at most ${MAX_BATCH_DOCS} documents at once`);
  let keys = new Uint32Array(Math.max(16, docCount * 32));
  let docs = new Uint32Array(keys.length);
  let n = 0;
  for (let doc = 0; doc < docCount; doc++) {
    const ks = keysOf(doc);
    if (n + ks.length > keys.length) {
      const size = Math.max(keys.length * 2, n + ks.length);
      const k2 = new Uint32Array(size);
      const d2 = new Uint32Array(size);
      k2.set(keys.subarray(0, n));
      d2.set(docs.subarray(0, n));
      keys = k2;
      docs = d2;
    }
    for (const key of ks) {
      keys[n] = key;
      docs[n++] = doc;
    }
  }
  const sorted = sortByKey(keys.subarray(0, n), docs.subarray(0, n));
  const writer = new IndexWriter(docCount, n * 2);
  const list = new Uint32Array(Math.max(1, docCount));
  let i = 0;
  while (i < n) {
    const key = sorted.keys[i]!;
    let count = 0;
    for (; i < n && sorted.keys[i] === key; i++) list[count++] = sorted.docs[i]!;
    writer.add(key, list, count);
  }
  return writer.finish();
}

/** A stable least-significant-digit radix sort of the pairs by key (32 bits). */
function sortByKey(keys: Uint32Array, docs: Uint32Array): { keys: Uint32Array; docs: Uint32Array } {
  const n = keys.length;
  let fromKeys: Uint32Array = keys;
  let fromDocs: Uint32Array = docs;
  let toKeys: Uint32Array = new Uint32Array(n);
  let toDocs: Uint32Array = new Uint32Array(n);
  const counts = new Uint32Array(RADIX);
  for (let shift = 0; shift < 32; shift += RADIX_BITS) {
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(fromKeys[i]! >>> shift) & (RADIX - 1)]!++;
    let at = 0;
    for (let b = 0; b < RADIX; b++) {
      const c = counts[b]!;
      counts[b] = at;
      at += c;
    }
    for (let i = 0; i < n; i++) {
      const k = fromKeys[i]!;
      const to = counts[(k >>> shift) & (RADIX - 1)]!++;
      toKeys[to] = k;
      toDocs[to] = fromDocs[i]!;
    }
    [fromKeys, toKeys] = [toKeys, fromKeys];
    [fromDocs, toDocs] = [toDocs, fromDocs];
  }
  return { keys: fromKeys, docs: fromDocs };
}
