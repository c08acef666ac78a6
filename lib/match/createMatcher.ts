/** A matcher over a segment set (however its segments were loaded). */
import type { SegmentSet } from '../segment/SegmentSet';
import { createVerify } from './createVerify';
import type { Matcher } from './Matcher';

export function createMatcher(segments: SegmentSet): Matcher {
  const verify = createVerify(segments);
  return {
    // Async by contract: callers never wait on more than this check, and a set whose
    // segments load or merge in the background can answer from what is loaded.
    verify: async (req) => verify(req),
    segments,
  };
}
