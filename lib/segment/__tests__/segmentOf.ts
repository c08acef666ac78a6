/** Tests' shortcut: a corpus built into a segment and opened. */
import { buildSegment } from '../buildSegment';
import { openSegment } from '../openSegment';
import type { Segment } from '../Segment';
import { SegmentSet } from '../SegmentSet';
import type { SegmentOrigin, StoredCorpus } from '../StoredCorpus';

export function segmentOf(corpus: StoredCorpus, origin: SegmentOrigin = 'bundled'): Segment {
  const opened = openSegment(buildSegment(corpus), { origin, name: 'test segment' });
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
}

export const setOf = (...corpora: StoredCorpus[]): SegmentSet =>
  new SegmentSet(corpora.map((c, i) => segmentOf(c, i === 0 ? 'bundled' : 'reader')));
