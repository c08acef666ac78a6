/**
 * The binary segment format: constants shared by the writer (`writeSegment`) and the
 * reader (`openSegment`). Layout and the reason for each number: docs/matcher.md,
 * "Segment format". Bump `version` on any change to the bytes.
 */
export const SEGMENT_FORMAT = Object.freeze({
  /** "QCSG": the first four bytes of every segment. */
  magic: 0x47534351,
  version: 1,
  /** Fixed header; the section table follows it. */
  headerBytes: 64,
  /** Bytes per section-table entry: id, offset, length, checksum (u32 each). */
  sectionEntryBytes: 16,
  /** Sections start at multiples of 8, so any typed array can view them in place. */
  align: 8,
  /**
   * Target keys per bucket of the key directory: a lookup scans at most a few dozen
   * 16-bit key remainders and skips as many posting records, while the directory costs
   * about half a byte per key.
   */
  keysPerBucket: 16,
  /**
   * Postings per skip block in long posting lists: a lookup of one document in a list
   * gallops over the block starts from the last one it found and decodes at most this
   * many gaps. 32 costs a quarter of a byte a posting and keeps a lookup to a couple of
   * dozen steps, which matters for the common words every check looks up in its 256 best
   * documents (`MATCH_CONFIG.retrievalPool`): at a million quotes, a third less time in
   * those lookups than blocks of 64, for 2% more segment.
   */
  skipBlock: 32,
  /**
   * A posting list holding at least one document in this many is stored as a bitset of
   * every document: no larger than its gaps would be (each under this many, one byte),
   * and a lookup is one bit.
   */
  denseRatio: 8,
  /** Quote speaker index meaning "no named person said it" (`speakerId: null`). */
  noSpeaker: 0xffffffff,
});

/** Section ids (the writer puts them in this order, the `BODY_SECTIONS` last). */
export const SECTION = Object.freeze({
  vocabOffsets: 1,
  vocabBytes: 2,
  textOffsets: 3,
  textBytes: 4,
  quoteSpeaker: 5,
  quoteFlags: 6,
  articleQuotes: 7,
  articleNarration: 8,
  recordOffsets: 9,
  recordBytes: 10,
  extraDocs: 11,
  keyDirectory: 20,
  keyRemainders: 21,
  postings: 22,
});

export type SectionName = keyof typeof SECTION;

/** Sections of the quote store: if one is damaged nothing can be answered from the segment. */
export const STORE_SECTIONS: readonly SectionName[] = [
  'vocabOffsets',
  'vocabBytes',
  'textOffsets',
  'textBytes',
  'quoteSpeaker',
  'quoteFlags',
  'articleQuotes',
  'articleNarration',
  'recordOffsets',
  'recordBytes',
  'extraDocs',
];

/**
 * The body: the index's posting lists, the texts' codewords and the article, speaker and
 * document records, written last, so that the bytes before it (header, key directory and
 * keys, offsets, speakers of quotes, flags: a tenth to a third of a segment) are all that
 * must be read before a check. The reader's store keeps the body in chunks and a check
 * reads what it needs on demand (`SegmentBody`): the posting records of its keys' buckets,
 * then its candidates' texts and records; a file is read whole as before.
 */
export const BODY_SECTIONS: readonly SectionName[] = ['postings', 'textBytes', 'recordBytes'];

/** Sections in the order the writer lays them out: every other one by id, then the body. */
export const SECTION_ORDER: readonly SectionName[] = [
  ...(Object.keys(SECTION) as SectionName[]).filter((s) => !BODY_SECTIONS.includes(s)),
  ...BODY_SECTIONS,
];

/** Sections of the inverted index: rebuilt from the store when damaged. */
export const INDEX_SECTIONS: readonly SectionName[] = ['keyDirectory', 'keyRemainders', 'postings'];

/** Bits of `quoteFlags`. */
export const QUOTE_FLAG = Object.freeze({
  reported: 1,
  /** The context is the quote's text itself (stored once). */
  contextIsText: 2,
  /** Bits 2–3: 0 none, 1 anonymous, 2 organisation. */
  sourceKindShift: 2,
  sourceKindMask: 0b1100,
});

/** Header fields: byte offsets into the header. */
export const HEADER = Object.freeze({
  magic: 0,
  version: 4,
  byteLength: 8,
  sectionCount: 12,
  docCount: 16,
  quoteCount: 20,
  articleCount: 24,
  speakerCount: 28,
  keyCount: 32,
  /** Bits of the key directory (buckets = 2^bits). */
  bucketBits: 36,
  fingerprint: 40,
  extraCount: 48,
  /** Checksum of the header's first 60 bytes and the section table. */
  checksum: 60,
});
