/**
 * The same segment laid out as the writer lays segments out now (`SECTION_ORDER`: the
 * body last), for segments stored before: the same sections, the same header, so the same
 * documents, fingerprint and checksums. Only for bytes `openSegment` accepted.
 */
import { HEADER, SECTION, SECTION_ORDER, type SectionName } from './segmentFormat';
import { sectionTable } from './splitSegment';
import { writeSegment } from './writeSegment';

const nameOf = new Map<number, SectionName>(
  Object.entries(SECTION).map(([name, id]) => [id, name as SectionName]),
);

export function relayoutSegment(
  bytes: ArrayBuffer,
  order: readonly SectionName[] = SECTION_ORDER,
): ArrayBuffer {
  const u8 = new Uint8Array(bytes);
  const view = new DataView(bytes);
  const u32 = (at: number) => view.getUint32(at, true);
  const sections = {} as Record<SectionName, Uint8Array>;
  for (const s of sectionTable(u8))
    sections[nameOf.get(s.id)!] = u8.subarray(s.offset, s.offset + s.length);
  return writeSegment(
    {
      docCount: u32(HEADER.docCount),
      quoteCount: u32(HEADER.quoteCount),
      articleCount: u32(HEADER.articleCount),
      speakerCount: u32(HEADER.speakerCount),
      keyCount: u32(HEADER.keyCount),
      bucketBits: u32(HEADER.bucketBits),
      extraCount: u32(HEADER.extraCount),
      fingerprint: [u32(HEADER.fingerprint), u32(HEADER.fingerprint + 4)],
      sections,
    },
    order,
  );
}
