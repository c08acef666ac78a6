/**
 * Opens a segment buffer without parsing it: checks the header (magic, version, length,
 * checksum), the section table (every section inside the buffer, aligned, of the size its
 * counts require) and every section's checksum, then views the sections in place.
 *
 * A segment whose header or quote store is damaged is refused with one message naming
 * the problem. A segment whose index alone is damaged is repaired: the index is rebuilt
 * from the quote store (`segment.repaired` says why; `segment.buffer` is the repaired
 * segment, to be stored in place of the damaged one). A half-read file never answers.
 */
import { err, ok, type QcError, type Result } from '../result';
import { fingerprintText } from './ContentHasher';
import { checksum32 } from './checksum32';
import type { IndexParts } from './IndexWriter';
import { indexFromStore } from './indexFromStore';
import { shortRemainders } from './keyDirectory';
import { PostingIndex } from './PostingIndex';
import { Segment, type SegmentViews } from './Segment';
import { type BodySource, SegmentBody } from './SegmentBody';
import type { SegmentOrigin } from './SegmentOrigin';
import {
  BODY_SECTIONS,
  HEADER,
  INDEX_SECTIONS,
  SECTION,
  SEGMENT_FORMAT,
  type SectionName,
  STORE_SECTIONS,
} from './segmentFormat';
import {
  type SegmentHeader as Header,
  headerChecksum,
  headerFields,
  writeSegment,
} from './writeSegment';

export interface OpenOptions {
  origin: SegmentOrigin;
  /** Names the segment in messages (a file name, "the bundled corpus"). */
  name?: string;
  /**
   * The body read on demand: `input` is then the segment's head alone (its bytes before
   * `body.offset`), and the body's chunks are read and checked as checks need them.
   */
  body?: BodySource;
}

/**
 * The error code of a head whose index is damaged: the index is rebuilt from the texts,
 * so the whole segment must be read first (then opened as a whole, and repaired).
 */
export const BODY_NEEDED = 'segment-body-needed';

/** Thrown inside this module only, and turned into the one error value. */
class Refusal extends Error {}
/** A head whose index must be rebuilt: the caller reads the whole segment and opens that. */
class BodyNeeded extends Error {}

const refuse = (message: string): never => {
  throw new Refusal(message);
};

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

const sectionNameOf = new Map<number, SectionName>(
  Object.entries(SECTION).map(([name, id]) => [id, name as SectionName]),
);

export function openSegment(
  input: ArrayBuffer | Uint8Array,
  options: OpenOptions,
): Result<Segment, QcError> {
  const name = options.name ?? 'segment';
  try {
    return ok(open(input, options, null));
  } catch (e) {
    if (e instanceof Refusal)
      return err({ code: 'segment-invalid', message: `${name}: ${e.message}` });
    if (e instanceof BodyNeeded)
      return err({ code: BODY_NEEDED, message: `${name}: ${e.message}` });
    throw e;
  }
}

