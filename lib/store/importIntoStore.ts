/**
 * One import, from a byte stream to the reader's store: the file is read by
 * `readCollection` (streamed, in chunks of 50,000 quotes), each chunk is built into a
 * segment and written as it comes, pending, and the import is committed at the end in one
 * transaction. Cancelled, failed, refused or out of room: every segment written is
 * deleted and the corpus is exactly as it was.
 *
 * The same path runs in the options page (into IndexedDB) and in the Node benchmark
 * (into files): `sink` is what `ReaderStore.beginImport` is.
 */
import type { Corpus } from '../corpus/schema';
import { readCollection } from '../import/readCollection';
import type { ImportProgress, ImportSummary } from '../import/types';
import { err, ok, type QcError, type Result } from '../result';
import { buildSegment } from '../segment/buildSegment';
import type { ImportWriter } from './ReaderStore';
import type { EntryRecord } from './readerDb';
import { storeError } from './storeError';

export interface ImportSink {
  beginImport(entry: EntryRecord): Promise<ImportWriter>;
}

export interface ImportIntoStoreOptions {
  /** The file's name: the import's title in the list. */
  fileName: string;
  /** YYYY-MM-DD of the import. */
  addedAt: string;
  /** The import's entry id (default: a new one). */
  entryId?: string;
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress & { segments: number }) => void;
  /**
   * Of these article ids, the ones the reader's corpus already holds. An export imported
   * again keeps its ids: articles already there are left out, so none is held twice.
   */
  knownArticles?: (ids: string[]) => Promise<string[]>;
  newId?: () => string;
  now?: () => number;
  /** Quotes per chunk (default IMPORT_CONFIG.chunkQuotes; tests make it small). */
  chunkQuotes?: number;
  /** Builds a chunk's segment (tests count the calls). */
  build?: (corpus: Corpus, words: Set<string>) => ArrayBuffer;
}

export interface ImportReport {
  entry: EntryRecord;
  summary: ImportSummary;
  /** Articles (and their quotes) left out because the corpus holds them already. */
  alreadyHeld: { articles: number; quotes: number };
  segments: number;
}

/** The id prefix of an import's Quotebank ids: short, and unique per import. */
const prefixOf = (entryId: string) => `i${entryId.replace(/[^a-z0-9]/gi, '').slice(0, 8)}/`;

export async function importIntoStore(
  input: ReadableStream<Uint8Array>,
  sink: ImportSink,
  options: ImportIntoStoreOptions,
): Promise<Result<ImportReport, QcError>> {
  const newId = options.newId ?? (() => crypto.randomUUID());
  const now = options.now ?? Date.now;
  const build = options.build ?? ((corpus, words) => buildSegment(corpus, { words }));
  const entryId = options.entryId ?? newId();
  const entry: EntryRecord = {
    id: entryId,
    kind: 'import',
    state: 'pending',
    title: options.fileName,
    outlet: null,
    published: null,
    url: null,
    quotes: 0,
    speakers: 0,
    articles: 0,
    addedAt: options.addedAt,
    addedAtMs: now(),
  };
  let writer: ImportWriter;
  try {
    writer = await sink.beginImport(entry);
  } catch (e) {
    await input.cancel().catch(() => undefined);
    return err(storeError(e, 'starting the import'));
  }
  const outlets = new Set<string>();
  let dateFrom: string | null = null;
  let dateTo: string | null = null;
  const alreadyHeld = { articles: 0, quotes: 0 };
  let quotes = 0;
  let segments = 0;
  let storeFailure: QcError | null = null;
  let format: ImportSummary['format'] | null = null;
  let last: ImportProgress = { bytesRead: 0, lines: 0, quotes: 0, skipped: 0 };

  const result = await readCollection(input, {
    addedAt: options.addedAt,
    idPrefix: prefixOf(entryId),
    collectionName: options.fileName.replace(/\.gz$/i, ''),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.chunkQuotes ? { chunkQuotes: options.chunkQuotes } : {}),
    onProgress: (p) => {
      last = p;
      options.onProgress?.({ ...p, segments });
    },
    onChunk: async ({ corpus: chunk, format: chunkFormat }) => {
      let corpus = chunk;
      format = chunkFormat;
      // A corpus file (our export) keeps its article ids; Quotebank ids carry this import's prefix.
      if (chunkFormat === 'corpus' && options.knownArticles) {
        const held = new Set(await options.knownArticles(chunk.articles.map((a) => a.id)));
        if (held.size > 0) {
          corpus = without(chunk, held);
          alreadyHeld.articles += chunk.articles.length - corpus.articles.length;
          alreadyHeld.quotes += chunk.quotes.length - corpus.quotes.length;
        }
      }
      if (corpus.articles.length === 0) return;
      for (const a of corpus.articles) {
        if (a.outlet) outlets.add(a.outlet);
        if (a.published) {
          if (dateFrom === null || a.published < dateFrom) dateFrom = a.published;
          if (dateTo === null || a.published > dateTo) dateTo = a.published;
        }
      }
      // The words indexed make the segment's word table (the texts are not read again).
      const words = new Set<string>();
      const bytes = build(corpus, words);
      try {
        await writer.addSegment({
          id: newId(),
          bytes,
          words,
          docs: corpus.quotes.length + corpus.narration.length,
          quotes: corpus.quotes.length,
        });
      } catch (e) {
        storeFailure = storeError(e, 'writing the import');
        throw e;
      }
      segments++;
      quotes += corpus.quotes.length;
      options.onProgress?.({ ...last, segments });
    },
  });

  const fail = async (error: QcError) => {
    // Whatever was written goes: the corpus is as before.
    await writer.abort().catch(() => undefined);
    return err(error);
  };
  if (!result.ok) return fail(storeFailure ?? result.error);
  if (quotes === 0) {
    return fail(
      alreadyHeld.quotes > 0
        ? {
            code: 'import-nothing-new',
            message: `every article in this file is in your corpus already (${alreadyHeld.articles.toLocaleString('en')}); nothing was added`,
          }
        : {
            code: 'import-empty',
            message: 'this file holds no quotation to add; nothing was added',
          },
    );
  }
  const summary = result.value;
  const final: Partial<EntryRecord> = {
    quotes,
    speakers: summary.speakers,
    // As the reader counts them: a story whose quotes fall in two chunks is in both.
    articles: summary.articles - alreadyHeld.articles,
    format: format ?? summary.format,
    outlets: outlets.size,
    dateFrom,
    dateTo,
    skipped: summary.skipped.count,
  };
  try {
    await writer.commit(final);
  } catch (e) {
    return fail(storeError(e, 'committing the import'));
  }
  return ok({ entry: { ...entry, ...final, state: 'live' }, summary, alreadyHeld, segments });
}

/** A chunk without the articles in `held` (and their quotes, narration, and speakers no one else quotes). */
function without(corpus: Corpus, held: ReadonlySet<string>): Corpus {
  const quotes = corpus.quotes.filter((q) => !held.has(q.articleId));
  const speakers = new Set(quotes.map((q) => q.speakerId));
  return {
    schemaVersion: corpus.schemaVersion,
    speakers: corpus.speakers.filter((s) => speakers.has(s.id)),
    articles: corpus.articles.filter((a) => !held.has(a.id)),
    quotes,
    narration: corpus.narration.filter((n) => !held.has(n.articleId)),
  };
}
