/**
 * The reader's corpus as stored: segments (bytes and records) and the entries the options
 * page lists. Every change that touches more than one record is one transaction, so the
 * store is never half-written:
 *
 * - an added article: its entry, its segment's record and bytes, at once;
 * - an import: its entry and each chunk's segment are written `pending` as they come
 *   (`beginImport`), then `commit` turns them all `live` in one transaction, or `abort`
 *   deletes them; only live records are ever searched, so a cancelled, failed or
 *   interrupted import leaves the corpus exactly as it was;
 * - a removal: the entry gone, its segments' masks updated and the segments it alone
 *   filled deleted, at once;
 * - a merge: the merged segment in, the segments it replaces out, at once.
 *
 * Methods reject with the browser's DOMException on failure (a full disk:
 * `QuotaExceededError`); `storeError` turns one into a sentence.
 */
import { READER_CONFIG } from '../reader/readerConfig';
import { err, type QcError, type Result } from '../result';
import { joinPieces } from '../segment/joinPieces';
import { openSegment } from '../segment/openSegment';
import type { StoredPieces } from '../segment/recoverSegment';
import type { Segment } from '../segment/Segment';
import { splitSegment } from '../segment/splitSegment';
import { type WordTable, wordFrequencies } from '../segment/wordFrequencies';
import {
  type ChunkRecord,
  type EntryKind,
  type EntryRecord,
  openReaderDb,
  READER_DB_NAME,
  type ReaderDb,
  type RecordState,
  type SegmentRecord,
  type StoredBytes,
} from './readerDb';
import { storeError } from './storeError';

/** A segment to write: its bytes and what it holds. */
export interface NewSegment {
  id: string;
  bytes: ArrayBuffer;
  kind: EntryKind;
  entryIds: string[];
  docs: number;
  quotes: number;
  removed?: number[];
  /** Every word its builder indexed (`buildSegment`'s `words`): its word table is made from them. */
  words?: ReadonlySet<string>;
  /** These bytes as the caller opened them: its word table is read from it, not from the bytes opened again. */
  opened?: Segment;
  /** Rebuilt from the quotes of a damaged segment that could be read: what was lost. */
  salvaged?: string;
}

/** A mask to store: the article indices removed from a segment. */
export interface MaskUpdate {
  segmentId: string;
  removed: number[];
}

/** Writes one import: chunks as pending segments, then all live at once, or none. */
export interface ImportWriter {
  readonly entryId: string;
  addSegment(segment: Omit<NewSegment, 'kind' | 'entryIds'>): Promise<void>;
  /** Turns the entry (with these final fields) and every segment written live, in one transaction. */
  commit(final: Partial<EntryRecord>): Promise<void>;
  /** Deletes the entry and every segment written so far. */
  abort(): Promise<void>;
}

export class ReaderStore {
  constructor(
    readonly db: ReaderDb,
    /** Bytes per body chunk of the segments it writes (tests cut small segments in many). */
    private readonly chunkBytes: number = READER_CONFIG.bodyChunkBytes,
  ) {}

  static async open(
    name: string = READER_DB_NAME,
    chunkBytes: number = READER_CONFIG.bodyChunkBytes,
  ): Promise<ReaderStore> {
    return new ReaderStore(await openReaderDb(name), chunkBytes);
  }

  /**
   * Opens the store for one piece of work and closes it after; a store the browser will
   * not open (IndexedDB refused) or work that fails is one error value, `doing` naming it.
   */
  static async using<T>(
    doing: string,
    work: (store: ReaderStore) => Promise<Result<T, QcError>>,
    open: () => Promise<ReaderStore> = () => ReaderStore.open(),
  ): Promise<Result<T, QcError>> {
    let store: ReaderStore;
    try {
      store = await open();
    } catch (e) {
      return err(storeError(e, 'opening your corpus'));
    }
    try {
      return await work(store);
    } catch (e) {
      return err(storeError(e, doing));
    } finally {
      store.close();
    }
  }

  close(): void {
    this.db.close();
  }

