/** The import's contract: what a caller passes in and what it gets back, chunk by chunk. */
import type { Corpus } from '../corpus/schema';

/** `quotebank`: Quotebank's quotation-centric JSON lines; `corpus`: our own export (schema of corpus/quotes.json). */
export type CollectionFormat = 'quotebank' | 'corpus';

/** A line left out of the import, or kept with a change, and why. */
export interface LineNote {
  /** 1-based line of the file (for a corpus file: the line its entry starts on). */
  line: number;
  reason: string;
}

/** Counted in full; listed up to `ImportOptions.maxListed` (IMPORT_CONFIG.maxListed), in file order. */
export interface CappedList {
  count: number;
  listed: LineNote[];
}

export interface ImportProgress {
  /** Bytes of the file as given (compressed, for a .gz) read so far: against the file's size for a progress bar. */
  bytesRead: number;
  lines: number;
  quotes: number;
  skipped: number;
}

/**
 * A part of the import: a corpus valid on its own (`parseCorpus` accepts it), holding the
 * quotes read since the last chunk and every speaker and article they (or its narration)
 * name. A speaker or article used in several chunks is in each of them, with the same id
 * and the same fields.
 */
export interface ImportChunk {
  /** 0, 1, 2, … in file order. */
  index: number;
  corpus: Corpus;
  /** The file's format (a corpus file keeps its own ids; Quotebank ids carry `idPrefix`). */
  format: CollectionFormat;
}

export interface ImportSummary {
  format: CollectionFormat;
  compression: 'gzip' | null;
  bytesRead: number;
  lines: number;
  /** Quotes handed over in chunks. */
  quotes: number;
  /** Of them, quotes no named person is given for. */
  unattributed: number;
  /** Of them, quotes whose named speaker Quotebank itself gave less than IMPORT_CONFIG.minSpeakerProbability. */
  weakSpeakerDropped: number;
  /** Distinct speakers, and distinct articles, in the chunks. */
  speakers: number;
  articles: number;
  narration: number;
  chunks: number;
  /** Lines (or entries) left out. */
  skipped: CappedList;
  /** Lines kept with a change: a link not made, a name kept as plain text, ids dropped. */
  notes: CappedList;
}

export interface ImportOptions {
  /** Forces the format; otherwise it is told from the file's first bytes. */
  format?: CollectionFormat;
  /** `YYYY-MM-DD` of this import: each article's `addedAt` (kept when a corpus file gives one). */
  addedAt: string;
  /** Put before every id the import makes (Quotebank), so two imports never share one. Default: none. */
  idPrefix?: string;
  /** The article title of a Quotebank quotation with no usable URL: `NAME, line N`. Default `Quotebank`. */
  collectionName?: string;
  /** Quotes per chunk; default IMPORT_CONFIG.chunkQuotes. */
  chunkQuotes?: number;
  /** Skipped lines (and notes) listed in the summary; default IMPORT_CONFIG.maxListed. All are counted. */
  maxListed?: number;
  signal?: AbortSignal;
  /**
   * Receives each chunk, in order; the reader waits for it before reading on. Commit
   * nothing until `readCollection` returns ok: a failed or cancelled import hands over
   * some chunks and then an error.
   */
  onChunk: (chunk: ImportChunk) => void | Promise<void>;
  onProgress?: (progress: ImportProgress) => void;
}
