/**
 * The same segment laid out as the writer lays segments out now (`SECTION_ORDER`: the
 * body last), for segments stored before: the same sections, the same header, so the same
 * documents, fingerprint and checksums. Only for bytes `openSegment` accepted.
 */
import { SECTION, SECTION_ORDER, type SectionName } from './segmentFormat';
import { sectionTable } from './splitSegment';
import { headerFields, writeSegment } from './writeSegment';

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
      ...headerFields(u32),
      sections,
    },
    order,
  );
}
