/**
 * The bookkeeping one import shares between its format readers: skipped lines and notes
 * (counted in full, listed up to a cap), counts, progress reports, cancellation, and the
 * hand-over of each chunk to the caller.
 */
import type { Corpus } from '../corpus/schema';
import type { QcError } from '../result';
import { IMPORT_CONFIG } from './importConfig';
import type { CappedList, CollectionFormat, ImportOptions, ImportSummary, LineNote } from './types';

export class ImportRun {
  bytesRead = 0;
  lines = 0;
  quotes = 0;
  unattributed = 0;
  weakSpeakerDropped = 0;
  speakers = 0;
  articles = 0;
  narration = 0;
  private chunks = 0;
  private readonly skipped: CappedList = { count: 0, listed: [] };
  private readonly notes: CappedList = { count: 0, listed: [] };
  private lastReport = 0;
  /** Quotes read into the chunk being filled (counted in progress before the chunk is handed over). */
  pending = 0;
  /** The file's format, once told (each chunk says it). */
  format: CollectionFormat = 'quotebank';

  constructor(readonly options: ImportOptions) {}

  get chunkQuotes(): number {
    return this.options.chunkQuotes ?? IMPORT_CONFIG.chunkQuotes;
  }

  get skippedCount(): number {
    return this.skipped.count;
  }

  /** The first skipped lines, for an error that says what the file held instead. */
  firstSkipped(n: number): LineNote[] {
    return this.skipped.listed.slice(0, n);
  }

  skip(line: number, reason: string): void {
    this.add(this.skipped, { line, reason });
  }

  note(line: number, reason: string): void {
    this.add(this.notes, { line, reason });
  }

  private add(list: CappedList, note: LineNote): void {
    list.count++;
    if (list.listed.length < (this.options.maxListed ?? IMPORT_CONFIG.maxListed)) {
      list.listed.push(note);
    }
  }

  /** The cancellation error once the caller has aborted, else `null`. */
  cancelled(): QcError | null {
    if (!this.options.signal?.aborted) return null;
    return { code: 'import-cancelled', message: 'the import was cancelled; nothing was added' };
  }

  /** Reports progress every IMPORT_CONFIG.progressEveryLines lines (and when forced). */
  progress(force = false): void {
    if (!force && this.lines - this.lastReport < IMPORT_CONFIG.progressEveryLines) return;
    this.lastReport = this.lines;
    this.options.onProgress?.({
      bytesRead: this.bytesRead,
      lines: this.lines,
      quotes: this.quotes + this.pending,
      skipped: this.skipped.count,
    });
  }

  /** Hands a chunk to the caller and waits for it; a failure there ends the import. */
  async emit(corpus: Corpus): Promise<QcError | null> {
    const index = this.chunks++;
    try {
      await this.options.onChunk({ index, corpus, format: this.format });
    } catch (e) {
      return {
        code: 'import-failed',
        message: `chunk ${index + 1} could not be stored: ${(e as Error).message ?? String(e)}`,
      };
    }
    this.quotes += corpus.quotes.length;
    this.pending = 0;
    this.unattributed += corpus.quotes.filter((q) => q.speakerId === null).length;
    this.narration += corpus.narration.length;
    this.progress(true);
    return null;
  }

  summary(format: CollectionFormat, compression: 'gzip' | null): ImportSummary {
    return {
      format,
      compression,
      bytesRead: this.bytesRead,
      lines: this.lines,
      quotes: this.quotes,
      unattributed: this.unattributed,
      weakSpeakerDropped: this.weakSpeakerDropped,
      speakers: this.speakers,
      articles: this.articles,
      narration: this.narration,
      chunks: this.chunks,
      skipped: this.skipped,
      notes: this.notes,
    };
  }
}
