/**
 * Matchers from what the CLI and the tests hold: `loadMatcher(json)` validates a corpus
 * (`corpus/quotes.json`, or any corpus file) and builds its segment in memory;
 * `openMatcher(buffers)` opens segment files (the shipped `public/segments/*.qcs`, or the
 * reader's), refusing a damaged one with one message. Errors are values, never thrown.
 */
import { parseCorpus } from '../corpus/parseCorpus';
import { err, ok, type QcError, type Result } from '../result';
import { buildSegment } from '../segment/buildSegment';
import { openSegment } from '../segment/openSegment';
import type { Segment } from '../segment/Segment';
import type { SegmentOrigin } from '../segment/SegmentOrigin';
import { SegmentSet } from '../segment/SegmentSet';
import { createMatcher } from './createMatcher';
import type { Matcher } from './Matcher';

export function loadMatcher(
  quotesJson: unknown,
  origin: SegmentOrigin = 'bundled',
): Result<Matcher, QcError> {
  const corpus = parseCorpus(quotesJson);
  if (!corpus.ok) return err(corpus.error);
  return openMatcher([{ bytes: buildSegment(corpus.value), origin, name: 'the corpus' }]);
}

export interface SegmentFile {
  bytes: ArrayBuffer | Uint8Array;
  origin: SegmentOrigin;
  /** Names it in messages. */
  name: string;
}

export function openMatcher(files: readonly SegmentFile[]): Result<Matcher, QcError> {
  const segments: Segment[] = [];
  for (const f of files) {
    const opened = openSegment(f.bytes, { origin: f.origin, name: f.name });
    if (!opened.ok) return err(opened.error);
    segments.push(opened.value);
  }
  return ok(createMatcher(new SegmentSet(segments)));
}