function open(
  input: ArrayBuffer | Uint8Array,
  options: OpenOptions,
  repaired: string | null,
): Segment {
  if (!LITTLE_ENDIAN) refuse('segments are little-endian and this platform is not');
  const body = options.body;
  // Views need their sections at multiples of 8 within the ArrayBuffer.
  const u8 = body
    ? checkedHead(input, body)
    : input instanceof Uint8Array
      ? input.byteOffset % SEGMENT_FORMAT.align === 0
        ? input
        : input.slice()
      : new Uint8Array(input);
  /** Where the bytes read so far end: the head's end, or the whole segment. */
  const readEnd = body ? body.offset : u8.length;
  const view = new DataView(u8.buffer, u8.byteOffset, u8.byteLength);
  const u32 = (pos: number) => view.getUint32(pos, true);
  /** The whole segment's length: a head's header states it (`checkedHead` checked it). */
  const total = body ? u32(HEADER.byteLength) : u8.length;
  if (u8.length < 4 || u32(HEADER.magic) !== SEGMENT_FORMAT.magic)
    refuse('not a Quote Check segment (it does not start with "QCSG")');
  if (u8.length < SEGMENT_FORMAT.headerBytes)
    refuse(`the segment is truncated: ${u8.length} bytes, shorter than its header`);
  const version = u32(HEADER.version);
  if (version !== SEGMENT_FORMAT.version)
    refuse(
      `segment format version ${version}; this Quote Check reads version ${SEGMENT_FORMAT.version}`,
    );
  const byteLength = u32(HEADER.byteLength);
  if (byteLength !== total)
    refuse(
      total < byteLength
        ? `the segment is truncated: ${total} of its ${byteLength} bytes`
        : `the segment has ${total - byteLength} bytes more than its header says`,
    );
  const sectionCount = u32(HEADER.sectionCount);
  const tableEnd = SEGMENT_FORMAT.headerBytes + sectionCount * SEGMENT_FORMAT.sectionEntryBytes;
  if (sectionCount > 64 || tableEnd > readEnd) refuse('its section table does not fit in it');
  if (headerChecksum(u8, sectionCount) !== u32(HEADER.checksum))
    refuse('its header fails its checksum (the file is damaged)');
  const header: Header = headerFields(u32);
  if (header.quoteCount > header.docCount) refuse('it counts more quotes than documents');
  if (header.bucketBits > 24) refuse('its key directory is too large to be real');

  /** Each section: where it lies, its checksum, and its bytes when they are in `u8`. */
  const found = new Map<
    SectionName,
    { offset: number; length: number; bytes: Uint8Array | null; checksum: number }
  >();
  for (let i = 0; i < sectionCount; i++) {
    const entry = SEGMENT_FORMAT.headerBytes + i * SEGMENT_FORMAT.sectionEntryBytes;
    const section = sectionNameOf.get(u32(entry));
    if (!section) refuse(`its section table names an unknown section (${u32(entry)})`);
    const offset = u32(entry + 4);
    const length = u32(entry + 8);
    if (offset % SEGMENT_FORMAT.align !== 0 || offset < tableEnd || offset + length > total)
      refuse(`section ${section} lies outside the segment (offset ${offset}, ${length} bytes)`);
    if (found.has(section!)) refuse(`section ${section} appears twice`);
    if (body && BODY_SECTIONS.includes(section!) !== offset >= readEnd)
      refuse(`section ${section} is not where a stored head and body put it`);
    if (body && offset < readEnd && offset + length > readEnd)
      refuse(`section ${section} runs past the stored head`);
    found.set(section!, {
      offset,
      length,
      // A head's body sections are not in `u8`: they come in chunks (`SegmentBody`).
      bytes: body && offset >= readEnd ? null : u8.subarray(offset, offset + length),
      checksum: u32(entry + 12),
    });
  }
  // Every byte is a section's or a zero between two: a damaged byte anywhere is seen.
  const spans = [...found.values()]
    .map((f) => [f.offset, f.length] as const)
    .sort((a, b) => a[0] - b[0]);
  let covered = tableEnd;
  /** Gaps in the body, not read yet: checked once it is (`SegmentBody`). */
  const bodyGaps: [number, number][] = [];
  for (const [offset, length] of spans) {
    if (offset < covered) refuse('two of its sections overlap');
    for (let i = covered; i < Math.min(offset, readEnd); i++)
      if (u8[i] !== 0) refuse('it holds bytes outside its sections');
    if (offset > readEnd) bodyGaps.push([Math.max(covered, readEnd), offset]);
    covered = offset + length;
  }
  if (covered !== total) refuse('it holds bytes outside its sections');
  /** A section's bytes (an empty view for a body section still to come: see `lengthOf`). */
  const bytesOf = (s: SectionName) => {
    const f = found.get(s);
    if (!f) return refuse(`section ${s} is missing`);
    return f.bytes ?? new Uint8Array(0);
  };
  const lengthOf = (s: SectionName) => {
    const f = found.get(s);
    if (!f) return refuse(`section ${s} is missing`);
    return f.length;
  };
  /** Why section `s` fails its checksum, or `null`; `whole` holds a head's body once read. */
  const damage = (s: SectionName, whole: Uint8Array = u8): string | null => {
    const f = found.get(s)!;
    const bytes = f.bytes ?? whole.subarray(f.offset, f.offset + f.length);
    return checksum32(bytes) !== f.checksum
      ? `${INDEX_SECTIONS.includes(s) ? 'its index' : 'the quote store'} is damaged: section ${s} fails its checksum`
      : null;
  };
  /** Sections read now (a head's body sections are checked once all of the body is read). */
  const readNow = (s: SectionName) => !(body && BODY_SECTIONS.includes(s));
  for (const s of STORE_SECTIONS) {
    if (!found.has(s)) refuse(`section ${s} is missing`);
    const why = readNow(s) ? damage(s) : null;
    if (why) refuse(why);
  }
  const store = storeViews(header, bytesOf, lengthOf);

  /** The index, once made: a head's postings are attached to it as they are read. */
  let made: PostingIndex | null = null;
  const postingsPlace = found.get('postings');
  const lazy = body
    ? new SegmentBody(
        u8,
        total,
        body,
        options.name ?? 'segment',
        checksum32,
        (whole) => {
          for (const s of BODY_SECTIONS) {
            const why = damage(s, whole);
            if (why) return why;
          }
          // Gaps between the body's sections hold zeros, as in a whole file.
          for (const [from, to] of bodyGaps)
            for (let i = from; i < to; i++)
              if (whole[i] !== 0) return 'it holds bytes outside its sections';
          return null;
        },
        {
          at: postingsPlace?.offset ?? total,
          length: postingsPlace?.length ?? 0,
          attach: (bytes) => made?.attachPostings(bytes),
        },
      )
    : null;
  const broken = INDEX_SECTIONS.find((s) => {
    const f = found.get(s);
    return !f || (readNow(s) && checksum32(f.bytes!) !== f.checksum);
  });
  // Postings read on demand: a lookup asks the body whether its bucket's bytes are in.
  const postingsAt = postingsPlace?.offset ?? 0;
  const index = broken
    ? `section ${broken} ${found.has(broken) ? 'fails its checksum' : 'is missing'}`
    : indexViews(
        header,
        bytesOf,
        lengthOf,
        lazy ? (from, to) => lazy.has(postingsAt + from, postingsAt + to) : null,
      );
  if (typeof index === 'string') {
    if (body) throw new BodyNeeded(`its index must be rebuilt (${index})`);
    return repair(u8, header, store, options, index);
  }
  made = index;
  return new Segment(
    lazy
      ? null
      : u8.byteOffset === 0 && u8.byteLength === u8.buffer.byteLength
        ? (u8.buffer as ArrayBuffer)
        : (u8.slice().buffer as ArrayBuffer),
    options.origin,
    header.docCount,
    header.quoteCount,
    header.articleCount,
    header.speakerCount,
    fingerprintText(header.fingerprint),
    index,
    store,
    repaired,
    lazy,
    lazy
      ? {
          text: found.get('textBytes')!.offset,
          record: found.get('recordBytes')!.offset,
          postings: postingsAt,
        }
      : null,
  );
}