  /** The live entries, the latest added first. */
  async entries(): Promise<EntryRecord[]> {
    const all = await this.db.getAll('entries');
    return all.filter((e) => e.state === 'live').sort((a, b) => b.addedAtMs - a.addedAtMs);
  }

  async entry(id: string): Promise<EntryRecord | undefined> {
    const e = await this.db.get('entries', id);
    return e?.state === 'live' ? e : undefined;
  }

  /** The live added article with this address, if any. */
  async articleAt(url: string): Promise<EntryRecord | null> {
    const entries = await this.entries();
    return entries.find((e) => e.kind === 'article' && e.url === url) ?? null;
  }

  /** Records of the live segments, oldest first (the order they are searched in). */
  async segmentRecords(): Promise<SegmentRecord[]> {
    const all = await this.db.getAll('segments');
    return all.filter((s) => s.state === 'live').sort((a, b) => a.createdAt - b.createdAt);
  }

  /**
   * The whole bytes of these segments (a head and its body's chunks put back together,
   * `joinPieces`), in one read transaction (`null` where missing, or where a chunk is).
   * Nothing is checked here: the bytes are opened (`openSegment`) as any file is.
   */
  async segmentBytesOf(ids: readonly string[]): Promise<(ArrayBuffer | null)[]> {
    if (ids.length === 0) return [];
    const tx = this.db.transaction(SEGMENT_STORES, 'readonly');
    const whole = async (id: string): Promise<ArrayBuffer | null> => {
      const stored = await storedIn(tx, id);
      if (!stored) return null;
      if (!('body' in stored)) return stored.whole;
      return stored.chunks.includes(null) ? null : joinPieces(stored);
    };
    const [bytes] = await Promise.all([Promise.all(ids.map(whole)), tx.done]);
    return bytes;
  }

  /**
   * A segment kept as a head and body chunks, as stored, in one read transaction: its
   * head, body layout and every chunk (`null` where missing), nothing checked
   * (`recoverSegment` rebuilds it from what is intact). `null` when it is not kept so, or
   * is gone.
   */
  async segmentPieces(id: string): Promise<StoredPieces | null> {
    const tx = this.db.transaction(SEGMENT_STORES, 'readonly');
    const [stored] = await Promise.all([storedIn(tx, id), tx.done]);
    return stored && 'body' in stored ? stored : null;
  }

  /** Chunks `ns` of a segment's body, in one read transaction (`null` where missing). */
  async bodyChunks(id: string, ns: readonly number[]): Promise<(ArrayBuffer | null)[]> {
    const tx = this.db.transaction('segmentChunks', 'readonly');
    const [chunks] = await Promise.all([
      Promise.all(ns.map(async (n) => (await tx.store.get([id, n]))?.bytes ?? null)),
      tx.done,
    ]);
    return chunks;
  }

  /**
   * What opening the corpus needs, in one read transaction: the live segments' records
   * (oldest first) that `wanted` keeps, their bytes (`null` where missing) and the live
   * entries' titles. One transaction, not three in turn: at a worker's start each costs
   * a round trip to the browser's storage before the first check can be answered.
   */
  async storedSegments(wanted: (record: SegmentRecord) => boolean = () => true): Promise<{
    records: SegmentRecord[];
    bytes: (ArrayBuffer | null)[];
    /** Each head's word table (`null` for a whole segment, or when missing). */
    words: (WordTable | null)[];
    titles: Map<string, string>;
  }> {
    const tx = this.db.transaction(['segments', 'segmentBytes', 'entries'], 'readonly');
    const read = async () => {
      const [segments, entries] = await Promise.all([
        tx.objectStore('segments').getAll(),
        tx.objectStore('entries').getAll(),
      ]);
      const records = segments
        .filter((r) => r.state === 'live' && wanted(r))
        .sort((a, b) => a.createdAt - b.createdAt);
      const store = tx.objectStore('segmentBytes');
      const stored = await Promise.all(records.map((r) => store.get(r.id)));
      const bytes = stored.map((s) => s?.bytes ?? null);
      const words = stored.map((s) => s?.words ?? null);
      const titles = new Map(entries.filter((e) => e.state === 'live').map((e) => [e.id, e.title]));
      return { records, bytes, words, titles };
    };
    const [stored] = await Promise.all([read(), tx.done]);
    return stored;
  }

