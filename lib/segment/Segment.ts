/**
 * One opened segment: typed-array views over its buffer, read in place. Texts, articles
 * and speakers are decoded only when asked for (the candidates of a check), and the few
 * decoded recently are kept. `openSegment` makes one after checking the bytes.
 */
import type { Article, Corpus, Narration, Quote, SourceKind, Speaker } from '../corpus/schema';
import { readCodewords } from './etdc';
import type { PostingIndex } from './PostingIndex';
import { parseArticleRecord, parseSpeakerRecord } from './records';
import type { SegmentBody } from './SegmentBody';
import type { SegmentOrigin } from './SegmentOrigin';
import { QUOTE_FLAG, SEGMENT_FORMAT } from './segmentFormat';
import { isWordRun } from './textRuns';
import { tableDf, type WordTable, wordTableChecksum } from './wordFrequencies';

export interface SegmentViews {
  vocabOffsets: Uint32Array;
  vocabBytes: Uint8Array;
  textOffsets: Uint32Array;
  textBytes: Uint8Array;
  quoteSpeaker: Uint32Array;
  quoteFlags: Uint8Array;
  articleQuotes: Uint32Array;
  articleNarration: Uint32Array;
  recordOffsets: Uint32Array;
  recordBytes: Uint8Array;
  extraDocs: Uint32Array;
}

/** Records decoded (articles, speakers) kept between checks; forgotten past this many. */
const RECORD_CACHE_LIMIT = 4096;

const SOURCE_KINDS: readonly (SourceKind | undefined)[] = [undefined, 'anonymous', 'organisation'];

let nextUid = 1;

export class Segment {
  /** Unique in this process: a key for caches of decoded documents. */
  readonly uid = nextUid++;
  readonly narrationCount: number;
  private readonly decoder = new TextDecoder();
  /** Vocabulary runs decoded so far, and whether each is a word run (1) or not (2). */
  private readonly runs: (string | undefined)[];
  private readonly runKind: Uint8Array;
  private readonly articles = new Map<number, Article>();
  private readonly speakers = new Map<number, Speaker>();
  private articleIds: Map<string, number> | null = null;

  constructor(
    /** The segment's bytes, as given; `null` for a body read on demand (see `buffer`). */
    private readonly given: ArrayBuffer | null,
    readonly origin: SegmentOrigin,
    readonly docCount: number,
    readonly quoteCount: number,
    readonly articleCount: number,
    readonly speakerCount: number,
    /** 16 hex digits identifying the documents (ids and texts, in order). */
    readonly fingerprint: string,
    readonly index: PostingIndex,
    private readonly v: SegmentViews,
    /** Set when the index was damaged and rebuilt from the quote store on opening: why. */
    readonly repaired: string | null = null,
    /** The body, when it is read on demand (`null`: all of the segment is in `buffer`). */
    private readonly body: SegmentBody | null = null,
    /**
     * With `body`: where the texts', records' and postings' sections start in the segment
     * (their bytes come in the body's chunks, not in `v`).
     */
    private readonly bodyAt: { text: number; record: number; postings: number } | null = null,
  ) {
    this.narrationCount = docCount - quoteCount;
    const vocabSize = v.vocabOffsets.length - 1;
    this.runs = new Array(vocabSize);
    this.runKind = new Uint8Array(vocabSize);
  }

  /**
   * The segment's bytes (persist these to keep it). A segment read on demand has them
   * once all of it is read (`whole`); before, this throws `NotRead`.
   */
  get buffer(): ArrayBuffer {
    return this.body ? this.body.whole() : this.given!;
  }

  /**
   * Bytes `[from, to)` of the texts' section (`record`: the records'), checked as read
   * (`NotRead` when a caller skipped `ensureDocs`/`loadAll`: a fault of the code, never
   * of the data: nothing unread is ever decoded).
   */
  private sectionBytes(record: boolean, from: number, to: number): Uint8Array {
    if (!this.body) return (record ? this.v.recordBytes : this.v.textBytes).subarray(from, to);
    const at = record ? this.bodyAt!.record : this.bodyAt!.text;
    return this.body.bytes(at + from, at + to);
  }

