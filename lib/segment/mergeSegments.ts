/**
 * Merges segments into one, the way Lucene merges segments: no text is cut into words
 * again. Removed articles (and their documents) are dropped; the rest keep their order
 * (articles input by input; quotes, then narration, article by article). Texts are
 * recoded from each input's vocabulary to the merged one (rank to rank, counted over
 * what is kept), and postings are merged key by key (`mergeIndexes`).
 *
 * Speakers: `shared` when the inputs are batches of one corpus (the same speaker list
 * in each, kept as it is); `unify` for segments of different origins (INTERFACES.md §2:
 * `unifySpeakers`), keeping only the speakers of quotes that remain.
 */

import type { SourceKind } from '../corpus/schema';
import { GrowableUint32 } from './GrowableUint32';
import { mergeIndexesInSteps } from './mergeIndexes';
import { parseSpeakerRecord, speakerRecord } from './records';
import { ITEMS_PER_STEP, runSteps, type Steps } from './runSteps';
import type { Segment } from './Segment';
import { SegmentBuilder } from './SegmentBuilder';
import { QUOTE_FLAG, SEGMENT_FORMAT } from './segmentFormat';
import { unifySpeakers } from './unifySpeakers';

export interface MergeInput {
  segment: Segment;
  /** Indices of the segment's articles to leave out. */
  removed?: ReadonlySet<number>;
}

export interface MergeOptions {
  speakers: 'shared' | 'unify';
}

const SOURCE_KINDS: readonly (SourceKind | undefined)[] = [undefined, 'anonymous', 'organisation'];

export const mergeSegments = (inputs: readonly MergeInput[], options: MergeOptions): ArrayBuffer =>
  runSteps(mergeSegmentsInSteps(inputs, options));

