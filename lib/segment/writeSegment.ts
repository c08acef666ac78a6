/**
 * Lays out a segment: the 64-byte header, the section table, then every section at a
 * multiple of 8 bytes (zeros between them), each with its checksum; the header's
 * checksum covers the header and the table. Same parts, same bytes. The body sections
 * (`BODY_SECTIONS`) come last, so everything before them is one prefix of the file.
 */
import { checksum32 } from './checksum32';
import { HEADER, SECTION, SECTION_ORDER, SEGMENT_FORMAT, type SectionName } from './segmentFormat';

/** The counts and fingerprint a segment's header holds. */
export interface SegmentHeader {
  docCount: number;
  quoteCount: number;
  articleCount: number;
  speakerCount: number;
  keyCount: number;
  bucketBits: number;
  extraCount: number;
  fingerprint: [number, number];
}

/** The counts and fingerprint of a header, read through `u32` (a little-endian reader). */
export function headerFields(u32: (at: number) => number): SegmentHeader {
  return {
    docCount: u32(HEADER.docCount),
    quoteCount: u32(HEADER.quoteCount),
    articleCount: u32(HEADER.articleCount),
    speakerCount: u32(HEADER.speakerCount),
    keyCount: u32(HEADER.keyCount),
    bucketBits: u32(HEADER.bucketBits),
    extraCount: u32(HEADER.extraCount),
    fingerprint: [u32(HEADER.fingerprint), u32(HEADER.fingerprint + 4)],
  };
}

export interface SegmentLayout extends SegmentHeader {
  /** Each section's bytes, or its parts to be written one after another. */
  sections: Record<SectionName, Uint8Array | readonly Uint8Array[]>;
}

const alignUp = (n: number) => Math.ceil(n / SEGMENT_FORMAT.align) * SEGMENT_FORMAT.align;

export function writeSegment(
  layout: SegmentLayout,
  /** The order of the sections in the file (tests write the order of earlier versions). */
  names: readonly SectionName[] = SECTION_ORDER,
): ArrayBuffer {
  const tableStart = SEGMENT_FORMAT.headerBytes;
  let at = alignUp(tableStart + names.length * SEGMENT_FORMAT.sectionEntryBytes);
  const placed = names.map((name, i) => {
    const section = layout.sections[name];
    const parts = section instanceof Uint8Array ? [section] : section;
    const length = parts.reduce((n, p) => n + p.length, 0);
    const offset = at;
    // Zeros between sections (checked on opening); none after the last.
    at = i + 1 < names.length ? alignUp(at + length) : at + length;
    return { name, parts, length, offset };
  });
  if (at > 0xffffffff) throw new RangeError('a segment is at most 4 GiB; merge into several');
  const buffer = new ArrayBuffer(at);
  const u8 = new Uint8Array(buffer);
  const view = new DataView(buffer);
  const u32 = (pos: number, v: number) => view.setUint32(pos, v >>> 0, true);
  u32(HEADER.magic, SEGMENT_FORMAT.magic);
  u32(HEADER.version, SEGMENT_FORMAT.version);
  u32(HEADER.byteLength, at);
  u32(HEADER.sectionCount, names.length);
  u32(HEADER.docCount, layout.docCount);
  u32(HEADER.quoteCount, layout.quoteCount);
  u32(HEADER.articleCount, layout.articleCount);
  u32(HEADER.speakerCount, layout.speakerCount);
  u32(HEADER.keyCount, layout.keyCount);
  u32(HEADER.bucketBits, layout.bucketBits);
  u32(HEADER.fingerprint, layout.fingerprint[0]);
  u32(HEADER.fingerprint + 4, layout.fingerprint[1]);
  u32(HEADER.extraCount, layout.extraCount);
  placed.forEach(({ name, parts, length, offset }, i) => {
    let p = offset;
    for (const part of parts) {
      u8.set(part, p);
      p += part.length;
    }
    const entry = tableStart + i * SEGMENT_FORMAT.sectionEntryBytes;
    u32(entry, SECTION[name]);
    u32(entry + 4, offset);
    u32(entry + 8, length);
    u32(entry + 12, checksum32(u8.subarray(offset, offset + length)));
  });
  u32(HEADER.checksum, headerChecksum(u8, names.length));
  return buffer;
}

/** The checksum of the header (less its checksum field) and the section table. */
export function headerChecksum(u8: Uint8Array, sectionCount: number): number {
  const end = SEGMENT_FORMAT.headerBytes + sectionCount * SEGMENT_FORMAT.sectionEntryBytes;
  const covered = new Uint8Array(end - 4);
  covered.set(u8.subarray(0, HEADER.checksum), 0);
  covered.set(u8.subarray(SEGMENT_FORMAT.headerBytes, end), HEADER.checksum);
  return checksum32(covered);
}
