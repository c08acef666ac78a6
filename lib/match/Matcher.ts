/** What `loadMatcher` and `openMatcher` give: a checker over a set of segments. */
import type { SegmentSet } from '../segment/SegmentSet';
import type { VerifyRequest, VerifyResult } from './types';

export interface Matcher {
  /**
   * Checks one selection against every segment of the set as it is when the check
   * starts; never rejects, whatever the text.
   */
  verify(req: VerifyRequest): Promise<VerifyResult>;
  /** The segments searched: add, remove articles, merge (see `SegmentSet`). */
  segments: SegmentSet;
}
