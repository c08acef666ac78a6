import { describe, expect, it, vi } from 'vitest';
import type { Corpus } from '../../corpus/schema';
import { buildSegment } from '../buildSegment';
import { BATCH_DOCS } from '../indexFromStore';
import { BODY_NEEDED, openSegment } from '../openSegment';
import { KeyWalker } from '../PostingIndex';
import type { Segment } from '../Segment';
import { BodyDamaged, type BodySource } from '../SegmentBody';
import { SECTION } from '../segmentFormat';
import { sectionTable, splitSegment } from '../splitSegment';
import { wordFrequencies } from '../wordFrequencies';
import { segmentOf } from './segmentOf';
import { wideCorpus } from './wideCorpus';

/** Chunks this small cut every text and record across several, as a large body would be. */
const CHUNK = 64;

/** A corpus of several articles of our own words, besides the wide one's fields. */
const corpus: Corpus = {
  ...wideCorpus,
  articles: [
    ...wideCorpus.articles,
    ...Array.from({ length: 6 }, (_, i) => ({
      id: `more-${i}`,
      title: `More news ${i}`,
      outlet: 'The Test Gazette',
      url: `https://gazette.example/${i}`,
      published: `2025-01-0${i + 1}`,
      dateSource: 'article' as const,
      byline: null,
    })),
  ],
  quotes: [
    ...wideCorpus.quotes,
    ...Array.from({ length: 6 }, (_, i) => ({
      id: `more-${i}#1`,
      text: `The harbour wall number ${i} will be rebuilt with stone from the quarry on the hill`,
      speakerId: 'bo-chen',
      articleId: `more-${i}`,
      kind: 'direct' as const,
      context: `Chen said the harbour wall number ${i} will be rebuilt with stone from the quarry.`,
    })),
  ],
};

function lazyOf(
  bytes: ArrayBuffer,
  edit: (chunks: (ArrayBuffer | null)[]) => void = () => {},
): { segment: Segment; reads: number[][]; source: BodySource } {
  const split = splitSegment(bytes, CHUNK)!;
  const chunks: (ArrayBuffer | null)[] = split.chunks.map((c) => c.slice(0));
  edit(chunks);
  const reads: number[][] = [];
  const source: BodySource = {
    offset: split.offset,
    chunkBytes: split.chunkBytes,
    checksums: split.checksums,
    read: async (ns) => {
      reads.push([...ns]);
      return ns.map((n) => chunks[n] ?? null);
    },
    onDamaged: vi.fn(),
  };
  const opened = openSegment(split.head, { origin: 'reader', name: 'x', body: source });
  if (!opened.ok) throw new Error(opened.error.message);
  return { segment: opened.value, reads, source };
}

