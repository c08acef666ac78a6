/**
 * Runs one check against the hosted matcher, as a `Result`: a corpus that did not load, an
 * empty text or a matcher that throws all come back as errors a person can act on.
 */
import type { VerifyRequest, VerifyResult } from '../../lib/match/types';
import { err, ok, type QcError, type Result } from '../../lib/result';
import type { Translate } from '../../lib/ui/translate';
import type { GetMatcher } from './matcherHost';

export async function verifyWith(
  getMatcher: GetMatcher,
  request: VerifyRequest,
  t: Translate,
): Promise<Result<VerifyResult, QcError>> {
  if (typeof request?.text !== 'string' || request.text.trim() === '') {
    return err({ code: 'no-selection', message: t('errorNoSelection') });
  }
  const matcher = await getMatcher();
  if (!matcher.ok) {
    return err({ code: matcher.error.code, message: t('errorCorpus', [matcher.error.message]) });
  }
  try {
    return ok(await matcher.value.verify(request));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return err({ code: 'internal', message: t('errorInternal', [detail]) });
  }
}