/**
 * A stored head, checked against its body's description, viewed in place (its sections are
 * read from its own bytes; the body's chunks stay in their own buffers as they are read).
 */
function checkedHead(input: ArrayBuffer | Uint8Array, body: BodySource): Uint8Array {
  const given = input instanceof Uint8Array ? input : new Uint8Array(input);
  // Views need their sections at multiples of 8 within the ArrayBuffer.
  const head = given.byteOffset % SEGMENT_FORMAT.align === 0 ? given : given.slice();
  if (head.length !== body.offset || head.length < SEGMENT_FORMAT.headerBytes)
    refuse(`its stored head holds ${head.length} bytes, not the ${body.offset} it should`);
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  if (view.getUint32(HEADER.magic, true) !== SEGMENT_FORMAT.magic)
    refuse('not a Quote Check segment (it does not start with "QCSG")');
  const byteLength = view.getUint32(HEADER.byteLength, true);
  const chunks = Math.ceil((byteLength - body.offset) / body.chunkBytes);
  if (byteLength < body.offset || body.chunkBytes <= 0 || chunks !== body.checksums.length)
    refuse('its stored body does not match the length its header states');
  return head;
}

const words32 = (b: Uint8Array) => new Uint32Array(b.buffer, b.byteOffset, b.byteLength >>> 2);