/** `mergeSegments`, yielding between small steps (see `runSteps`). */
export function* mergeSegmentsInSteps(
  inputs: readonly MergeInput[],
  options: MergeOptions,
): Steps<ArrayBuffer> {
  const kept = inputs.map(({ segment, removed }) =>
    Array.from({ length: segment.articleCount }, (_, a) => a).filter((a) => !removed?.has(a)),
  );

  // New document numbers: every input's kept quotes, then every input's kept narration.
  let quoteCount = 0;
  let narrationCount = 0;
  const docMaps = inputs.map(({ segment }, i) => {
    const map = new Int32Array(segment.docCount).fill(-1);
    for (const a of kept[i]!) {
      const [from, to] = segment.quoteRange(a);
      for (let d = from; d < to; d++) map[d] = quoteCount++;
    }
    return map;
  });
  inputs.forEach(({ segment }, i) => {
    for (const a of kept[i]!) {
      const [from, to] = segment.narrationRange(a);
      for (let d = from; d < to; d++) docMaps[i]![d] = -2 - narrationCount++;
    }
  });
  for (const map of docMaps) {
    for (let d = 0; d < map.length; d++) if (map[d]! <= -2) map[d] = quoteCount + (-2 - map[d]!);
  }

  // Speakers.
  let speakerRecords: string[];
  let speakerOf: Int32Array[];
  if (options.speakers === 'shared') {
    const first = inputs[0]?.segment;
    speakerRecords = first
      ? Array.from({ length: first.speakerCount }, (_, s) =>
          first.recordText(first.articleCount + s),
        )
      : [];
    speakerOf = inputs.map(({ segment }) => {
      if (segment.speakerCount !== speakerRecords.length)
        throw new RangeError('mergeSegments: shared speakers, but the inputs hold different lists');
      return Int32Array.from({ length: segment.speakerCount }, (_, s) => s);
    });
  } else {
    const lists = inputs.map(({ segment }, i) => {
      const used = new Uint8Array(segment.speakerCount);
      for (const a of kept[i]!) {
        const [from, to] = segment.quoteRange(a);
        for (let d = from; d < to; d++) {
          const s = segment.speakerOf(d);
          if (s !== null) used[s] = 1;
        }
      }
      return Array.from({ length: segment.speakerCount }, (_, s) =>
        used[s] ? parseSpeakerRecord(segment.recordText(segment.articleCount + s)) : null,
      );
    });
    const unified = unifySpeakers(lists);
    speakerRecords = unified.speakers.map(speakerRecord);
    speakerOf = unified.indexOf;
  }

  // Vocabulary: runs counted over the kept texts, most frequent first.
  const maxEntry = Math.max(1, ...inputs.map(({ segment }) => maxEntryBytes(segment)));
  const ranks = new Uint32Array(maxEntry);
  /** The kept text entries of input `i`: each kept quote, its own context, each kept narration. */
  function* entriesOf(i: number): Generator<number, void, void> {
    const { segment } = inputs[i]!;
    for (const a of kept[i]!) {
      const [qFrom, qTo] = segment.quoteRange(a);
      for (let d = qFrom; d < qTo; d++) {
        yield d;
        if (!(segment.quoteFlags(d) & QUOTE_FLAG.contextIsText)) yield segment.docCount + d;
      }
      const [nFrom, nTo] = segment.narrationRange(a);
      for (let d = nFrom; d < nTo; d++) yield d;
    }
  }
  const runIndex = new Map<string, number>();
  const runs: string[] = [];
  const counts = new GrowableUint32();
  const rankMaps: Int32Array[] = [];
  let visited = 0;
  for (let i = 0; i < inputs.length; i++) {
    const { segment } = inputs[i]!;
    const local = new Uint32Array(segment.vocabularySize);
    for (const entry of entriesOf(i)) {
      const n = segment.ranksOf(entry, ranks);
      for (let j = 0; j < n; j++) local[ranks[j]!]!++;
      if (++visited % ITEMS_PER_STEP === 0) yield;
    }
    const map = new Int32Array(segment.vocabularySize).fill(-1);
    for (let r = 0; r < local.length; r++) {
      if (local[r] === 0) continue;
      const run = segment.vocabularyRun(r);
      let id = runIndex.get(run);
      if (id === undefined) {
        id = runs.length;
        runIndex.set(run, id);
        runs.push(run);
        counts.push(0);
      }
      counts.set(id, counts.get(id) + local[r]!);
      map[r] = id;
    }
    rankMaps.push(map);
  }
  const order = runs.map((_, i) => i);
  order.sort(
    (x, y) =>
      counts.get(y) - counts.get(x) || (runs[x]! < runs[y]! ? -1 : runs[x]! > runs[y]! ? 1 : 0),
  );
  const rankOf = new Uint32Array(runs.length);
  order.forEach((id, r) => {
    rankOf[id] = r;
  });
  for (const map of rankMaps)
    for (let r = 0; r < map.length; r++) if (map[r]! >= 0) map[r] = rankOf[map[r]!]!;

  const builder = new SegmentBuilder(order.map((id) => runs[id]!));
  for (const record of speakerRecords) builder.addSpeaker(record);
  const context = new Uint32Array(maxEntry);
  const recode = (i: number, entry: number, out: Uint32Array) => {
    const n = inputs[i]!.segment.ranksOf(entry, out);
    const map = rankMaps[i]!;
    for (let j = 0; j < n; j++) out[j] = map[out[j]!]!;
    return n;
  };
  let done = 0;
  for (let i = 0; i < inputs.length; i++) {
    const { segment } = inputs[i]!;
    for (const a of kept[i]!) {
      const [qFrom, qTo] = segment.quoteRange(a);
      const [nFrom, nTo] = segment.narrationRange(a);
      builder.addArticle(segment.recordText(a), qTo - qFrom, nTo - nFrom);
      for (let d = qFrom; d < qTo; d++) {
        if (++done % ITEMS_PER_STEP === 0) yield;
        const flags = segment.quoteFlags(d);
        const extra = segment.extraOf(d);
        const n = recode(i, d, ranks);
        const own = !(flags & QUOTE_FLAG.contextIsText);
        const c = own ? recode(i, segment.docCount + d, context) : 0;
        const s = segment.speakerOf(d);
        const kind =
          SOURCE_KINDS[(flags & QUOTE_FLAG.sourceKindMask) >> QUOTE_FLAG.sourceKindShift];
        builder.addQuote({
          id: extra.id ?? segment.docId(d),
          // Whole articles are kept, so a quote's place in its article, and with it a
          // derived id, stays as it was.
          derivedId: extra.id === null,
          ranks,
          rankCount: n,
          contextRanks: own ? context : null,
          contextRankCount: c,
          speaker: s === null ? SEGMENT_FORMAT.noSpeaker : speakerOf[i]![s]!,
          reported: (flags & QUOTE_FLAG.reported) !== 0,
          ...(extra.source !== null ? { source: extra.source } : {}),
          ...(kind ? { sourceKind: kind } : {}),
        });
      }
    }
  }
  for (let i = 0; i < inputs.length; i++) {
    const { segment } = inputs[i]!;
    for (const a of kept[i]!) {
      const [nFrom, nTo] = segment.narrationRange(a);
      for (let d = nFrom; d < nTo; d++) {
        if (++done % ITEMS_PER_STEP === 0) yield;
        const extra = segment.extraOf(d);
        const n = recode(i, d, ranks);
        builder.addNarration({
          id: extra.id ?? segment.docId(d),
          derivedId: extra.id === null,
          ranks,
          rankCount: n,
        });
      }
    }
  }
  const index = yield* mergeIndexesInSteps(
    inputs.map(({ segment }, i) => ({ index: segment.index, docMap: docMaps[i]! })),
    quoteCount + narrationCount,
  );
  return builder.finish(index);
}

/** The most codewords any text entry of the segment holds (one byte at least each). */
function maxEntryBytes(segment: Segment): number {
  let max = 0;
  for (let e = 0; e < segment.docCount + segment.quoteCount; e++)
    max = Math.max(max, segment.entryBytes(e));
  return max;
}