  /** Stores an added article: its entry and its segment, live, in one transaction. */
  async addArticle(entry: EntryRecord, segment: Omit<NewSegment, 'kind' | 'entryIds'>) {
    const tx = this.db.transaction(['entries', ...SEGMENT_STORES], 'readwrite');
    await allOrNothing(tx, () => [
      () => tx.objectStore('entries').put({ ...entry, kind: 'article', state: 'live' }),
      ...writeSegment(
        tx,
        { ...segment, kind: 'article', entryIds: [entry.id] },
        'live',
        this.chunkBytes,
      ).requests,
    ]);
  }

  /** Starts an import: its entry pending, until `commit`. */
  async beginImport(entry: EntryRecord): Promise<ImportWriter> {
    const entryId = entry.id;
    await this.db.put('entries', { ...entry, kind: 'import', state: 'pending' });
    const written: string[] = [];
    return {
      entryId,
      addSegment: async (segment) => {
        const tx = this.db.transaction(SEGMENT_STORES, 'readwrite');
        written.push(segment.id);
        await allOrNothing(
          tx,
          () =>
            writeSegment(
              tx,
              { ...segment, kind: 'import', entryIds: [entryId] },
              'pending',
              this.chunkBytes,
            ).requests,
        );
      },
      commit: async (final) => {
        const tx = this.db.transaction(['entries', 'segments'], 'readwrite');
        const entries = tx.objectStore('entries');
        const segments = tx.objectStore('segments');
        const current = await entries.get(entryId);
        if (!current) throw new Error(`import ${entryId} is no longer in the store`);
        await entries.put({ ...current, ...final, id: entryId, state: 'live' });
        for (const id of written) {
          const record = await segments.get(id);
          if (record) await segments.put({ ...record, state: 'live' });
        }
        await tx.done;
      },
      abort: async () => {
        await this.deleteEntryAndSegments(entryId);
      },
    };
  }

  /**
   * Removes an entry in one transaction: the entry, the segments listed in `drop` (their
   * records and bytes), and the masks of the segments it shares with others.
   */
  async removeEntry(entryId: string, change: { drop: string[]; masks: MaskUpdate[] }) {
    const tx = this.db.transaction(['entries', ...SEGMENT_STORES], 'readwrite');
    const segments = tx.objectStore('segments');
    await allOrNothing(tx, () => [
      () => tx.objectStore('entries').delete(entryId),
      ...change.drop.flatMap((id) => deleteSegment(tx, id)),
      ...change.masks.map(
        (mask) => () =>
          segments.get(mask.segmentId).then((record) =>
            record
              ? segments.put({
                  ...record,
                  removed: mask.removed,
                  entryIds: record.entryIds.filter((id) => id !== entryId),
                })
              : undefined,
          ),
      ),
    ]);
  }

  /** Stores a merge: the merged segment (if anything was left) in, the ones it replaces out. */
  async replaceMerged(replaced: readonly string[], merged: NewSegment | null): Promise<void> {
    const tx = this.db.transaction(SEGMENT_STORES, 'readwrite');
    await allOrNothing(tx, () => [
      ...replaced.flatMap((id) => deleteSegment(tx, id)),
      ...(merged ? writeSegment(tx, merged, 'live', this.chunkBytes).requests : []),
    ]);
  }

  /**
   * Keeps a segment's new bytes in place of the stored ones, in one transaction: its
   * repaired bytes, a segment rebuilt from the quotes that could be read (`change`: what
   * it holds now, and what was lost), or the same segment laid out anew (a segment saved
   * by version 1). `opened`: the segment the bytes hold, as the caller opened it (its word
   * table is read from it). Returns the segment's record as now stored (`null`: it is gone).
   */
  async replaceBytes(
    id: string,
    bytes: ArrayBuffer,
    change: Partial<Pick<SegmentRecord, 'docs' | 'quotes' | 'removed' | 'salvaged'>> = {},
    opened?: Segment,
  ): Promise<SegmentRecord | null> {
    const tx = this.db.transaction(SEGMENT_STORES, 'readwrite');
    const record = await tx.objectStore('segments').get(id);
    if (!record) {
      await tx.done;
      return null;
    }
    const { damaged: _, body: __, ...rest } = { ...record, ...change };
    const written = writeSegment(
      tx,
      { ...rest, bytes, opened },
      rest.state,
      this.chunkBytes,
      rest.createdAt,
    );
    await allOrNothing(tx, () => [
      () => tx.objectStore('segmentChunks').delete(chunkRange(id)),
      ...written.requests,
    ]);
    return written.record;
  }

