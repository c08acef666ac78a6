/**
 * The inverted index of one batch of documents: every (key, document) pair packed into
 * one float (`key × 2^21 + doc`, exact below 2^53), sorted natively, and written key by
 * key. `buildSegment` calls it on batches of at most `BATCH_DOCS` documents and merges
 * the batches' segments, so no sort ever holds more than one batch's postings.
 */
import { type IndexParts, IndexWriter } from './IndexWriter';

/** Documents a batch may hold (the packing's limit). */
const MAX_BATCH_DOCS = 2 ** 21;

export function buildIndexParts(
  docCount: number,
  keysOf: (doc: number) => readonly number[],
): IndexParts {
  if (docCount > MAX_BATCH_DOCS)
    throw new RangeError(`buildIndexParts: at most ${MAX_BATCH_DOCS} documents at once`);
  let packed = new Float64Array(Math.max(16, docCount * 32));
  let n = 0;
  for (let doc = 0; doc < docCount; doc++) {
    const keys = keysOf(doc);
    if (n + keys.length > packed.length) {
      const next = new Float64Array(Math.max(packed.length * 2, n + keys.length));
      next.set(packed.subarray(0, n));
      packed = next;
    }
    for (const key of keys) packed[n++] = key * MAX_BATCH_DOCS + doc;
  }
  const sorted = packed.subarray(0, n).sort();
  const writer = new IndexWriter(docCount, n * 2);
  const docs = new Uint32Array(Math.max(1, docCount));
  let i = 0;
  while (i < n) {
    const key = Math.floor(sorted[i]! / MAX_BATCH_DOCS);
    let count = 0;
    for (; i < n; i++) {
      const v = sorted[i]!;
      const k = Math.floor(v / MAX_BATCH_DOCS);
      if (k !== key) break;
      docs[count++] = v - k * MAX_BATCH_DOCS;
    }
    writer.add(key, docs, count);
  }
  return writer.finish();
}
