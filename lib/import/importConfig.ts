/**
 * Every tunable number of the import and export of quote collections, each with the
 * reason for its value (see docs/corpus.md, "Importing and exporting").
 */
export const IMPORT_CONFIG = Object.freeze({
  /**
   * Quotes handed to the caller at a time. Each chunk is a self-contained corpus (its
   * quotes and the speakers and articles they name), so the next step can build one index
   * segment per chunk: 50,000 quotes make about 10 MB of index (the benchmark's 100,000
   * take 19.7 MB), small enough for a worker to build in one go, large enough that a
   * million-line file is 20 segments, not thousands.
   */
  chunkQuotes: 50_000,
  /**
   * A line (Quotebank) or an entry (corpus file) longer than this is skipped unread, its
   * bytes dropped as they stream past. Quotebank lines carry every URL the quotation was
   * seen at: a quotation printed in thousands of articles makes a line of a few MB, so
   * 16 MiB keeps those while a file with no line breaks at all never sits in memory.
   */
  maxLineBytes: 16 * 1024 * 1024,
  /**
   * Characters of a quotation. The matcher reads 2,000 characters of a selection
   * (MATCH_CONFIG.readCharLimit); a "quotation" five times that is an extraction error
   * (a whole article caught between two quotation marks), not something a reader quotes.
   */
  maxQuoteChars: 10_000,
  /** Characters of a speaker name: the longest real names with titles stay far below. */
  maxSpeakerChars: 300,
  /** Characters of a URL: browsers and servers commonly stop at about 2,000. */
  maxUrlChars: 2048,
  /**
   * Quotebank gives, per quotation, its model's probability for each candidate speaker
   * (`probas`). Below an even chance the named speaker is the model's best guess rather
   * than evidence, and a wrong named speaker is worse than none: such a quotation is
   * imported unattributed (the summary counts them).
   */
  minSpeakerProbability: 0.5,
  /**
   * A file none of whose first 1,000 non-blank lines is a quotation is no collection:
   * the import stops there with one error instead of reading a gigabyte of something else.
   */
  linesToFindACollection: 1000,
  /**
   * Skipped lines (and notes) listed by number and reason in the summary; all are
   * counted. A thousand is more than a person reads on a page; the CLI lists them all.
   */
  maxListed: 1000,
  /** Lines read between two progress reports: often enough for a smooth bar, cheap to send. */
  progressEveryLines: 5000,
  /** Characters of the file's start read to tell the formats apart. */
  sniffChars: 4096,
  /** Entries the export joins into one piece of output (fewer, larger writes). */
  exportEntriesPerPiece: 1000,
});