/**
 * Where `a[from..to)` first goes down (the index of the smaller value), or -1. One loop for
 * every list of offsets a head holds (store and key directory): a worker just woken runs it
 * before the engine has optimised anything, and a loop made hot by the first list is
 * already fast for the next.
 */
function firstDecrease(a: Uint32Array, from: number, to: number): number {
  if (to <= from) return -1;
  let prev = a[from]!;
  for (let i = from + 1; i < to; i++) {
    const v = a[i]!;
    if (v < prev) return i;
    prev = v;
  }
  return -1;
}

/** Non-decreasing, and the last value at most `max`. */
function monotone(a: Uint32Array, max: number, what: string): void {
  if (firstDecrease(a, 0, a.length) >= 0)
    refuse(`the quote store is damaged: ${what} go backwards`);
  if (a.length > 0 && a[a.length - 1]! > max)
    refuse(`the quote store is damaged: ${what} point past the data`);
}

function sized(bytes: Uint8Array, expected: number, what: string): Uint8Array {
  if (bytes.length !== expected)
    refuse(
      `the quote store is damaged: section ${what} holds ${bytes.length} bytes, expected ${expected}`,
    );
  return bytes;
}

function storeViews(
  h: Header,
  bytesOf: (s: SectionName) => Uint8Array,
  lengthOf: (s: SectionName) => number,
): SegmentViews {
  const narration = h.docCount - h.quoteCount;
  const vocabBytes = bytesOf('vocabBytes');
  const vocabRaw = bytesOf('vocabOffsets');
  if (vocabRaw.length < 4 || vocabRaw.length % 4 !== 0)
    refuse('the quote store is damaged: section vocabOffsets is not a list of offsets');
  const vocabOffsets = words32(vocabRaw);
  monotone(vocabOffsets, vocabBytes.length, 'vocabulary offsets');
  const textBytes = bytesOf('textBytes');
  const textOffsets = words32(
    sized(bytesOf('textOffsets'), 4 * (h.docCount + h.quoteCount + 1), 'textOffsets'),
  );
  monotone(textOffsets, lengthOf('textBytes'), 'text offsets');
  const quoteSpeaker = words32(sized(bytesOf('quoteSpeaker'), 4 * h.quoteCount, 'quoteSpeaker'));
  // (Indexed loops here and below: a worker just woken runs this before the engine has
  // compiled it, where an iterator costs a call per quote.)
  for (let i = 0; i < quoteSpeaker.length; i++) {
    const s = quoteSpeaker[i]!;
    if (s !== SEGMENT_FORMAT.noSpeaker && s >= h.speakerCount)
      refuse('the quote store is damaged: a quote names a speaker it does not hold');
  }
  const quoteFlags = sized(bytesOf('quoteFlags'), h.quoteCount, 'quoteFlags');
  const articleQuotes = words32(
    sized(bytesOf('articleQuotes'), 4 * (h.articleCount + 1), 'articleQuotes'),
  );
  const articleNarration = words32(
    sized(bytesOf('articleNarration'), 4 * (h.articleCount + 1), 'articleNarration'),
  );
  monotone(articleQuotes, h.quoteCount, 'article quote ranges');
  monotone(articleNarration, narration, 'article narration ranges');
  if (articleQuotes[0] !== 0 || articleQuotes[h.articleCount] !== h.quoteCount)
    refuse('the quote store is damaged: its articles do not cover its quotes');
  if (articleNarration[0] !== 0 || articleNarration[h.articleCount] !== narration)
    refuse('the quote store is damaged: its articles do not cover its narration');
  const recordBytes = bytesOf('recordBytes');
  const recordOffsets = words32(
    sized(
      bytesOf('recordOffsets'),
      4 * (h.articleCount + h.speakerCount + h.extraCount + 1),
      'recordOffsets',
    ),
  );
  monotone(recordOffsets, lengthOf('recordBytes'), 'record offsets');
  const extraDocs = words32(sized(bytesOf('extraDocs'), 4 * h.extraCount, 'extraDocs'));
  for (let i = 0; i < extraDocs.length; i++) {
    if (extraDocs[i]! >= h.docCount || (i > 0 && extraDocs[i]! <= extraDocs[i - 1]!))
      refuse(
        'the quote store is damaged: its list of documents with their own ids is out of order',
      );
  }
  return {
    vocabOffsets,
    vocabBytes,
    textOffsets,
    textBytes,
    quoteSpeaker,
    quoteFlags,
    articleQuotes,
    articleNarration,
    recordOffsets,
    recordBytes,
    extraDocs,
  };
}

