/**
 * The reader's corpus in the matcher: keeps the stored segments and the segment set the
 * matcher searches in step. The background worker holds one.
 *
 * - `sync` opens every live stored segment not yet in the set (at worker start, and when
 *   an import commits). A segment whose index alone is damaged is repaired on opening and
 *   its repaired bytes are stored in place; one whose header or quote store is damaged is
 *   refused with one message, kept in the store (marked) and left out of checks.
 * - `addArticle` builds an article's segment (milliseconds), stores it and adds it.
 * - `removeEntry` masks an added article (or drops an import's segments) at once, and
 *   stores the change in one transaction.
 * - `merge` merges small segments of added articles in the background and stores the
 *   result (the merged segment in, the ones it replaces out).
 *
 * Changes run one at a time (a removal never races a merge's write); checks never wait
 * for them.
 */
import type { Corpus } from '../corpus/schema';
import { err, ok, type QcError, type Result } from '../result';
import { buildSegment } from '../segment/buildSegment';
import { BODY_NEEDED, openSegment } from '../segment/openSegment';
import { recoverSegment, type StoredPieces } from '../segment/recoverSegment';
import { relayoutSegment } from '../segment/relayoutSegment';
import type { Segment } from '../segment/Segment';
import type { SegmentSet } from '../segment/SegmentSet';
import type { WordTable } from '../segment/wordFrequencies';
import type { ReaderStore } from './ReaderStore';

/** What `sync` reads from the store (`ReaderStore.storedSegments`). */
export type StoredSegments = Awaited<ReturnType<ReaderStore['storedSegments']>>;

import type { EntryRecord, SegmentRecord } from './readerDb';
import { storeError } from './storeError';

/** A stored segment that could not be opened: left out of checks, kept in the store. */
export interface RefusedSegment {
  segmentId: string;
  entryIds: string[];
  message: string;
}

export interface SyncReport {
  added: number;
  repaired: number;
  refused: RefusedSegment[];
}

export interface ReaderCorpusOptions {
  /** New ids for entries and segments. */
  newId?: () => string;
  /** Gives checks a turn during a merge. */
  pause?: () => Promise<void>;
}

export class ReaderCorpus {
  private readonly segmentOf = new Map<string, Segment>();
  private readonly recordOf = new Map<Segment, SegmentRecord>();
  private readonly refusedIds = new Set<string>();
  private chain: Promise<unknown> = Promise.resolve();
  private readonly newId: () => string;
  private readonly pause: (() => Promise<void>) | undefined;
  /** Every segment refused so far, for the options page. */
  readonly refused: RefusedSegment[] = [];

  constructor(
    readonly store: ReaderStore,
    readonly set: SegmentSet,
    options: ReaderCorpusOptions = {},
  ) {
    this.newId = options.newId ?? (() => crypto.randomUUID());
    this.pause = options.pause;
  }

