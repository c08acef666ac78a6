/**
 * The inverted index of a segment's documents, made from their texts: the repair of a
 * damaged index, and the index of a new segment. Documents go in batches of at most
 * `BATCH_DOCS`; batches beyond one are merged (`mergeIndexes`), so no single sort holds
 * more than one batch's postings.
 */
import { documentWords } from '../match/documentWords';
import { shingleKeys } from '../match/shingleKeys';
import { buildIndexParts } from './buildIndexParts';
import type { IndexParts } from './IndexWriter';
import { shortRemainders } from './keyDirectory';
import { mergeIndexes } from './mergeIndexes';
import { PostingIndex } from './PostingIndex';

/**
 * Documents indexed in one sort: 65,536 documents of about 40 keys each are some 2.6
 * million postings (21 MB of floats), sorted in well under a second.
 */
export const BATCH_DOCS = 65_536;

export function indexOfTexts(
  docCount: number,
  textOf: (doc: number) => string,
  /** Told each document's words (a builder collecting the segment's vocabulary). */
  onWords?: (words: readonly string[]) => void,
): IndexParts {
  const keysOf = (doc: number) => {
    const words = documentWords(textOf(doc));
    onWords?.(words);
    return shingleKeys(words);
  };
  if (docCount <= BATCH_DOCS) return buildIndexParts(docCount, keysOf);
  const inputs = [];
  for (let from = 0; from < docCount; from += BATCH_DOCS) {
    const n = Math.min(BATCH_DOCS, docCount - from);
    const parts = buildIndexParts(n, (d) => keysOf(from + d));
    const docMap = new Int32Array(n);
    for (let d = 0; d < n; d++) docMap[d] = from + d;
    inputs.push({ index: postingIndexOf(parts, n), docMap });
  }
  return mergeIndexes(inputs, docCount);
}

/** Index parts read as a `PostingIndex` (for merging them). */
export function postingIndexOf(parts: IndexParts, docCount: number): PostingIndex {
  const r = parts.keyRemainders;
  const remainders = shortRemainders(parts.bucketBits)
    ? new Uint16Array(r.buffer, r.byteOffset, r.byteLength >>> 1)
    : new Uint32Array(r.buffer, r.byteOffset, r.byteLength >>> 2);
  const d = parts.keyDirectory;
  return new PostingIndex(
    docCount,
    parts.keyCount,
    parts.bucketBits,
    new Uint32Array(d.buffer, d.byteOffset, d.byteLength >>> 2),
    remainders,
    parts.postings,
  );
}

/** The index of an opened segment's own texts. */
export const indexFromStore = (segment: {
  docCount: number;
  text(doc: number): string;
}): IndexParts => indexOfTexts(segment.docCount, (doc) => segment.text(doc));
