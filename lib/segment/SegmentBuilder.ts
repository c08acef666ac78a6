/**
 * Assembles a segment's quote store from documents already cut into vocabulary ranks,
 * and writes it with an inverted index into one buffer (`writeSegment`). The two ways to
 * make a segment share it: `buildSegment` (from a corpus: texts cut into runs) and
 * `mergeSegments` (from other segments: ranks mapped to a new vocabulary).
 *
 * Order is the caller's: articles in order; quotes grouped by article in that order; the
 * narration likewise; each article's quote and narration counts given with it.
 */

import type { SourceKind } from '../corpus/schema';
import { ByteWriter } from './ByteWriter';
import { ContentHasher, runHashA, runHashB } from './ContentHasher';
import { writeCodeword } from './etdc';
import { GrowableUint32 } from './GrowableUint32';
import type { IndexParts } from './IndexWriter';
import { QUOTE_FLAG } from './segmentFormat';
import { isWordRun } from './textRuns';
import { type SegmentLayout, writeSegment } from './writeSegment';

const SOURCE_KIND_BITS: Record<SourceKind, number> = { anonymous: 1, organisation: 2 };

export interface QuoteEntry {
  /** The quote's id, and whether the reader can derive it (`<articleId>#<n>`). */
  id: string;
  derivedId: boolean;
  ranks: ArrayLike<number>;
  rankCount: number;
  /** `null`: the context is the text itself. */
  contextRanks: ArrayLike<number> | null;
  contextRankCount: number;
  /** Index into the speakers added, or `SEGMENT_FORMAT.noSpeaker` (no named person). */
  speaker: number;
  reported: boolean;
  source?: string;
  sourceKind?: SourceKind;
}

export interface NarrationEntry {
  id: string;
  derivedId: boolean;
  ranks: ArrayLike<number>;
  rankCount: number;
}

export class SegmentBuilder {
  private readonly hashA: Uint32Array;
  private readonly hashB: Uint32Array;
  private readonly word: Uint8Array;
  private readonly spaceA = runHashA(' ');
  private readonly spaceB = runHashB(' ');
  private readonly quoteTexts = new ByteWriter(1 << 16);
  private readonly narrationTexts = new ByteWriter(1 << 12);
  private readonly contexts = new ByteWriter(1 << 12);
  private readonly quoteEnds = new GrowableUint32();
  private readonly narrationEnds = new GrowableUint32();
  private readonly contextEnds = new GrowableUint32();
  private readonly speakers = new GrowableUint32();
  private readonly flags = new ByteWriter(1 << 12);
  private readonly articleQuotes = new GrowableUint32();
  private readonly articleNarration = new GrowableUint32();
  private readonly articleRecords: string[] = [];
  private readonly speakerRecords: string[] = [];
  /** Documents whose id cannot be derived or that name an unnamed source: quotes, then narration. */
  private readonly quoteExtras: { doc: number; record: string }[] = [];
  private readonly narrationExtras: { index: number; record: string }[] = [];
  private readonly quoteHash = new ContentHasher();
  private readonly narrationHash = new ContentHasher();
  private quotes = 0;
  private narration = 0;

  constructor(private readonly tokens: readonly string[]) {
    this.hashA = new Uint32Array(tokens.length);
    this.hashB = new Uint32Array(tokens.length);
    this.word = new Uint8Array(tokens.length);
    tokens.forEach((t, i) => {
      this.hashA[i] = runHashA(t);
      this.hashB[i] = runHashB(t);
      this.word[i] = isWordRun(t) ? 1 : 0;
    });
    this.articleQuotes.push(0);
    this.articleNarration.push(0);
  }

  addArticle(record: string, quoteCount: number, narrationCount: number): void {
    this.articleRecords.push(record);
    this.articleQuotes.push(this.articleQuotes.get(this.articleQuotes.length - 1) + quoteCount);
    this.articleNarration.push(
      this.articleNarration.get(this.articleNarration.length - 1) + narrationCount,
    );
  }

  /** Returns the speaker's index. */
  addSpeaker(record: string): number {
    this.speakerRecords.push(record);
    return this.speakerRecords.length - 1;
  }

  private encode(out: ByteWriter, ranks: ArrayLike<number>, n: number, hash: ContentHasher | null) {
    let prevWord = false;
    for (let i = 0; i < n; i++) {
      const r = ranks[i]!;
      writeCodeword(out, r);
      if (hash) {
        const w = this.word[r] === 1;
        if (w && prevWord) hash.mix(this.spaceA, this.spaceB);
        hash.mix(this.hashA[r]!, this.hashB[r]!);
        prevWord = w;
      }
    }
  }

  private docHeader(hash: ContentHasher, kind: string, id: string): void {
    hash.mixString(kind);
    hash.mixString(id);
    hash.mixString('\u0003');
  }

