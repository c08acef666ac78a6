import type { Translate } from '../lib/ui/translate';
import { VERDICT_MESSAGES } from '../lib/ui/verdictMessages';
import { type CardVerdict, verdictStyle } from '../lib/ui/verdictStyle';

export interface VerdictHeadingProps {
  verdict: CardVerdict;
  /** Replaces the standard explanation (an error's own message). */
  detail?: string;
  /**
   * For `misattributed`: who the source quotes, who the page names, and the verdict on
   * the words themselves, said after the misattribution.
   */
  misattribution?: { speaker: string; claimed: string; words: CardVerdict };
  t: Translate;
}

/** A verdict word on its colour, its mark hidden from screen readers (the word says it). */
export function VerdictWord({
  verdict,
  t,
  testId,
}: {
  verdict: CardVerdict;
  t: Translate;
  testId: string;
}) {
  const style = verdictStyle(verdict);
  return (
    <span class="qc-verdict-word" data-testid={testId} style={{ backgroundColor: style.color }}>
      <span class="qc-verdict-mark" aria-hidden="true">
        {style.badge}
      </span>
      {t(VERDICT_MESSAGES[verdict].word)}
    </span>
  );
}

/**
 * The verdict as a word on its colour, with a line saying what it means. A misattribution
 * comes first, in the warning colour, naming both people; the words' own verdict follows.
 */
export function VerdictHeading({ verdict, detail, misattribution, t }: VerdictHeadingProps) {
  if (verdict === 'misattributed' && misattribution) {
    const words = VERDICT_MESSAGES[misattribution.words];
    return (
      <header class="qc-verdict qc-verdict-misattributed">
        <VerdictWord verdict="misattributed" t={t} testId="verdict" />
        <p class="qc-misattribution" data-testid="misattribution">
          {t('misattributedHeading', [misattribution.speaker, misattribution.claimed])}
        </p>
        <p class="qc-words-verdict">
          <span class="qc-words-label">{t('wordsVerdictLabel')}</span>{' '}
          <VerdictWord verdict={misattribution.words} t={t} testId="words-verdict" />{' '}
          {words.detail && <span class="qc-verdict-detail">{t(words.detail)}</span>}
        </p>
      </header>
    );
  }
  const messages = VERDICT_MESSAGES[verdict];
  const explanation = detail ?? (messages.detail ? t(messages.detail) : '');
  return (
    <header class="qc-verdict">
      <VerdictWord verdict={verdict} t={t} testId="verdict" />
      {explanation && <p class="qc-verdict-detail">{explanation}</p>}
    </header>
  );
}
