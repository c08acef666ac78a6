/** A matcher over a segment set (however its segments were loaded). */
import type { SegmentSet } from '../segment/SegmentSet';
import { createVerify } from './createVerify';
import type { Matcher } from './Matcher';
import { gateCommonPhrases } from './specificity/gateCommonPhrases';
import { shippedWordBits } from './specificity/shippedWordBits';

export function createMatcher(segments: SegmentSet): Matcher {
  // Too common a phrase names nobody, whatever the corpus holds (the specificity gate).
  const verify = gateCommonPhrases(createVerify(segments), shippedWordBits);
  return {
    // Async by contract: callers never wait on more than this check, and a set whose
    // segments load or merge in the background can answer from what is loaded.
    verify: async (req) => verify(req),
    segments,
  };
}
