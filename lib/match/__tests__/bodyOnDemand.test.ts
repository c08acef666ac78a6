/**
 * A segment read on demand (the reader's store: the head at once, the body's chunks as a
 * check needs them) answers exactly as the same segment read whole, and what a check reads
 * ahead is all it uses: the whole body is never read to answer.
 */
import { describe, expect, it, vi } from 'vitest';
import { makeQueries } from '../../../scripts/bench/makeQueries';
import { makeSyntheticCorpus } from '../../../scripts/bench/makeSyntheticCorpus';
import { segmentOf } from '../../segment/__tests__/segmentOf';
import { wideCorpus } from '../../segment/__tests__/wideCorpus';
import { buildSegment } from '../../segment/buildSegment';
import { openSegment } from '../../segment/openSegment';
import { SegmentSet } from '../../segment/SegmentSet';
import { splitSegment } from '../../segment/splitSegment';
import { wordFrequencies } from '../../segment/wordFrequencies';
import { createMatcher } from '../createMatcher';
import { documentWords } from '../documentWords';
import { wordKey } from '../shingleKeys';
import type { VerifyRequest } from '../types';

const corpus = makeSyntheticCorpus(
  { schemaVersion: 1, speakers: [], articles: [], quotes: [], narration: [] },
  600,
);

function onDemand(bytes: ArrayBuffer, chunkBytes: number, words: boolean) {
  const split = splitSegment(bytes, chunkBytes)!;
  let chunksRead = 0;
  const opened = openSegment(split.head, {
    origin: 'reader',
    name: 'on demand',
    body: {
      offset: split.offset,
      chunkBytes,
      checksums: split.checksums,
      read: async (ns) => {
        chunksRead += ns.length;
        return ns.map((n) => split.chunks[n]!);
      },
    },
  });
  if (!opened.ok) throw new Error(opened.error.message);
  if (words) expect(opened.value.useWordTable(wordFrequencies(segmentOf(corpus)))).toBe(true);
  return { segment: opened.value, chunks: split.chunks.length, read: () => chunksRead };
}

describe('a segment read on demand', () => {
  it.each([
    ['with', true],
    ['without', false],
  ])(
    'answers every kind of check exactly as the segment read whole, reading a part of its body (%s its word table)',
    async (_, words) => {
      const bytes = buildSegment(corpus);
      const lazy = onDemand(bytes, 512, words);
      const whole = createMatcher(
        new SegmentSet([segmentOf(wideCorpus), segmentOf(corpus, 'reader')]),
      );
      const matcher = createMatcher(new SegmentSet([segmentOf(wideCorpus), lazy.segment]));
      // Reading the whole body is the fallback for bytes a check did not read ahead.
      const fallback = vi.spyOn(lazy.segment, 'loadAll');
      const { queries } = makeQueries(corpus, 10);
      const speakers = corpus.speakers.map((s) => s.name);
      const requests: VerifyRequest[] = queries.flatMap((q, i) => [
        { text: q.text },
        // A claim: the speaker directory reads every speaker record.
        { text: q.text, claimedSpeaker: speakers[i % speakers.length]! },
        { text: `“${q.text},” ${speakers[(i + 1) % speakers.length]} said.`, context: q.text },
      ]);
      expect(requests.length).toBeGreaterThan(80);
      for (const [i, request] of requests.entries()) {
        expect(await matcher.verify(request), request.text).toEqual(await whole.verify(request));
        // The first check read only a part of the body.
        if (i === 0) expect(lazy.read()).toBeLessThan(lazy.chunks);
      }
      // It never fell back to reading the whole body (a gap in what checks read ahead).
      expect(fallback).not.toHaveBeenCalled();
      // The word table gives every word the frequency the whole index gives it (0 for one
      // the corpus lacks), without reading a posting.
      if (words) {
        const whole = segmentOf(corpus, 'reader');
        const vocabulary = new Set(corpus.quotes.flatMap((q) => documentWords(q.text)));
        expect(vocabulary.size).toBeGreaterThan(100);
        for (const word of [...vocabulary, 'zebrafish', 'quixotic'])
          expect(lazy.segment.wordDf(wordKey(word)), word).toBe(whole.wordDf(wordKey(word)));
      }
    },
    // 90 checks of every kind: 2-5 s on the shared 2-core machine, past the default 5 s when busy.
    30_000,
  );
});