  addQuote(q: QuoteEntry): void {
    const doc = this.quotes++;
    this.docHeader(this.quoteHash, '\u0002', q.id);
    this.encode(this.quoteTexts, q.ranks, q.rankCount, this.quoteHash);
    this.quoteEnds.push(this.quoteTexts.length);
    if (q.contextRanks) this.encode(this.contexts, q.contextRanks, q.contextRankCount, null);
    this.contextEnds.push(this.contexts.length);
    this.speakers.push(q.speaker);
    let flags = q.reported ? QUOTE_FLAG.reported : 0;
    if (!q.contextRanks) flags |= QUOTE_FLAG.contextIsText;
    if (q.sourceKind) flags |= SOURCE_KIND_BITS[q.sourceKind] << QUOTE_FLAG.sourceKindShift;
    this.flags.byte(flags);
    if (!q.derivedId || q.source !== undefined) {
      const record = JSON.stringify([q.derivedId ? null : q.id, q.source ?? null]);
      this.quoteExtras.push({ doc, record });
    }
  }

  addNarration(n: NarrationEntry): void {
    const index = this.narration++;
    this.docHeader(this.narrationHash, '\u0004', n.id);
    this.encode(this.narrationTexts, n.ranks, n.rankCount, this.narrationHash);
    this.narrationEnds.push(this.narrationTexts.length);
    if (!n.derivedId) this.narrationExtras.push({ index, record: JSON.stringify([n.id, null]) });
  }

  finish(index: IndexParts): ArrayBuffer {
    const quoteCount = this.quotes;
    const docCount = quoteCount + this.narration;
    const articleCount = this.articleRecords.length;
    if (this.articleQuotes.get(articleCount) !== quoteCount)
      throw new RangeError(
        'SegmentBuilder: article quote counts do not add up to the quotes added',
      );
    if (this.articleNarration.get(articleCount) !== this.narration)
      throw new RangeError('SegmentBuilder: article narration counts do not add up');

    // Texts: quotes, narration, then the quotes' contexts; one offset table for all.
    const textOffsets = new Uint32Array(docCount + quoteCount + 1);
    let at = 1;
    for (let i = 0; i < quoteCount; i++) textOffsets[at++] = this.quoteEnds.get(i);
    const qBytes = this.quoteTexts.length;
    for (let i = 0; i < this.narration; i++) textOffsets[at++] = qBytes + this.narrationEnds.get(i);
    const nBytes = qBytes + this.narrationTexts.length;
    for (let i = 0; i < quoteCount; i++) textOffsets[at++] = nBytes + this.contextEnds.get(i);
    // The texts section is the three texts written one after another (copied into
    // place once, by the writer).
    const textBytes = [this.quoteTexts.view(), this.narrationTexts.view(), this.contexts.view()];

    const encoder = new TextEncoder();
    const vocab = packStrings(this.tokens, encoder);
    const records = packStrings(
      [
        ...this.articleRecords,
        ...this.speakerRecords,
        ...this.quoteExtras.map((e) => e.record),
        ...this.narrationExtras.map((e) => e.record),
      ],
      encoder,
    );
    const extra = Uint32Array.from([
      ...this.quoteExtras.map((e) => e.doc),
      ...this.narrationExtras.map((e) => quoteCount + e.index),
    ]);

    const sections: SegmentLayout['sections'] = {
      vocabOffsets: bytesOf(vocab.offsets),
      vocabBytes: vocab.bytes,
      textOffsets: bytesOf(textOffsets),
      textBytes,
      quoteSpeaker: bytesOf(this.speakers.toArray()),
      quoteFlags: this.flags.view(),
      articleQuotes: bytesOf(this.articleQuotes.toArray()),
      articleNarration: bytesOf(this.articleNarration.toArray()),
      recordOffsets: bytesOf(records.offsets),
      recordBytes: records.bytes,
      extraDocs: bytesOf(extra),
      keyDirectory: index.keyDirectory,
      keyRemainders: index.keyRemainders,
      postings: index.postings,
    };
    const q = this.quoteHash.digest();
    const n = this.narrationHash.digest();
    const combined = new ContentHasher();
    combined.mix(q[0], q[1]);
    combined.mix(n[0], n[1]);
    return writeSegment({
      docCount,
      quoteCount,
      articleCount,
      speakerCount: this.speakerRecords.length,
      keyCount: index.keyCount,
      bucketBits: index.bucketBits,
      extraCount: extra.length,
      fingerprint: combined.digest(),
      sections,
    });
  }
}

const bytesOf = (a: Uint32Array): Uint8Array =>
  new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/** Strings as UTF-8 one after another, with offsets (length + 1). */
function packStrings(
  strings: readonly string[],
  encoder: TextEncoder,
): { offsets: Uint32Array; bytes: Uint8Array } {
  const out = new ByteWriter(1 << 12);
  const offsets = new Uint32Array(strings.length + 1);
  strings.forEach((s, i) => {
    out.bytes(encoder.encode(s));
    offsets[i + 1] = out.length;
  });
  return { offsets, bytes: out.view() };
}
