/**
 * Cuts a segment's bytes into its head (everything before the body: header, section
 * table, index, offsets, flags) and its body in chunks of `chunkBytes`, each with its
 * checksum, for a store that reads the body on demand (`SegmentBody`). `null` when the body
 * is not the end of the file (a segment laid out before the body came last: re-lay it out
 * first with `relayoutSegment`).
 */
import { checksum32 } from './checksum32';
import { BODY_SECTIONS, HEADER, SECTION, SEGMENT_FORMAT } from './segmentFormat';

export interface SplitSegment {
  head: ArrayBuffer;
  /** The body's offset (the head's length). */
  offset: number;
  chunkBytes: number;
  chunks: ArrayBuffer[];
  checksums: number[];
}

/** Each section's id, offset and length, from the section table (bytes already checked). */
export function sectionTable(u8: Uint8Array): { id: number; offset: number; length: number }[] {
  const view = new DataView(u8.buffer, u8.byteOffset, u8.byteLength);
  const count = view.getUint32(HEADER.sectionCount, true);
  return Array.from({ length: count }, (_, i) => {
    const entry = SEGMENT_FORMAT.headerBytes + i * SEGMENT_FORMAT.sectionEntryBytes;
    return {
      id: view.getUint32(entry, true),
      offset: view.getUint32(entry + 4, true),
      length: view.getUint32(entry + 8, true),
    };
  });
}

export function splitSegment(bytes: ArrayBuffer, chunkBytes: number): SplitSegment | null {
  const u8 = new Uint8Array(bytes);
  // Bytes that are no segment (or not one this version lays out) are kept whole, as given:
  // opening them says what is wrong.
  const view = new DataView(bytes);
  if (
    u8.length < SEGMENT_FORMAT.headerBytes ||
    view.getUint32(HEADER.magic, true) !== SEGMENT_FORMAT.magic ||
    view.getUint32(HEADER.version, true) !== SEGMENT_FORMAT.version ||
    view.getUint32(HEADER.byteLength, true) !== u8.length
  )
    return null;
  const count = view.getUint32(HEADER.sectionCount, true);
  if (
    count > 64 ||
    SEGMENT_FORMAT.headerBytes + count * SEGMENT_FORMAT.sectionEntryBytes > u8.length
  )
    return null;
  const table = sectionTable(u8);
  if (table.some((s) => s.offset + s.length > u8.length)) return null;
  const bodyIds = new Set<number>(BODY_SECTIONS.map((s) => SECTION[s]));
  const body = table.filter((s) => bodyIds.has(s.id));
  const rest = table.filter((s) => !bodyIds.has(s.id));
  if (body.length !== BODY_SECTIONS.length) return null;
  const offset = Math.min(...body.map((s) => s.offset));
  if (rest.some((s) => s.offset + s.length > offset)) return null;
  const chunks: ArrayBuffer[] = [];
  const checksums: number[] = [];
  for (let at = offset; at < u8.length; at += chunkBytes) {
    const chunk = u8.slice(at, Math.min(at + chunkBytes, u8.length));
    chunks.push(chunk.buffer);
    checksums.push(checksum32(chunk));
  }
  return { head: bytes.slice(0, offset), offset, chunkBytes, chunks, checksums };
}
