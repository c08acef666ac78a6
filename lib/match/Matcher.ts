/** What `loadMatcher` gives: a checker over one corpus. */
import type { Corpus } from '../corpus/schema';
import type { VerifyRequest, VerifyResult } from './types';

export interface Matcher {
  /** Checks one selection; never throws, whatever the text. */
  verify(req: VerifyRequest): VerifyResult;
  /** The corpus the matcher answers from. */
  corpus: Corpus;
}