  /** Runs changes one after another. */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.chain.then(work, work);
    this.chain = run.catch(() => undefined);
    return run;
  }

  /**
   * Opens the live stored segments the set does not hold yet. `prefetched`: the store's
   * `storedSegments()` read already started (the worker starts it beside the bundled
   * segment's fetch); segments it holds that the set has meanwhile are skipped.
   */
  sync(prefetched?: Promise<StoredSegments>): Promise<Result<SyncReport, QcError>> {
    return this.exclusive(async () => {
      const report: SyncReport = { added: 0, repaired: 0, refused: [] };
      const wanted = (r: SegmentRecord) => !this.segmentOf.has(r.id) && !this.refusedIds.has(r.id);
      let stored: StoredSegments;
      try {
        stored = await (prefetched ?? this.store.storedSegments(wanted));
      } catch (e) {
        return err(storeError(e, 'reading your corpus'));
      }
      const { titles } = stored;
      const keep = stored.records.map(wanted);
      const records = stored.records.filter((_, i) => keep[i]);
      const bytes = stored.bytes.filter((_, i) => keep[i]);
      const words = stored.words.filter((_, i) => keep[i]);
      for (const [i, record] of records.entries()) {
        const name = `your corpus (${record.entryIds.map((id) => `“${titles.get(id) ?? id}”`).join(', ')})`;
        const opened = await this.openStored(record, bytes[i] ?? null, name, words[i] ?? null);
        if (!opened.ok) {
          const refused = {
            segmentId: record.id,
            entryIds: record.entryIds,
            message: opened.error.message,
          };
          this.refusedIds.add(record.id);
          this.refused.push(refused);
          report.refused.push(refused);
          await this.store.markDamaged(record.id, opened.error.message).catch(() => undefined);
          continue;
        }
        const { segment, record: now } = opened.value;
        if (segment.repaired) report.repaired++;
        this.track(now, segment);
        this.set.add(segment, now.removed);
        report.added++;
      }
      return ok(report);
    });
  }

  /**
   * Opens a stored segment: from its head alone when its body is kept in chunks (read on
   * demand, each chunk checked), else from its whole bytes. A head whose index must be
   * rebuilt is rebuilt from the whole segment, read back together (`rebuild`), and stored
   * so; so is a whole segment whose index was repaired on opening. Gives the segment's
   * record as stored now.
   */
  private async openStored(
    record: SegmentRecord,
    stored: ArrayBuffer | null,
    name: string,
    words: WordTable | null,
  ): Promise<Result<{ segment: Segment; record: SegmentRecord }, QcError>> {
    if (!stored) return missingBytes(name);
    const body = record.body;
    if (!body) {
      const opened = openSegment(stored, { origin: 'reader', name });
      if (!opened.ok) return opened;
      // Keep the repaired segment, so the next start opens it without repairing again.
      const now = opened.value.repaired
        ? await this.store
            .replaceBytes(record.id, opened.value.buffer, {}, opened.value)
            .catch(() => null)
        : null;
      return ok({ segment: opened.value, record: now ?? record });
    }
    let segment: Segment | null = null;
    const opened = openSegment(stored, {
      origin: 'reader',
      name,
      body: {
        ...body,
        read: (chunks) => this.store.bodyChunks(record.id, chunks),
        // A chunk found damaged by a check: the segment is rebuilt from what is intact and
        // swapped in; the check that found it (and any meanwhile) waits, then runs again.
        onDamaged: (message) => (segment ? this.recover(segment, name, message) : undefined),
      },
    });
    if (opened.ok) {
      segment = opened.value;
      // Words' rarity from the head; without the table (or one failing its checksum)
      // a check reads its words' posting records instead.
      if (words) segment.useWordTable(words);
      return ok({ segment, record });
    }
    if (opened.error.code !== BODY_NEEDED) return opened;
    return this.rebuild(record, name);
  }

  /**
   * Reads a stored segment's head and every chunk, rebuilds it from what is intact
   * (`recoverSegment`: a damaged index rebuilt from the quote store, or a damaged quote
   * store rebuilt from the quotes that can be read) and stores the result in place. A store
   * that cannot take it (no room) leaves the damaged copy, rebuilt again at the next start.
   */
  private async rebuild(
    record: SegmentRecord,
    name: string,
  ): Promise<Result<{ segment: Segment; record: SegmentRecord }, QcError>> {
    let stored: StoredPieces | null;
    try {
      stored = await this.store.segmentPieces(record.id);
    } catch (e) {
      return err(storeError(e, 'reading your corpus'));
    }
    if (!stored) return missingBytes(name);
    const removed = new Set(record.removed);
    const recovered = await recoverSegment(stored, removed, { origin: 'reader', name });
    if (!recovered.ok) return recovered;
    const { segment, lost, salvaged } = recovered.value;
    // A rebuilt quote store: what it holds now (its documents renumbered, none removed).
    const holds = salvaged
      ? { docs: segment.docCount, quotes: segment.quoteCount, removed: [] }
      : null;
    const now = await this.store
      .replaceBytes(
        record.id,
        segment.buffer,
        holds ? { ...holds, ...(lost > 0 ? { salvaged: recovered.value.note } : {}) } : {},
        segment,
      )
      .catch(() => null);
    return ok({ segment, record: now ?? (holds ? { ...record, ...holds } : record) });
  }

  /**
   * A segment whose body a check found damaged: rebuilt (`rebuild`) and swapped into the
   * set in its place, or, when nothing of it can be used, taken out of checks and marked
   * in the store. Resolves when done (never rejects); one at a time with other changes.
   */
  private recover(segment: Segment, name: string, message: string): Promise<void> {
    return this.exclusive(async () => {
      const record = this.recordOf.get(segment);
      if (!record) return; // removed or merged away meanwhile
      const rebuilt = await this.rebuild(record, name);
      if (!rebuilt.ok) {
        this.refuse(
          record,
          segment,
          rebuilt.error.code === 'segment-invalid' ? rebuilt.error.message : message,
        );
        return;
      }
      this.untrack(segment);
      this.track(rebuilt.value.record, rebuilt.value.segment);
      this.set.replace(segment, rebuilt.value.segment, rebuilt.value.record.removed);
    }).catch(() => undefined);
  }

  /** Takes a segment found damaged out of checks; the store keeps it, marked. */
  private refuse(record: SegmentRecord, segment: Segment, message: string): void {
    if (this.refusedIds.has(record.id)) return;
    this.set.drop(segment);
    this.untrack(segment);
    this.refusedIds.add(record.id);
    this.refused.push({ segmentId: record.id, entryIds: record.entryIds, message });
    void this.store.markDamaged(record.id, message).catch(() => undefined);
  }

  /**
   * Lays out anew, and stores as a head and body chunks, the segments a version before
   * that layout saved whole (they open and answer as they are; the next start reads only
   * their heads). One at a time, in the background; returns how many it converted.
   */
  convert(): Promise<number> {
    return this.exclusive(async () => {
      let converted = 0;
      for (const [segment, record] of [...this.recordOf]) {
        if (record.body || !segment.whole || !this.recordOf.has(segment)) continue;
        const bytes = relayoutSegment(segment.buffer);
        let stored: SegmentRecord | null;
        try {
          // The same documents and index laid out anew: the opened segment gives its word table.
          stored = await this.store.replaceBytes(record.id, bytes, {}, segment);
        } catch {
          return converted; // no room, or the store went away: the next start tries again
        }
        if (stored) this.recordOf.set(segment, stored);
        converted++;
      }
      return converted;
    });
  }

  private track(record: SegmentRecord, segment: Segment): void {
    this.segmentOf.set(record.id, segment);
    this.recordOf.set(segment, record);
  }

  private untrack(segment: Segment): void {
    const record = this.recordOf.get(segment);
    if (record) this.segmentOf.delete(record.id);
    this.recordOf.delete(segment);
  }

  /**
   * Stores one article (a corpus of one article) and searches it from the next check.
   * `replace`: the entry of the same page added before, removed in the same step.
   */
  addArticle(
    corpus: Corpus,
    entry: Omit<EntryRecord, 'id' | 'kind' | 'state'>,
    replace: string | null = null,
  ): Promise<Result<EntryRecord, QcError>> {
    return this.exclusive(async () => {
      const words = new Set<string>();
      const bytes = buildSegment(corpus, { words });
      const opened = openSegment(bytes, { origin: 'reader', name: 'the new article' });
      if (!opened.ok) return opened;
      const segment = opened.value;
      const record: EntryRecord = { ...entry, id: this.newId(), kind: 'article', state: 'live' };
      const segmentRecord: SegmentRecord = {
        id: this.newId(),
        kind: 'article',
        entryIds: [record.id],
        removed: [],
        state: 'live',
        docs: segment.docCount,
        quotes: segment.quoteCount,
        byteLength: bytes.byteLength,
        createdAt: Date.now(),
      };
      try {
        await this.store.addArticle(record, {
          id: segmentRecord.id,
          bytes,
          words,
          opened: segment,
          docs: segment.docCount,
          quotes: segment.quoteCount,
        });
      } catch (e) {
        return err(storeError(e, 'saving the article'));
      }
      this.track(segmentRecord, segment);
      this.set.add(segment);
      if (replace) {
        // The copy it replaces may be gone already (removed meanwhile): then nothing to do.
        const removed = await this.removeNow(replace);
        if (!removed.ok && removed.error.code !== 'not-found') return removed;
      }
      return ok(record);
    });
  }

  /** Removes an added article or an import from every answer, and from the store. */
  removeEntry(entryId: string): Promise<Result<null, QcError>> {
    return this.exclusive(() => this.removeNow(entryId));
  }

  private async removeNow(entryId: string): Promise<Result<null, QcError>> {
    let entry: EntryRecord | undefined;
    try {
      entry = await this.store.entry(entryId);
    } catch (e) {
      return err(storeError(e, 'reading your corpus'));
    }
    if (!entry)
      return err({ code: 'not-found', message: 'This item is no longer in your corpus.' });
    // An article is looked up by id in every segment: their records must be read.
    if (entry.articleId) {
      const read = await this.readAll();
      if (!read.ok) return read;
    }
    const drop: Segment[] = [];
    const masks: { segment: Segment; removed: number[] }[] = [];
    for (const [segment, record] of this.recordOf) {
      if (!record.entryIds.includes(entryId)) continue;
      const others = record.entryIds.filter((id) => id !== entryId);
      if (others.length === 0) {
        drop.push(segment);
        continue;
      }
      const article = entry.articleId ? segment.findArticle(entry.articleId) : -1;
      const removed = article < 0 ? record.removed : [...new Set([...record.removed, article])];
      masks.push({ segment, removed });
    }
    // Refused segments of this entry go too (they are out of checks already).
    const refusedDrop = this.refused.filter(
      (r) => r.entryIds.length === 1 && r.entryIds[0] === entryId,
    );
    try {
      await this.store.removeEntry(entryId, {
        drop: [
          ...drop.map((s) => this.recordOf.get(s)!.id),
          ...refusedDrop.map((r) => r.segmentId),
        ],
        masks: masks.map((m) => ({
          segmentId: this.recordOf.get(m.segment)!.id,
          removed: m.removed,
        })),
      });
    } catch (e) {
      return err(storeError(e, 'removing it'));
    }
    for (const segment of drop) {
      this.set.drop(segment);
      this.untrack(segment);
    }
    for (const r of refusedDrop) this.refused.splice(this.refused.indexOf(r), 1);
    if (entry.articleId) this.set.removeArticle(entry.articleId);
    for (const m of masks) {
      const record = this.recordOf.get(m.segment)!;
      this.recordOf.set(m.segment, {
        ...record,
        removed: m.removed,
        entryIds: record.entryIds.filter((id) => id !== entryId),
      });
    }
    return ok(null);
  }

  /**
   * Merges small segments of added articles (never an import's, never the bundled
   * corpus) and stores each merge. Checks are answered meanwhile.
   */
  merge(): Promise<Result<number, QcError>> {
    return this.exclusive(async () => {
      const merged = await this.set.merge({
        eligible: (s) => this.recordOf.get(s)?.kind === 'article',
        ...(this.pause ? { pause: this.pause } : {}),
      });
      if (!merged.ok) return merged;
      for (const { replaced, merged: segment } of merged.value) {
        const records = replaced.map((s) => this.recordOf.get(s)!);
        const entryIds = [...new Set(records.flatMap((r) => r.entryIds))];
        const record: SegmentRecord | null = segment
          ? {
              id: this.newId(),
              kind: 'article',
              entryIds,
              removed: [],
              state: 'live',
              docs: segment.docCount,
              quotes: segment.quoteCount,
              byteLength: segment.buffer.byteLength,
              createdAt: Date.now(),
            }
          : null;
        try {
          await this.store.replaceMerged(
            records.map((r) => r.id),
            record && segment ? { ...record, bytes: segment.buffer, opened: segment } : null,
          );
        } catch (e) {
          return err(storeError(e, 'storing a merge'));
        }
        for (const s of replaced) this.untrack(s);
        if (record && segment) this.track(record, segment);
      }
      return ok(merged.value.length);
    });
  }

  /** Reads every segment of the set whole (segments read on demand read the rest). */
  private async readAll(): Promise<Result<null, QcError>> {
    try {
      await Promise.all(this.set.segments.map((s) => s.loadAll()));
      return ok(null);
    } catch (e) {
      return err(storeError(e, 'reading your corpus'));
    }
  }

  /** Of these article ids, those the reader's corpus holds (live). */
  async knownArticles(ids: readonly string[]): Promise<Result<string[], QcError>> {
    const read = await this.readAll();
    if (!read.ok) return read;
    const entries = this.set.entries.filter((e) => this.recordOf.has(e.segment));
    return ok(
      ids.filter((id) =>
        entries.some((e) => {
          const a = e.segment.findArticle(id);
          return a >= 0 && !e.removed.has(a);
        }),
      ),
    );
  }

  /** The store id of a segment the set holds (tests, reports). */
  idOf(segment: Segment): string | undefined {
    return this.recordOf.get(segment)?.id;
  }
}

/** A stored segment whose bytes are gone. */
const missingBytes = (name: string) =>
  err({ code: 'segment-invalid', message: `${name}: its stored bytes are missing` });
