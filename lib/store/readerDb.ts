/**
 * The reader's own corpus in IndexedDB (through `idb`): the schema and its opening.
 *
 * Four object stores:
 * - `segmentBytes`: each segment's bytes (an `ArrayBuffer`), read only to open it: since
 *   version 2 only its head (everything but the body, `BODY_SECTIONS`) when its record
 *   has `body`;
 * - `segmentChunks`: the body of such a segment, in chunks (`[id, n]`), read on demand;
 * - `segments`: per segment, what it holds and what is masked in it (small records, read
 *   whole when the worker starts or the options page lists the corpus);
 * - `entries`: the articles and imports the options page lists, one record each.
 *
 * IndexedDB is the platform's storage, present in the background worker (MV3) or page
 * (MV2), in extension pages and their dedicated workers; in Node tests, fake-indexeddb
 * provides it. Nothing here reaches `browser.*`, and nothing stored is ever sent anywhere.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { WordTable } from '../segment/wordFrequencies';

export const READER_DB_NAME = 'quote-check-reader';
/**
 * Bump with an `upgrade` step for every change of the stores below. 2: segments kept as
 * a head and body chunks (segments saved by version 1 stay whole, open as before and are
 * converted in the background by `ReaderCorpus.convert`).
 */
export const READER_DB_VERSION = 2;

/** `pending` while an import is written; `live` once committed (only live ones are searched). */
export type RecordState = 'pending' | 'live';

/** What the reader added: one article from a page, or one imported file. */
export type EntryKind = 'article' | 'import';

export interface SegmentRecord {
  id: string;
  kind: EntryKind;
  /** The entries whose quotes the segment holds (one, until added articles are merged). */
  entryIds: string[];
  /** Article indices masked in the segment (removed articles, until a merge drops them). */
  removed: number[];
  state: RecordState;
  docs: number;
  quotes: number;
  byteLength: number;
  /** `Date.now()` when written. */
  createdAt: number;
  /** Set when the stored bytes failed to open: why (shown on the options page). */
  damaged?: string;
  /**
   * Set when the segment was rebuilt from the quotes of a damaged one that could be read:
   * what was damaged and how many quotes were lost (shown on the options page).
   */
  salvaged?: string;
  /**
   * Set when `segmentBytes` holds the head alone: the body's offset, its chunk size and
   * each chunk's checksum (chunks in `segmentChunks`). Absent: the bytes are whole.
   */
  body?: { offset: number; chunkBytes: number; checksums: number[] };
}

/**
 * A segment's bytes as stored: whole, or its head (the record says), and with a head its
 * word table (`wordFrequencies`), so that words' rarity needs no posting read.
 */
export interface StoredBytes {
  id: string;
  bytes: ArrayBuffer;
  words?: WordTable;
}

/** One chunk of a segment's body. */
export interface ChunkRecord {
  id: string;
  n: number;
  bytes: ArrayBuffer;
}

export interface EntryRecord {
  id: string;
  kind: EntryKind;
  state: RecordState;
  /** An article's headline, or an import's file name. */
  title: string;
  /** An article's outlet; for an import, null (see `outlets`). */
  outlet: string | null;
  /** An article's date (YYYY-MM-DD) or null. */
  published: string | null;
  /** An article's address (http(s) only), or null. */
  url: string | null;
  quotes: number;
  speakers: number;
  articles: number;
  /** YYYY-MM-DD the reader added or imported it. */
  addedAt: string;
  /** `Date.now()` at that moment (orders the list). */
  addedAtMs: number;
  /** An added article's id in the corpus. */
  articleId?: string;
  /** An import's format, its outlets and dates (earliest, latest), lines skipped. */
  format?: 'quotebank' | 'corpus';
  outlets?: number;
  dateFrom?: string | null;
  dateTo?: string | null;
  skipped?: number;
}

export interface ReaderDbSchema extends DBSchema {
  segmentBytes: { key: string; value: StoredBytes };
  segmentChunks: { key: [string, number]; value: ChunkRecord };
  segments: { key: string; value: SegmentRecord };
  entries: { key: string; value: EntryRecord };
}

export type ReaderDb = IDBPDatabase<ReaderDbSchema>;

export function openReaderDb(name: string = READER_DB_NAME): Promise<ReaderDb> {
  return openDB<ReaderDbSchema>(name, READER_DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('segmentBytes', { keyPath: 'id' });
        db.createObjectStore('segments', { keyPath: 'id' });
        db.createObjectStore('entries', { keyPath: 'id' });
      }
      if (oldVersion < 2) db.createObjectStore('segmentChunks', { keyPath: ['id', 'n'] });
    },
  });
}
