/**
 * The background worker hosts one matcher per worker life: built on first need, then
 * reused by every check. A corpus that fails to load stays failed (it is bundled: it will
 * not change until the extension is reinstalled), so the error is reported every time.
 */
import type { Corpus } from '../../lib/corpus/schema';
import type { VerifyRequest, VerifyResult } from '../../lib/match/types';
import type { QcError, Result } from '../../lib/result';

/** What the background needs of `lib/match`'s matcher. */
export interface MatcherLike {
  verify(request: VerifyRequest): VerifyResult;
  readonly corpus: Corpus;
}

export type GetMatcher = () => Result<MatcherLike, QcError>;

export function createMatcherHost(load: GetMatcher): GetMatcher {
  let loaded: Result<MatcherLike, QcError> | undefined;
  return () => {
    loaded ??= load();
    return loaded;
  };
}
