import type { Translate } from '../lib/ui/translate';
import { VERDICT_MESSAGES } from '../lib/ui/verdictMessages';
import { type CardVerdict, verdictStyle } from '../lib/ui/verdictStyle';

export interface VerdictHeadingProps {
  verdict: CardVerdict;
  /** Replaces the standard explanation (an error's own message). */
  detail?: string;
  t: Translate;
}

/** The verdict as a word on its colour, with a line saying what it means. */
export function VerdictHeading({ verdict, detail, t }: VerdictHeadingProps) {
  const messages = VERDICT_MESSAGES[verdict];
  const explanation = detail ?? (messages.detail ? t(messages.detail) : '');
  return (
    <header class="qc-verdict">
      <span
        class="qc-verdict-word"
        data-testid="verdict"
        style={{ backgroundColor: verdictStyle(verdict).color }}
      >
        <span class="qc-verdict-mark" aria-hidden="true">
          {verdictStyle(verdict).badge}
        </span>
        {t(messages.word)}
      </span>
      {explanation && <p class="qc-verdict-detail">{explanation}</p>}
    </header>
  );
}
