/** Tests' shortcut: a corpus built into a segment and opened. */

import type { Corpus } from '../../corpus/schema';
import { buildSegment } from '../buildSegment';
import { openSegment } from '../openSegment';
import type { Segment } from '../Segment';
import type { SegmentOrigin } from '../SegmentOrigin';
import { SegmentSet } from '../SegmentSet';

export function segmentOf(corpus: Corpus, origin: SegmentOrigin = 'bundled'): Segment {
  const opened = openSegment(buildSegment(corpus), { origin, name: 'test segment' });
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
}

export const setOf = (...corpora: Corpus[]): SegmentSet =>
  new SegmentSet(corpora.map((c, i) => segmentOf(c, i === 0 ? 'bundled' : 'reader')));