describe('a segment opened from its head, its body read on demand', () => {
  const bytes = buildSegment(corpus);
  const whole = segmentOf(corpus, 'reader');

  it('gives every document and record exactly as the whole file, reading only the chunks asked for', async () => {
    const split = splitSegment(bytes, CHUNK)!;
    expect(split.chunks.length).toBeGreaterThan(10);
    for (let doc = 0; doc < whole.docCount; doc++) {
      const { segment, reads } = lazyOf(bytes);
      expect(segment.whole).toBe(false);
      await segment.ensureDocs([doc]);
      const read = reads.flat();
      expect(read.length).toBeLessThan(split.chunks.length);
      if (doc < whole.quoteCount) expect(segment.quote(doc)).toEqual(whole.quote(doc));
      else expect(segment.narration(doc)).toEqual(whole.narration(doc));
      const a = segment.articleOf(doc);
      expect(segment.article(a)).toEqual(whole.article(a));
      // Asked again: nothing more is read.
      await segment.ensureDocs([doc]);
      expect(reads.flat()).toEqual(read);
    }
    const { segment } = lazyOf(bytes);
    await segment.loadAll();
    expect(segment.whole).toBe(true);
    expect(segment.toCorpus()).toEqual(whole.toCorpus());
  });

  it('looks up every key exactly as the whole file, its bucket read in chunks of their own', async () => {
    const walker = new KeyWalker(whole.index);
    const { segment } = lazyOf(bytes);
    const want = new Uint32Array(whole.docCount);
    const got = new Uint32Array(whole.docCount);
    let keys = 0;
    while (walker.next()) {
      expect(() => lazyOf(bytes).segment.index.lookup(walker.key)).toThrow(/were not read/);
      await segment.ensureKeys([walker.key]);
      const pos = segment.index.lookup(walker.key);
      expect(pos).toBe(walker.pos);
      const n = whole.index.decode(walker.pos, want, want.length);
      expect(segment.index.decode(pos, got, got.length)).toBe(n);
      expect(got.subarray(0, n)).toEqual(want.subarray(0, n));
      keys++;
    }
    expect(keys).toBe(whole.index.keyCount);
  });

  it('makes no buffer of the whole segment before all of it is read, then gives its bytes', async () => {
    const { segment } = lazyOf(bytes);
    await segment.ensureDocs([0, whole.docCount - 1]);
    expect(() => segment.buffer).toThrow(/not all read/);
    await segment.loadAll();
    expect(new Uint8Array(segment.buffer)).toEqual(new Uint8Array(bytes));
    // The index reads the assembled segment now, as it did its chunks' copy.
    const walker = new KeyWalker(whole.index);
    const want = new Uint32Array(whole.docCount);
    const got = new Uint32Array(whole.docCount);
    while (walker.next()) {
      const n = whole.index.decode(walker.pos, want, want.length);
      expect(segment.index.decode(segment.index.lookup(walker.key), got, got.length)).toBe(n);
      expect(got.subarray(0, n)).toEqual(want.subarray(0, n));
    }
  });

  it('never decodes bytes it has not read: a caller that skipped reading gets an error, not text', () => {
    const { segment } = lazyOf(bytes);
    expect(() => segment.quote(0)).toThrow(/used before they were read/);
    expect(() => segment.speaker(0)).toThrow(/used before they were read/);
  });

  it('reads every speaker when asked (the speaker directory)', async () => {
    const { segment } = lazyOf(bytes);
    await segment.ensureDocs([], true);
    expect(Array.from({ length: segment.speakerCount }, (_, i) => segment.speaker(i))).toEqual(
      corpus.speakers,
    );
  });

  it('refuses a chunk that fails its checksum or is missing, says so once, and reads nothing of it', async () => {
    const damaged = lazyOf(bytes, (chunks) => {
      const first = new Uint8Array(chunks[0]!);
      first[3] = (first[3] ?? 0) ^ 0x10;
    });
    const failed = damaged.segment.loadAll();
    await expect(failed).rejects.toBeInstanceOf(BodyDamaged);
    await expect(failed).rejects.toThrow(
      'x: the quote store is damaged: its part 1 fails its checksum',
    );
    expect(damaged.source.onDamaged).toHaveBeenCalledTimes(1);
    expect(() => damaged.segment.quote(0)).toThrow(/used before they were read/);
    await expect(damaged.segment.ensureDocs([1])).rejects.toBeInstanceOf(BodyDamaged);
    expect(damaged.source.onDamaged).toHaveBeenCalledTimes(1);

    const missing = lazyOf(bytes, (chunks) => {
      chunks[2] = null;
    });
    await expect(missing.segment.loadAll()).rejects.toThrow(
      'x: the quote store is damaged: its part 3 is missing',
    );
  });

  it('checks the whole body against the section checksums once it is all read', async () => {
    // Chunks that agree with their own checksums (written from bytes already damaged): only
    // the section's checksum, checked once all of it is read, can tell.
    const copy = new Uint8Array(bytes.slice(0));
    const text = sectionTable(copy).find((s) => s.id === SECTION.textBytes)!;
    copy[text.offset + 2] = (copy[text.offset + 2] ?? 0) ^ 0x01;
    const { segment } = lazyOf(copy.buffer);
    await expect(segment.loadAll()).rejects.toThrow(
      'x: the quote store is damaged: section textBytes fails its checksum',
    );
  });

  it('a head whose index is damaged asks for the whole segment (the index is rebuilt from the texts)', () => {
    const copy = new Uint8Array(bytes.slice(0));
    const keys = sectionTable(copy).find((s) => s.id === SECTION.keyRemainders)!;
    copy[keys.offset] = (copy[keys.offset] ?? 0) ^ 0xff;
    const split = splitSegment(copy.buffer, CHUNK)!;
    const opened = openSegment(split.head, {
      origin: 'reader',
      name: 'x',
      body: { ...split, read: async () => [] },
    });
    expect(opened).toMatchObject({ ok: false, error: { code: BODY_NEEDED } });
  });

  it('refuses a head that is not the length its record says, or a body of another length', () => {
    const split = splitSegment(bytes, CHUNK)!;
    const body = { ...split, read: async () => [] };
    expect(
      openSegment(split.head.slice(0, split.offset - 8), { origin: 'reader', name: 'x', body }),
    ).toMatchObject({ ok: false, error: { code: 'segment-invalid' } });
    expect(
      openSegment(split.head, {
        origin: 'reader',
        name: 'x',
        body: { ...body, checksums: split.checksums.slice(1) },
      }),
    ).toMatchObject({
      ok: false,
      error: { message: 'x: its stored body does not match the length its header states' },
    });
  });
});

describe('the word table', () => {
  it('made from the words the builder indexed is the one made from the texts, batches merged or not', () => {
    for (const batchDocs of [BATCH_DOCS, 4]) {
      const words = new Set<string>();
      const bytes = buildSegment(corpus, { words, batchDocs });
      const opened = openSegment(bytes, { origin: 'reader' });
      if (!opened.ok) throw new Error(opened.error.message);
      const fromBuilder = wordFrequencies(opened.value, words);
      expect(fromBuilder.keys.length).toBeGreaterThan(50);
      expect(fromBuilder).toEqual(wordFrequencies(opened.value));
    }
  });
});