  /** Where text bytes `[from, to)` are: in the section itself, or in a body's chunk. */
  private textSpan(from: number, to: number): [Uint8Array, number, number] {
    if (!this.body) return [this.v.textBytes, from, to];
    const bytes = this.sectionBytes(false, from, to);
    return [bytes, 0, bytes.length];
  }

  /** A document's text (quote or narration sentence), decoded. */
  text(doc: number): string {
    return this.entryText(doc);
  }

  isQuote(doc: number): boolean {
    return doc < this.quoteCount;
  }

  private run(rank: number): string {
    let s = this.runs[rank];
    if (s === undefined) {
      const o = this.v.vocabOffsets;
      s = this.decoder.decode(this.v.vocabBytes.subarray(o[rank]!, o[rank + 1]!));
      this.runs[rank] = s;
      this.runKind[rank] = isWordRun(s) ? 1 : 2;
    }
    return s;
  }

  /** A word table (`wordFrequencies`) given by the store, for the rarity of words. */
  private words: WordTable | null = null;

  get hasWordTable(): boolean {
    return this.words !== null;
  }

  /** Takes the store's word table (checked by its checksum; a table that fails is not used). */
  useWordTable(table: WordTable): boolean {
    if (wordTableChecksum(table.keys, table.dfs) !== table.checksum) return false;
    if (table.keys.length !== table.dfs.length) return false;
    this.words = table;
    return true;
  }

  /**
   * How many documents hold the single-word key `key`: from the word table when it has
   * the key, 0 when the index lacks the key, else from the key's posting record.
   */
  wordDf(key: number): number {
    if (this.words) {
      const df = tableDf(this.words, key);
      if (df >= 0) return df;
      if (!this.index.hasKey(key)) return 0;
    }
    const p = this.index.lookup(key);
    return p < 0 ? 0 : this.index.df(p);
  }

  /** Whether all of the segment is in memory (a segment read on demand: once all is read). */
  get whole(): boolean {
    return this.body === null || this.body.complete;
  }

  /** Reads every byte not read yet (a segment read on demand); rejects if any is damaged. */
  loadAll(): Promise<void> {
    return this.body ? this.body.loadAll() : Promise.resolve();
  }

  /**
   * Reads every chunk of a body read on demand and keeps the intact ones, the others left
   * unread (`SegmentBody.loadIntact`): why each was left out; empty when all of it is in.
   */
  loadIntact(): Promise<string[]> {
    return this.body ? this.body.loadIntact() : Promise.resolve([]);
  }

  /**
   * Reads what answering about these documents needs: for each, its article's documents
   * (texts, contexts, own ids), the article's record and its quotes' speakers; with
   * `speakers`, every speaker record too (the speaker directory). Resolves at once when
   * all of the segment is in memory.
   */
  ensureDocs(docs: Iterable<number>, speakers = false): Promise<void> {
    if (!this.body || this.body.complete) return Promise.resolve();
    const ranges: number[] = [];
    const text = this.bodyAt!.text;
    const rec = this.bodyAt!.record;
    const to = this.v.textOffsets;
    const ro = this.v.recordOffsets;
    const push = (base: number, offsets: Uint32Array, from: number, end: number) => {
      if (end > from) ranges.push(base + offsets[from]!, base + offsets[end]!);
    };
    if (speakers) push(rec, ro, this.articleCount, this.articleCount + this.speakerCount);
    const seen = new Set<number>();
    for (const doc of docs) {
      if (doc < 0 || doc >= this.docCount) continue;
      const a = this.articleOf(doc);
      if (seen.has(a)) continue;
      seen.add(a);
      const [qFrom, qTo] = this.quoteRange(a);
      const [nFrom, nTo] = this.narrationRange(a);
      push(text, to, qFrom, qTo);
      push(text, to, nFrom, nTo);
      push(text, to, this.docCount + qFrom, this.docCount + qTo);
      push(rec, ro, a, a + 1);
      for (let q = qFrom; q < qTo; q++) {
        const sp = this.speakerOf(q);
        if (sp !== null) push(rec, ro, this.articleCount + sp, this.articleCount + sp + 1);
      }
      const base = this.articleCount + this.speakerCount;
      for (const [from, end] of [
        [qFrom, qTo],
        [nFrom, nTo],
      ] as const) {
        const first = this.extraIndexAtOrAfter(from);
        const last = this.extraIndexAtOrAfter(end);
        push(rec, ro, base + first, base + last);
      }
    }
    return this.body.ensure(ranges);
  }

