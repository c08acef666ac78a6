/**
 * The prebuilt retrieval index: an inverted index from shingle keys (hashed word
 * bigrams and words, see `shingleKeys`) to documents, stored as three flat arrays
 * (compressed sparse rows) so that it costs 4 bytes a posting and loads without
 * per-key objects. Documents `0 .. quoteCount-1` are the corpus quotes in order, the
 * rest its narration sentences in order.
 */
export interface ShingleIndex {
  /** Which corpus (and index format) this index was built from; see `corpusFingerprint`. */
  fingerprint: string;
  docCount: number;
  quoteCount: number;
  /** Sorted, distinct keys. */
  keys: Uint32Array;
  /** Postings of `keys[i]` are `postings[offsets[i] .. offsets[i + 1])`; length keys + 1. */
  offsets: Uint32Array;
  /** Document numbers, ascending within each key. */
  postings: Uint32Array;
}

/** Bumped whenever the index layout or the keys it stores change. */
export const INDEX_FORMAT_VERSION = 1;
