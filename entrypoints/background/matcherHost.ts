/**
 * The background worker hosts one matcher per worker life: loaded on first need (the
 * worker warms it as it starts), then reused by every check; checks that arrive while it
 * loads wait for that one load. A corpus that fails to load stays failed (it is bundled:
 * it will not change until the extension is reinstalled), so the error is reported every
 * time.
 */
import type { Matcher } from '../../lib/match/Matcher';
import type { QcError, Result } from '../../lib/result';

export type GetMatcher = () => Promise<Result<Matcher, QcError>>;

export function createMatcherHost(load: GetMatcher): GetMatcher {
  let loaded: Promise<Result<Matcher, QcError>> | undefined;
  return () => {
    loaded ??= load();
    return loaded;
  };
}