  /**
   * Reads the posting records of these keys' buckets (a segment read on demand), so that
   * the index can look them up and give their documents and frequencies.
   */
  ensureKeys(keys: Iterable<number>): Promise<void> {
    if (!this.body || this.body.complete) return Promise.resolve();
    const base = this.bodyAt!.postings;
    const ranges: number[] = [];
    for (const key of keys) {
      const [from, to] = this.index.bucketBytes(key);
      if (to > from) ranges.push(base + from, base + to);
    }
    return this.body.ensure(ranges);
  }

  /** The index in `extraDocs` of the first document at or after `doc`. */
  private extraIndexAtOrAfter(doc: number): number {
    const docs = this.v.extraDocs;
    let lo = 0;
    let hi = docs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (docs[mid]! < doc) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private entryText(entry: number): string {
    const o = this.v.textOffsets;
    const [bytes, from, to] = this.textSpan(o[entry]!, o[entry + 1]!);
    let out = '';
    let prevWord = false;
    const vocabSize = this.runs.length;
    // `openSegment` checked the bytes; a rank past the vocabulary could only come from
    // damage the checksums missed, and is skipped rather than read out of bounds.
    readCodewords(bytes, from, to, (rank) => {
      if (rank >= vocabSize) return;
      const s = this.run(rank);
      const word = this.runKind[rank] === 1;
      if (word && prevWord) out += ' ';
      out += s;
      prevWord = word;
    });
    return out;
  }

  /** The article (index) a document belongs to. */
  articleOf(doc: number): number {
    const starts = doc < this.quoteCount ? this.v.articleQuotes : this.v.articleNarration;
    const at = doc < this.quoteCount ? doc : doc - this.quoteCount;
    // The last article whose first document is at or before `at` (it holds `at`: the
    // starts never decrease, and an empty article shares its start with the next).
    let lo = 0;
    let hi = this.articleCount - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Quote documents of an article: `[from, to)`. */
  quoteRange(article: number): [number, number] {
    return [this.v.articleQuotes[article]!, this.v.articleQuotes[article + 1]!];
  }

  /** Narration documents of an article: `[from, to)`. */
  narrationRange(article: number): [number, number] {
    const q = this.quoteCount;
    return [q + this.v.articleNarration[article]!, q + this.v.articleNarration[article + 1]!];
  }

  article(i: number): Article {
    let a = this.articles.get(i);
    if (!a) {
      a = parseArticleRecord(this.recordText(i));
      if (this.articles.size >= RECORD_CACHE_LIMIT) this.articles.clear();
      this.articles.set(i, a);
    }
    return a;
  }

  speaker(i: number): Speaker {
    let s = this.speakers.get(i);
    if (!s) {
      s = parseSpeakerRecord(this.recordText(this.articleCount + i));
      if (this.speakers.size >= RECORD_CACHE_LIMIT) this.speakers.clear();
      this.speakers.set(i, s);
    }
    return s;
  }

  /** The speaker index of a quote, or `null` when no named person said it. */
  speakerOf(doc: number): number | null {
    const s = this.v.quoteSpeaker[doc]!;
    return s === SEGMENT_FORMAT.noSpeaker ? null : s;
  }

  /** The explicit id and source of a document, when it has any. */
  private extra(doc: number): [string | null, string | null] | null {
    const i = this.extraIndexAtOrAfter(doc);
    if (this.v.extraDocs[i] !== doc) return null;
    return JSON.parse(this.recordText(this.articleCount + this.speakerCount + i)) as [
      string | null,
      string | null,
    ];
  }

  /** A document's id: its own, or `<articleId>#<n>` (quotes) / `<articleId>~<n>` (narration). */
  docId(doc: number): string {
    return this.extra(doc)?.[0] ?? this.derivedId(doc);
  }

  private derivedId(doc: number): string {
    const a = this.articleOf(doc);
    const quote = doc < this.quoteCount;
    const from = quote ? this.quoteRange(a)[0] : this.narrationRange(a)[0];
    return `${this.article(a).id}${quote ? '#' : '~'}${doc - from + 1}`;
  }

  quote(doc: number): Quote {
    const text = this.text(doc);
    const flags = this.v.quoteFlags[doc]!;
    const speaker = this.speakerOf(doc);
    const extra = this.extra(doc);
    const kind = SOURCE_KINDS[(flags & QUOTE_FLAG.sourceKindMask) >> QUOTE_FLAG.sourceKindShift];
    const q: Quote = {
      id: extra?.[0] ?? this.derivedId(doc),
      text,
      speakerId: speaker === null ? null : this.speaker(speaker).id,
      articleId: this.article(this.articleOf(doc)).id,
      kind: flags & QUOTE_FLAG.reported ? 'reported' : 'direct',
      context: flags & QUOTE_FLAG.contextIsText ? text : this.entryText(this.docCount + doc),
    };
    if (extra?.[1] != null) q.source = extra[1];
    if (kind) q.sourceKind = kind;
    return q;
  }

  narration(doc: number): Narration {
    return {
      id: this.docId(doc),
      articleId: this.article(this.articleOf(doc)).id,
      text: this.text(doc),
    };
  }

  // For merging: the stored form, without decoding texts into strings.

  get vocabularySize(): number {
    return this.runs.length;
  }

  /** The vocabulary run of rank `rank`. */
  vocabularyRun(rank: number): string {
    return this.run(rank);
  }

  /**
   * The vocabulary ranks of text entry `entry` (documents `0 .. docCount-1`, then each
   * quote's own context at `docCount + quote`), written into `out`; returns how many.
   */
  ranksOf(entry: number, out: Uint32Array): number {
    const o = this.v.textOffsets;
    const [bytes, from, to] = this.textSpan(o[entry]!, o[entry + 1]!);
    let n = 0;
    readCodewords(bytes, from, to, (rank) => {
      if (rank < this.runs.length) out[n++] = rank;
    });
    return n;
  }

  /** Codeword bytes of text entry `entry` (a bound on its rank count). */
  entryBytes(entry: number): number {
    return this.v.textOffsets[entry + 1]! - this.v.textOffsets[entry]!;
  }

  quoteFlags(doc: number): number {
    return this.v.quoteFlags[doc]!;
  }

  /** The explicit id (when not derivable) and unnamed source of a document. */
  extraOf(doc: number): { id: string | null; source: string | null } {
    const e = this.extra(doc);
    return { id: e?.[0] ?? null, source: e?.[1] ?? null };
  }

  /** An article's or speaker's record as stored (JSON text). */
  recordText(i: number): string {
    const o = this.v.recordOffsets;
    return this.decoder.decode(this.sectionBytes(true, o[i]!, o[i + 1]!));
  }

  /** The index of the article with this id, or -1. */
  findArticle(id: string): number {
    if (!this.articleIds) {
      this.articleIds = new Map();
      for (let i = 0; i < this.articleCount; i++) this.articleIds.set(this.article(i).id, i);
    }
    return this.articleIds.get(id) ?? -1;
  }

  /** Every document decoded back into a corpus (for export; quotes grouped by article). */
  toCorpus(): Corpus {
    const articles = Array.from({ length: this.articleCount }, (_, i) => this.article(i));
    const speakers = Array.from({ length: this.speakerCount }, (_, i) => this.speaker(i));
    const quotes = Array.from({ length: this.quoteCount }, (_, d) => this.quote(d));
    const narration = Array.from({ length: this.narrationCount }, (_, i) =>
      this.narration(this.quoteCount + i),
    );
    return { schemaVersion: 1, speakers, articles, quotes, narration };
  }
}
