/**
 * Of the parts of a selection, the one the reader most needs to see first (it is the
 * check's `result`, the badge's verdict): a misattribution, then changed words, a
 * paraphrase, small changes, the words as printed; then what says nothing about a source.
 */
import type { CheckOutcome } from '../protocol';
import { cardVerdictOf } from '../ui/cardVerdictOf';
import type { CardVerdict } from '../ui/verdictStyle';
import { MARKED_VERDICTS } from './markStyles';

/** The marked verdicts, gravest first, then those that name no source. */
const ORDER: readonly CardVerdict[] = [
  ...MARKED_VERDICTS,
  'common',
  'no-match',
  'too-short',
  'error',
];

export function worstPart(parts: readonly CheckOutcome[]): CheckOutcome | null {
  let worst: CheckOutcome | null = null;
  for (const p of parts) {
    if (!worst || ORDER.indexOf(cardVerdictOf(p)) < ORDER.indexOf(cardVerdictOf(worst))) worst = p;
  }
  return worst;
}
