import type { VerdictReason as Reason } from '../lib/match/types';
import { describeReason } from '../lib/ui/describeReason';
import type { Translate } from '../lib/ui/translate';

export interface VerdictReasonProps {
  reason: Reason;
  t: Translate;
}

/**
 * The one line under the verdict that says why ("Only part of a person's name differs
 * (‘Jae-in’): the same person is meant."), with the page's framing it set aside, if any.
 * A reason that rests on no words and set nothing aside (verbatim, not found, article
 * text, too common) would only repeat the verdict's own explanation: no line then.
 * Page text in it is rendered as text.
 */
export function VerdictReason({ reason, t }: VerdictReasonProps) {
  if (reason.words.length === 0 && !reason.framing) return null;
  const line = describeReason(reason);
  const framing = line.framing ? ` ${t('reasonFraming', line.framing)}` : '';
  return (
    <p class="qc-reason" data-testid="verdict-reason" data-reason={reason.code}>
      {t(line.key, line.substitutions)}
      {framing}
    </p>
  );
}
