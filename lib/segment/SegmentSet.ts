/**
 * The segments a matcher searches, from any source (the bundled file, the reader's
 * store, an import): segments are handed in as opened `Segment`s, and the set says what
 * changed so that a store can persist it.
 *
 * - `add` a segment: searched from the next check on; nothing else is rebuilt.
 * - `removeArticle`: the article's documents are masked at once, in every segment that
 *   holds the article (a deletion mask, kept until a merge drops them).
 * - `merge`: merges small segments (`findMerges`, `mergeSegments`) among the mergeable
 *   ones (the bundled segment never is: it ships with the extension).
 *
 * `version` changes with every change, so callers can drop what they derived from an
 * older state (word weights, the speaker directory).
 */
import { err, ok, type QcError, type Result } from '../result';
import { findMerges, TIERED_POLICY, type TieredPolicy } from './findMerges';
import { mergeSegmentsInSteps } from './mergeSegments';
import { openSegment } from './openSegment';
import { runStepsPaused, STEP_SLICE_MS } from './runSteps';
import type { Segment } from './Segment';

export interface SegmentEntry {
  readonly segment: Segment;
  /** Article indices removed from this segment (masked until a merge drops them). */
  readonly removed: ReadonlySet<number>;
  /** Per document, 1 when masked; `null` when nothing is. */
  readonly deleted: Uint8Array | null;
  readonly live: number;
}

export interface MergeDone {
  /** The segments merged away (their stored copies can be dropped)… */
  replaced: Segment[];
  /** …and the one that holds what they held (to be stored); `null` when nothing was left. */
  merged: Segment | null;
}

export interface MergeRun {
  /** Gives the event loop a turn (default: a zero timeout). */
  pause?: () => Promise<void>;
  policy?: TieredPolicy;
  /** Milliseconds of merging between two pauses. */
  sliceMs?: number;
  /**
   * Which of the reader's segments may be merged (default: all of them). The reader's
   * store merges only added articles: an import comes in large chunks already, and is
   * removed by dropping its own segments.
   */
  eligible?: (segment: Segment) => boolean;
}

export class SegmentSet {
  private list: SegmentEntry[] = [];
  version = 0;

  constructor(segments: readonly Segment[] = []) {
    for (const s of segments) this.add(s);
  }

  get entries(): readonly SegmentEntry[] {
    return this.list;
  }

  get segments(): Segment[] {
    return this.list.map((e) => e.segment);
  }

  /** Adds a segment, with the articles already removed from it (as stored). */
  add(segment: Segment, removed: Iterable<number> = []): void {
    this.list.push(entryOf(segment, new Set(removed)));
    this.version++;
  }

  /** Takes a segment out of the set (its documents are no longer searched). */
  drop(segment: Segment): boolean {
    const before = this.list.length;
    this.list = this.list.filter((e) => e.segment !== segment);
    if (this.list.length === before) return false;
    this.version++;
    return true;
  }

  /**
   * Puts `next` in the place of `old` (a segment rebuilt from a damaged one), with these
   * articles removed from it; false (and nothing added) when `old` is no longer in the set.
   */
  replace(old: Segment, next: Segment, removed: Iterable<number> = []): boolean {
    const at = this.list.findIndex((e) => e.segment === old);
    if (at < 0) return false;
    this.list = this.list.map((e, i) => (i === at ? entryOf(next, new Set(removed)) : e));
    this.version++;
    return true;
  }

  /**
   * Masks every live article with this id, in every segment; returns the segments
   * touched with the article's index in each (to be stored with them).
   */
  removeArticle(id: string): { segment: Segment; article: number }[] {
    const touched: { segment: Segment; article: number }[] = [];
    this.list = this.list.map((e) => {
      const a = e.segment.findArticle(id);
      if (a < 0 || e.removed.has(a)) return e;
      touched.push({ segment: e.segment, article: a });
      return entryOf(e.segment, new Set([...e.removed, a]));
    });
    if (touched.length > 0) this.version++;
    return touched;
  }

  /**
   * Runs the merges the tiered policy asks for among the reader's segments, one at a
   * time, pausing (`pause`) every few milliseconds of work so that checks are answered
   * meanwhile, from the segments as they were. A merged segment that fails to reopen
   * leaves the set as it was.
   */
  async merge({
    pause = () => new Promise((r) => setTimeout(r, 0)),
    policy = TIERED_POLICY,
    sliceMs = STEP_SLICE_MS,
    eligible = () => true,
  }: MergeRun = {}): Promise<Result<MergeDone[], QcError>> {
    const done: MergeDone[] = [];
    const candidates = this.list.filter(
      (e) => e.segment.origin === 'reader' && eligible(e.segment),
    );
    const groups = findMerges(
      candidates.map((e) => ({ docs: e.segment.docCount, live: e.live })),
      policy,
    );
    for (const group of groups) {
      await pause();
      const members = group.map((i) => candidates[i]!);
      if (!members.every((m) => this.list.includes(m))) continue; // changed meanwhile
      // Segments read on demand are read whole first (a merge recodes every text).
      try {
        await Promise.all(members.map((m) => m.segment.loadAll()));
      } catch (e) {
        return err({
          code: 'segment-invalid',
          message: e instanceof Error ? e.message : String(e),
        });
      }
      const bytes = await runStepsPaused(
        mergeSegmentsInSteps(
          members.map((m) => ({ segment: m.segment, removed: m.removed })),
          { speakers: 'unify' },
        ),
        pause,
        sliceMs,
      );
      // A change to any of them meanwhile (an article removed) makes this merge stale.
      if (!members.every((m) => this.list.includes(m))) continue;
      const opened = openSegment(bytes, { origin: 'reader', name: 'merged segment' });
      if (!opened.ok) return err(opened.error);
      const at = this.list.indexOf(members[0]!);
      const gone = new Set(members);
      this.list = this.list.filter((e) => !gone.has(e));
      // Segments whose every article was removed merge into nothing, and leave.
      const merged =
        opened.value.docCount > 0 || opened.value.articleCount > 0 ? opened.value : null;
      if (merged) this.list.splice(Math.min(at, this.list.length), 0, entryOf(merged, new Set()));
      this.version++;
      done.push({ replaced: members.map((m) => m.segment), merged });
    }
    return ok(done);
  }
}

function entryOf(segment: Segment, removed: ReadonlySet<number>): SegmentEntry {
  if (removed.size === 0) return { segment, removed, deleted: null, live: segment.docCount };
  const deleted = new Uint8Array(segment.docCount);
  let masked = 0;
  for (const a of removed) {
    for (const [from, to] of [segment.quoteRange(a), segment.narrationRange(a)]) {
      deleted.fill(1, from, to);
      masked += to - from;
    }
  }
  return { segment, removed, deleted, live: segment.docCount - masked };
}