/** The index sections viewed in place, or why they cannot be used. */
function indexViews(
  h: Header,
  bytesOf: (s: SectionName) => Uint8Array,
  lengthOf: (s: SectionName) => number,
  has: ((from: number, to: number) => boolean) | null,
): PostingIndex | string {
  const buckets = 2 ** h.bucketBits;
  const dirRaw = bytesOf('keyDirectory');
  if (dirRaw.length !== 8 * (buckets + 1)) return 'its key directory has the wrong size';
  const directory = words32(dirRaw);
  const remRaw = bytesOf('keyRemainders');
  const width = shortRemainders(h.bucketBits) ? 2 : 4;
  if (remRaw.length !== width * h.keyCount) return 'its key list has the wrong size';
  const remainders =
    width === 2 ? new Uint16Array(remRaw.buffer, remRaw.byteOffset, h.keyCount) : words32(remRaw);
  const postings = bytesOf('postings');
  // The first bucket where either list goes down names the fault (keys first at a tie).
  const keysDown = firstDecrease(directory, 0, buckets + 1);
  const recordsDown = firstDecrease(directory, buckets + 1, 2 * buckets + 2);
  const keysAt = keysDown < 0 ? buckets : keysDown - 1;
  const recordsAt = recordsDown < 0 ? buckets : recordsDown - buckets - 2;
  if (keysAt < buckets && keysAt <= recordsAt) return 'its key directory goes backwards';
  if (recordsAt < buckets) return 'its posting offsets go backwards';
  if (directory[0] !== 0 || directory[buckets] !== h.keyCount)
    return 'its key directory does not cover its keys';
  if (directory[2 * buckets + 1]! > lengthOf('postings'))
    return 'its posting offsets point past the data';
  return new PostingIndex(
    h.docCount,
    h.keyCount,
    h.bucketBits,
    directory,
    remainders,
    postings,
    has,
  );
}

/** Rebuilds a damaged index from the (checked) quote store and opens the result. */
function repair(
  u8: Uint8Array,
  h: Header,
  store: SegmentViews,
  options: OpenOptions,
  why: string,
): Segment {
  // A segment over the store alone gives the texts; its (empty) index is never read.
  const empty = new PostingIndex(
    h.docCount,
    0,
    0,
    new Uint32Array(4),
    new Uint32Array(0),
    new Uint8Array(0),
  );
  const texts = new Segment(
    u8.buffer as ArrayBuffer,
    options.origin,
    h.docCount,
    h.quoteCount,
    h.articleCount,
    h.speakerCount,
    fingerprintText(h.fingerprint),
    empty,
    store,
  );
  const parts: IndexParts = indexFromStore(texts);
  const rebuilt = writeSegment({
    ...h,
    keyCount: parts.keyCount,
    bucketBits: parts.bucketBits,
    sections: {
      vocabOffsets: bytesOfView(store.vocabOffsets),
      vocabBytes: store.vocabBytes,
      textOffsets: bytesOfView(store.textOffsets),
      textBytes: store.textBytes,
      quoteSpeaker: bytesOfView(store.quoteSpeaker),
      quoteFlags: store.quoteFlags,
      articleQuotes: bytesOfView(store.articleQuotes),
      articleNarration: bytesOfView(store.articleNarration),
      recordOffsets: bytesOfView(store.recordOffsets),
      recordBytes: store.recordBytes,
      extraDocs: bytesOfView(store.extraDocs),
      keyDirectory: parts.keyDirectory,
      keyRemainders: parts.keyRemainders,
      postings: parts.postings,
    },
  });
  return open(rebuilt, options, `the index was rebuilt from the quote store: ${why}`);
}

const bytesOfView = (a: Uint32Array): Uint8Array =>
  new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
