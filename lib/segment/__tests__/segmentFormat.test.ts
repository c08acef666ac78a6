import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../corpus/parseCorpus';
import seed from '../../match/__tests__/fixtures/seedCorpus.json';
import { buildSegment } from '../buildSegment';
import { checksum32 } from '../checksum32';
import { openSegment } from '../openSegment';
import { HEADER, SEGMENT_FORMAT } from '../segmentFormat';
import { headerChecksum } from '../writeSegment';
import { wideCorpus } from './wideCorpus';

const seedCorpus = (() => {
  const r = parseCorpus(seed);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
})();

const open = (bytes: ArrayBuffer | Uint8Array) =>
  openSegment(bytes, { origin: 'reader', name: 'x.qcs' });
const u32At = (bytes: Uint8Array, at: number) => new DataView(bytes.buffer).getUint32(at, true);
const setU32 = (bytes: Uint8Array, at: number, v: number) =>
  new DataView(bytes.buffer).setUint32(at, v, true);
/** A copy with the header checksum made right again after an edit of header or table. */
const resealed = (bytes: Uint8Array) => {
  setU32(bytes, HEADER.checksum, headerChecksum(bytes, u32At(bytes, HEADER.sectionCount)));
  return bytes;
};
const flip = (bytes: Uint8Array, at: number, bits: number) => {
  bytes[at] = (bytes[at] ?? 0) ^ bits;
};
/** Where section number `i` of the table starts and how long it is. */
const section = (bytes: Uint8Array, i: number) => {
  const entry = SEGMENT_FORMAT.headerBytes + i * SEGMENT_FORMAT.sectionEntryBytes;
  return { entry, offset: u32At(bytes, entry + 4), length: u32At(bytes, entry + 8) };
};
/** Table position of a section by its id. */
const sectionIndex = (bytes: Uint8Array, id: number) => {
  for (let i = 0; i < u32At(bytes, HEADER.sectionCount); i++)
    if (u32At(bytes, SEGMENT_FORMAT.headerBytes + i * SEGMENT_FORMAT.sectionEntryBytes) === id)
      return i;
  throw new Error(`no section ${id}`);
};

