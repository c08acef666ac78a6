/**
 * The reader's own corpus in the worker: the store opened and its segments joined to the
 * matcher's set as the matcher loads (so the first check after a worker start already
 * searches them), and merges of added articles run a few seconds after the last one was
 * added. An IndexedDB that cannot be opened (a browser that forbids it) leaves the bundled
 * corpus working; the reader's features then say why they cannot.
 */
import type { Matcher } from '../../lib/match/Matcher';
import { READER_CONFIG } from '../../lib/reader/readerConfig';
import { err, ok, type QcError, type Result } from '../../lib/result';
import { runningImports } from '../../lib/store/importLock';
import { ReaderCorpus, type StoredSegments } from '../../lib/store/ReaderCorpus';
import { ReaderStore } from '../../lib/store/ReaderStore';
import { storeError } from '../../lib/store/storeError';

export type GetReader = () => Promise<Result<ReaderCorpus, QcError>>;

export interface ReaderHostDeps {
  openStore?: () => Promise<ReaderStore>;
  /** Entry ids of imports being written now (their Web Locks are held); `null` when unknown. */
  importsRunning?: () => Promise<Set<string> | null>;
  mergeDelayMs?: number;
  /** The clock the merge waits on (tests pass their own). */
  timers?: {
    set: (run: () => void, ms: number) => number;
    clear: (id: number | undefined) => void;
  };
}

export interface ReaderHost {
  /**
   * Starts opening the store and reading its segments, so that the reading (the browser's
   * storage, off this thread) runs while the bundled segment is fetched; `attach` then
   * takes what it read. Optional: `attach` alone reads too. Resolves (never rejects) when
   * the read is done.
   */
  prepare(): Promise<void>;
  /** Joins the stored segments to this matcher's set; the matcher's load waits for it. */
  attach(matcher: Matcher): Promise<void>;
  /** The reader's corpus, once attached (an error when the store cannot be opened). */
  current(): Promise<Result<ReaderCorpus, QcError>>;
  /** Merges small segments of added articles a little later, in the background. */
  scheduleMerge(): void;
}

const noop = () => undefined;

/** The store opened, and its segments' read under way. */
interface Opened {
  store: ReaderStore;
  stored: Promise<StoredSegments>;
}

/** The imports whose locks are held, where the platform has Web Locks. */
async function heldImportLocks(): Promise<Set<string> | null> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks) return null;
  const { held = [] } = await locks.query();
  return runningImports(held);
}

export function createReaderHost({
  openStore = () => ReaderStore.open(),
  importsRunning = heldImportLocks,
  mergeDelayMs = READER_CONFIG.mergeDelayMs,
  timers = {
    set: (run, ms) => setTimeout(run, ms) as unknown as number,
    clear: (id) => clearTimeout(id),
  },
}: ReaderHostDeps = {}): ReaderHost {
  let attached: Promise<Result<ReaderCorpus, QcError>> = Promise.resolve(
    err({ code: 'not-loaded', message: 'The corpus has not loaded yet.' }),
  );
  let timer: number | undefined;
  /** The store being opened and its segments being read (`prepare`), until `attach` takes them. */
  let prepared: Promise<Result<Opened, QcError>> | null = null;
  const open = async (): Promise<Result<Opened, QcError>> => {
    let store: ReaderStore;
    try {
      store = await openStore();
    } catch (e) {
      return err(storeError(e, 'opening your corpus'));
    }
    const stored = store.storedSegments();
    // Read by `sync` once attached; a failure is reported there, not as unhandled meanwhile.
    stored.catch(() => undefined);
    return ok({ store, stored });
  };

  const scheduleMerge = () => {
    timers.clear(timer);
    timer = timers.set(() => {
      // Then segments saved whole by an older version are stored anew as heads and chunks.
      void attached.then((reader) =>
        reader.ok ? reader.value.merge().then(() => reader.value.convert()) : null,
      );
    }, mergeDelayMs);
  };

  return {
    prepare() {
      prepared ??= open();
      return prepared.then((opened) =>
        opened.ok ? opened.value.stored.then(noop, noop) : undefined,
      );
    },
    attach(matcher) {
      const opening = prepared ?? open();
      prepared = null;
      attached = (async (): Promise<Result<ReaderCorpus, QcError>> => {
        const opened = await opening;
        if (!opened.ok) return opened;
        const { store, stored } = opened.value;
        const reader = new ReaderCorpus(store, matcher.segments);
        const synced = await reader.sync(stored);
        if (!synced.ok) return synced;
        // Imports a closed browser left half-written: nothing of them was ever searched.
        void store.discardPending(importsRunning).catch(() => 0);
        scheduleMerge();
        return ok(reader);
      })();
      return attached.then(() => undefined);
    },
    current: () => attached,
    scheduleMerge,
  };
}