  /** Notes why a stored segment could not be opened (its bytes are kept). */
  async markDamaged(id: string, why: string): Promise<void> {
    const tx = this.db.transaction('segments', 'readwrite');
    const record = await tx.store.get(id);
    if (record) await tx.store.put({ ...record, damaged: why });
    await tx.done;
  }

  /**
   * Deletes what imports left pending (a browser closed mid-import), except the imports
   * `running` says are being written now (`null`: cannot tell, so nothing is deleted).
   * Returns how many entries it deleted.
   *
   * The order closes two races with an import in another page: the pending entries are read
   * BEFORE asking which imports run (an import takes its lock before it writes its entry, so
   * any entry read is either stale or locked by the time of the question), and each one is
   * deleted only if it is still pending (an import that committed meanwhile, and so let go
   * of its lock, is kept).
   */
  async discardPending(running: () => Promise<ReadonlySet<string> | null>): Promise<number> {
    const pending = (await this.db.getAll('entries')).filter((e) => e.state === 'pending');
    if (pending.length === 0) return 0;
    const held = await running();
    if (!held) return 0;
    let deleted = 0;
    for (const e of pending)
      if (!held.has(e.id) && (await this.deleteEntryAndSegments(e.id, 'pending'))) deleted++;
    return deleted;
  }

  /**
   * Deletes an entry and the segments only it owns, in one transaction; with `onlyIf`, only
   * when the entry is still in that state (else nothing, and false).
   */
  private async deleteEntryAndSegments(entryId: string, onlyIf?: RecordState): Promise<boolean> {
    const tx = this.db.transaction(['entries', ...SEGMENT_STORES], 'readwrite');
    if (onlyIf !== undefined) {
      const current = await tx.objectStore('entries').get(entryId);
      if (current?.state !== onlyIf) {
        await tx.done;
        return false;
      }
    }
    const segments = tx.objectStore('segments');
    const work: Promise<unknown>[] = [tx.objectStore('entries').delete(entryId)];
    let cursor = await segments.openCursor();
    while (cursor) {
      const record = cursor.value;
      if (record.entryIds.length === 1 && record.entryIds[0] === entryId)
        work.push(...deleteSegment(tx, record.id).map((del) => del()));
      cursor = await cursor.continue();
    }
    await Promise.all([...work, tx.done]);
    return true;
  }
}

/**
 * Runs a transaction's requests and waits for it to commit; if any request cannot even
 * be made (a value IndexedDB cannot store) or fails, the transaction is aborted, so
 * nothing of it is written.
 */
async function allOrNothing(
  tx: { done: Promise<void>; abort(): void },
  requests: () => (() => Promise<unknown>)[],
): Promise<void> {
  const made: Promise<unknown>[] = [];
  try {
    // Each request is caught as soon as it is made: one that fails aborts the transaction
    // by itself, and `done` then rejects with the reason.
    for (const request of requests()) made.push(request().catch(() => undefined));
  } catch (e) {
    tx.abort();
    await Promise.all([...made, tx.done.catch(() => undefined)]);
    throw e;
  }
  await Promise.all([...made, tx.done]);
}

/** The object stores that together hold a segment (record, head or whole bytes, body chunks). */
const SEGMENT_STORES = ['segments', 'segmentBytes', 'segmentChunks'] as const;

/** The `put` and `delete` of an object store in a read-write transaction. */
interface Put<T> {
  put(value: T): Promise<unknown>;
  delete(key: string | IDBKeyRange): Promise<unknown>;
}

