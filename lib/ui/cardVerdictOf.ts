/**
 * The verdict a check shows, on the card and the toolbar badge alike: a failed check is
 * `error`; a quotation whose words the source holds but the page gives to someone else
 * is `misattributed` first (whatever its words' verdict), because a wrong speaker is the
 * graver error; otherwise the matcher's verdict.
 */
import type { VerifyResult } from '../match/types';
import type { CheckOutcome } from '../protocol';
import type { CardVerdict } from './verdictStyle';

/** Verdicts whose quote the source holds, so that its speaker is the answer. */
const ATTRIBUTED: ReadonlySet<VerifyResult['verdict']> = new Set([
  'verbatim',
  'close',
  'altered',
  'paraphrase',
]);

export function isMisattributed(result: VerifyResult): boolean {
  // An unnamed source is never shown as a person, so never as the one who "said this".
  return (
    result.attribution === 'conflict' &&
    result.best !== null &&
    result.best.speaker !== null &&
    ATTRIBUTED.has(result.verdict)
  );
}

export function cardVerdictOf(outcome: CheckOutcome): CardVerdict {
  if (!outcome.result.ok) return 'error';
  const result = outcome.result.value;
  return isMisattributed(result) ? 'misattributed' : result.verdict;
}