describe('a segment', () => {
  it('gives back the corpus it was built from, every field of every record', () => {
    for (const corpus of [seedCorpus, wideCorpus]) {
      const opened = open(buildSegment(corpus));
      expect(opened.ok).toBe(true);
      if (!opened.ok) return;
      expect(opened.value.toCorpus()).toEqual(corpus);
      expect(opened.value.repaired).toBeNull();
    }
  });

  it('is the same bytes for the same corpus, built in one batch or in many', () => {
    const one = new Uint8Array(buildSegment(seedCorpus));
    expect(new Uint8Array(buildSegment(structuredClone(seedCorpus)))).toEqual(one);
    expect(new Uint8Array(buildSegment(seedCorpus, { batchDocs: 7 }))).toEqual(one);
    expect(new Uint8Array(buildSegment(wideCorpus, { batchDocs: 1 }))).toEqual(
      new Uint8Array(buildSegment(wideCorpus)),
    );
  });

  it('stores its fingerprint: the same for the same documents, another when a text changes', () => {
    const a = open(buildSegment(wideCorpus));
    const changed = structuredClone(wideCorpus);
    changed.quotes[1]!.text = 'the tolls would stay at 2.50 for four years';
    const b = open(buildSegment(changed));
    const again = open(buildSegment(wideCorpus, { batchDocs: 2 }));
    expect(a.ok && b.ok && again.ok).toBe(true);
    if (!a.ok || !b.ok || !again.ok) return;
    expect(a.value.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(again.value.fingerprint).toBe(a.value.fingerprint);
    expect(b.value.fingerprint).not.toBe(a.value.fingerprint);
  });

  it('codes its texts in well under their UTF-8 size, vocabulary included', () => {
    const bytes = new Uint8Array(buildSegment(seedCorpus));
    const size = (id: number) => section(bytes, sectionIndex(bytes, id)).length;
    const encoder = new TextEncoder();
    const utf8 = [
      ...seedCorpus.quotes.flatMap((q) => (q.context === q.text ? [q.text] : [q.text, q.context])),
      ...seedCorpus.narration.map((n) => n.text),
    ].reduce((n, text) => n + encoder.encode(text).length, 0);
    const texts = size(4); // textBytes
    const vocabulary = size(1) + size(2);
    expect(texts).toBeLessThan(0.4 * utf8);
    expect(texts + vocabulary).toBeLessThan(0.8 * utf8);
  });
});

describe('a damaged segment', () => {
  const good = () => new Uint8Array(buildSegment(wideCorpus));

  it('is refused when it is not a segment, or of another format version', () => {
    expect(open(new TextEncoder().encode('{"schemaVersion": 1}'))).toEqual({
      ok: false,
      error: {
        code: 'segment-invalid',
        message: 'x.qcs: not a Quote Check segment (it does not start with "QCSG")',
      },
    });
    expect(open(new Uint8Array(10))).toMatchObject({
      error: { message: expect.stringContaining('not a Quote Check segment') },
    });
    expect(open(good().slice(0, 10))).toMatchObject({
      error: { message: 'x.qcs: the segment is truncated: 10 bytes, shorter than its header' },
    });
    const v2 = good();
    setU32(v2, HEADER.version, 2);
    expect(open(v2)).toMatchObject({
      error: { message: 'x.qcs: segment format version 2; this Quote Check reads version 1' },
    });
  });

  it('is refused when truncated or with bytes after its end', () => {
    const bytes = good();
    expect(open(bytes.slice(0, bytes.length - 8))).toMatchObject({
      error: {
        message: `x.qcs: the segment is truncated: ${bytes.length - 8} of its ${bytes.length} bytes`,
      },
    });
    const longer = new Uint8Array(bytes.length + 3);
    longer.set(bytes);
    expect(open(longer)).toMatchObject({
      error: { message: 'x.qcs: the segment has 3 bytes more than its header says' },
    });
  });

  it('is refused when a section lies outside it', () => {
    const bytes = good();
    const { entry } = section(bytes, sectionIndex(bytes, 4));
    setU32(bytes, entry + 8, bytes.length);
    expect(open(resealed(bytes))).toMatchObject({
      error: {
        message: expect.stringMatching(
          /^x\.qcs: section textBytes lies outside the segment \(offset \d+, \d+ bytes\)$/,
        ),
      },
    });
  });

  it('is refused when its header or its quote store fails a checksum', () => {
    const header = good();
    flip(header, HEADER.docCount, 1);
    expect(open(header)).toMatchObject({
      error: { message: 'x.qcs: its header fails its checksum (the file is damaged)' },
    });
    const store = good();
    const text = section(store, sectionIndex(store, 4));
    flip(store, text.offset + 1, 0x40);
    expect(open(store)).toMatchObject({
      error: { message: 'x.qcs: the quote store is damaged: section textBytes fails its checksum' },
    });
  });

  it('is refused when its counts and its sections disagree, checksums or not', () => {
    const bytes = good();
    setU32(bytes, HEADER.quoteCount, u32At(bytes, HEADER.quoteCount) + 1);
    expect(open(resealed(bytes))).toMatchObject({
      error: {
        message: expect.stringContaining('the quote store is damaged: section textOffsets holds'),
      },
    });
  });

  it("checks every list of offsets goes forward, the sections' checksums made right again", () => {
    /** Sets word `at` of section `id` and reseals its checksum and the header's. */
    const edited = (id: number, word: number, value: (old: number) => number) => {
      const bytes = good();
      const s = section(bytes, sectionIndex(bytes, id));
      setU32(bytes, s.offset + 4 * word, value(u32At(bytes, s.offset + 4 * word)));
      setU32(bytes, s.entry + 12, checksum32(bytes.subarray(s.offset, s.offset + s.length)));
      return open(resealed(bytes));
    };
    expect(edited(3, 2, () => 0)).toMatchObject({
      error: { message: 'x.qcs: the quote store is damaged: text offsets go backwards' },
    });
    expect(edited(1, 2, () => 0)).toMatchObject({
      error: { message: 'x.qcs: the quote store is damaged: vocabulary offsets go backwards' },
    });
    const dir = (why: string, word: (buckets: number) => number) => {
      const buckets = 2 ** u32At(good(), HEADER.bucketBits);
      const opened = edited(20, word(buckets), (old) => old + 1_000_000);
      expect(opened.ok && opened.value.repaired).toBe(
        `the index was rebuilt from the quote store: ${why}`,
      );
    };
    dir('its key directory goes backwards', () => 1);
    dir('its posting offsets go backwards', (buckets) => buckets + 2);
  });

  it('with a damaged index, rebuilds the index from its quote store and answers the same', () => {
    const bytes = good();
    const postings = section(bytes, sectionIndex(bytes, 22));
    flip(bytes, postings.offset + 5, 0xff);
    const opened = open(bytes);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.value.repaired).toBe(
      'the index was rebuilt from the quote store: section postings fails its checksum',
    );
    // The repaired buffer is a whole, good segment: what a store should keep instead.
    expect(new Uint8Array(opened.value.buffer)).toEqual(good());
  });

  it('never opens with other documents than it was built with, whatever byte is damaged or cut', () => {
    const bytes = good();
    const corpus = open(bytes.slice()).ok ? wideCorpus : null;
    fc.assert(
      fc.property(
        fc.nat({ max: bytes.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        (at, bits) => {
          const damaged = bytes.slice();
          flip(damaged, at, bits);
          const opened = open(damaged);
          if (opened.ok) expect(opened.value.toCorpus()).toEqual(corpus);
        },
      ),
      { numRuns: 400 },
    );
    fc.assert(
      fc.property(fc.nat({ max: bytes.length - 1 }), (length) => {
        expect(open(bytes.slice(0, length)).ok).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});
