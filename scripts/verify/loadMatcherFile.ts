/**
 * The CLI's corpus: a segment file (it starts with "QCSG": the shipped
 * `public/segments/bundled.qcs`, or any segment) or a corpus JSON file (`corpus/quotes.json`,
 * an export, what `corpus:import` writes), whose segment is built in memory. Every failure
 * is one line naming the problem. `--reader` files join it as the reader's own corpus, as
 * in the extension: one search over both, each answer saying which holds it.
 */
import { readFileSync } from 'node:fs';
import { parseCorpus } from '../../lib/corpus/parseCorpus';
import { createMatcher } from '../../lib/match/createMatcher';
import type { Matcher } from '../../lib/match/Matcher';
import { err, ok, type QcError, type Result } from '../../lib/result';
import { buildSegment } from '../../lib/segment/buildSegment';
import { openSegment } from '../../lib/segment/openSegment';
import type { Segment } from '../../lib/segment/Segment';
import type { SegmentOrigin } from '../../lib/segment/SegmentOrigin';
import { SegmentSet } from '../../lib/segment/SegmentSet';
import { SEGMENT_FORMAT } from '../../lib/segment/segmentFormat';
import { readJsonFile } from './readJsonFile';

/** One file as a segment of the given origin. */
export function segmentOfFile(
  path: string,
  name: string,
  origin: SegmentOrigin,
): Result<Segment, QcError> {
  let head: Buffer | null = null;
  try {
    head = readFileSync(path);
  } catch {
    // Let the JSON reader name the problem (not found, a directory, unreadable).
  }
  if (head && head.length >= 4 && head.readUInt32LE(0) === SEGMENT_FORMAT.magic) {
    const bytes = new Uint8Array(head.length);
    bytes.set(head);
    return openSegment(bytes, { origin, name });
  }
  const json = readJsonFile(path);
  if (!json.ok) return err(json.error);
  const corpus = parseCorpus(json.value);
  if (!corpus.ok) return err(corpus.error);
  return openSegment(buildSegment(corpus.value), { origin, name });
}

export function loadMatcherFile(
  path: string,
  name: string,
  readers: readonly { path: string; name: string }[] = [],
): Result<Matcher, QcError> {
  const segments: Segment[] = [];
  for (const [i, file] of [{ path, name }, ...readers].entries()) {
    const segment = segmentOfFile(file.path, file.name, i === 0 ? 'bundled' : 'reader');
    if (!segment.ok) {
      // A segment's message names it already; a corpus file's does not.
      const message = segment.error.message.startsWith(`${file.name}: `)
        ? segment.error.message
        : `${file.name}: ${segment.error.message}`;
      return err({ ...segment.error, message });
    }
    segments.push(segment.value);
  }
  return ok(createMatcher(new SegmentSet(segments)));
}
