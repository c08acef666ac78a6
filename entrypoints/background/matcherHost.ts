/**
 * The background worker hosts one matcher per worker life: built on first need, then
 * reused by every check. A corpus that fails to load stays failed (it is bundled: it will
 * not change until the extension is reinstalled), so the error is reported every time.
 */
import type { Matcher } from '../../lib/match/Matcher';
import type { QcError, Result } from '../../lib/result';

export type GetMatcher = () => Result<Matcher, QcError>;

export function createMatcherHost(load: GetMatcher): GetMatcher {
  let loaded: Result<Matcher, QcError> | undefined;
  return () => {
    loaded ??= load();
    return loaded;
  };
}