interface SegmentStores {
  objectStore(name: 'segments'): Put<SegmentRecord>;
  objectStore(name: 'segmentBytes'): Put<StoredBytes>;
  objectStore(name: 'segmentChunks'): Put<ChunkRecord>;
}

/**
 * The word table of a segment to write, from the segment the caller opened, else from its
 * bytes opened here (`null` when they do not open: kept whole).
 */
function wordTableOf({ bytes, opened, words }: NewSegment): WordTable | null {
  const indexed = words?.size ? words : undefined;
  if (opened) return wordFrequencies(opened, indexed);
  const read = openSegment(bytes, { origin: 'reader' });
  return read.ok ? wordFrequencies(read.value, indexed) : null;
}

/** The reads of a segment's stores, in the caller's read transaction. */
interface SegmentReads {
  objectStore(name: 'segments'): { get(id: string): Promise<SegmentRecord | undefined> };
  objectStore(name: 'segmentBytes'): { get(id: string): Promise<StoredBytes | undefined> };
  objectStore(name: 'segmentChunks'): { getAll(range: IDBKeyRange): Promise<ChunkRecord[]> };
}

/**
 * One segment as stored: its whole bytes when kept whole, else its head, body layout and
 * chunk `n` at `chunks[n]` (`null` where missing); `null` when its bytes are gone.
 */
async function storedIn(
  tx: SegmentReads,
  id: string,
): Promise<{ whole: ArrayBuffer } | StoredPieces | null> {
  const [record, stored] = await Promise.all([
    tx.objectStore('segments').get(id),
    tx.objectStore('segmentBytes').get(id),
  ]);
  if (!stored) return null;
  if (!record?.body) return { whole: stored.bytes };
  const chunks = await tx.objectStore('segmentChunks').getAll(chunkRange(id));
  const byNumber: (ArrayBuffer | null)[] = record.body.checksums.map(() => null);
  for (const c of chunks) if (c.n < byNumber.length) byNumber[c.n] = c.bytes;
  return { head: stored.bytes, body: record.body, chunks: byNumber };
}

/** Every chunk of one segment's body. */
const chunkRange = (id: string) => IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER]);

/** The deletes of one segment (record, bytes, chunks), for the caller's transaction. */
function deleteSegment(tx: SegmentStores, id: string): (() => Promise<unknown>)[] {
  return [
    () => tx.objectStore('segments').delete(id),
    () => tx.objectStore('segmentBytes').delete(id),
    () => tx.objectStore('segmentChunks').delete(chunkRange(id)),
  ];
}

/**
 * The writes of one segment, for the caller's transaction: its record, and its bytes as a
 * head and body chunks (read on demand, `SegmentBody`), or whole when its body does not
 * come last (laid out before it did).
 */
function writeSegment(
  tx: SegmentStores,
  segment: NewSegment,
  state: SegmentRecord['state'],
  chunkBytes: number,
  createdAt = Date.now(),
): { record: SegmentRecord; requests: (() => Promise<unknown>)[] } {
  const split = splitSegment(segment.bytes, chunkBytes);
  const words = split ? wordTableOf(segment) : null;
  const record: SegmentRecord = {
    id: segment.id,
    kind: segment.kind,
    entryIds: segment.entryIds,
    removed: segment.removed ?? [],
    state,
    docs: segment.docs,
    quotes: segment.quotes,
    byteLength: segment.bytes.byteLength,
    createdAt,
    ...(segment.salvaged ? { salvaged: segment.salvaged } : {}),
    ...(split
      ? {
          body: {
            offset: split.offset,
            chunkBytes: split.chunkBytes,
            checksums: split.checksums,
          },
        }
      : {}),
  };
  const requests = [
    () => tx.objectStore('segments').put(record),
    () =>
      tx.objectStore('segmentBytes').put({
        id: segment.id,
        bytes: split ? split.head : segment.bytes,
        ...(words ? { words } : {}),
      }),
    ...(split?.chunks ?? []).map(
      (bytes, n) => () => tx.objectStore('segmentChunks').put({ id: segment.id, n, bytes }),
    ),
  ];
  return { record, requests };
}
