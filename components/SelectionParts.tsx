import type { ComponentChildren } from 'preact';
import type { CheckOutcome } from '../lib/protocol';
import { cardVerdictOf } from '../lib/ui/cardVerdictOf';
import type { Translate } from '../lib/ui/translate';
import { VerdictWord } from './VerdictHeading';

export interface SelectionPartsProps {
  /** A check whose selection holds several quotations (`outcome.parts`). */
  outcome: CheckOutcome;
  t: Translate;
  locale: string;
  /** Draws one part's own result card. */
  children: (part: CheckOutcome) => ComponentChildren;
}

/**
 * A selection that holds several quotations: a line saying so (and how much of a very long
 * selection was read), each part's verdict at a glance (a misattribution in the second part
 * is seen before scrolling to it), then each quotation's own card in page order, each with
 * its own verdict, speaker and source.
 */
export function SelectionParts({ outcome, t, locale, children }: SelectionPartsProps) {
  const parts = outcome.parts ?? [];
  const n = (x: number) => x.toLocaleString(locale);
  return (
    <div class="qc-parts" data-testid="selection-parts">
      <p class="qc-parts-heading">{t('partsHeading', [n(parts.length)])}</p>
      {outcome.covered && (
        <p class="qc-note">
          {t('partsCovered', [n(outcome.covered.readChars), n(outcome.covered.totalChars)])}
        </p>
      )}
      <ol class="qc-parts-glance" data-testid="parts-glance">
        {parts.map((part, i) => (
          <li key={`${i}\u0000${part.text}`}>
            <span class="qc-parts-number">{n(i + 1)}</span>
            <VerdictWord verdict={cardVerdictOf(part)} t={t} testId="part-verdict" />
          </li>
        ))}
      </ol>
      <ol class="qc-parts-list">
        {parts.map((part, i) => (
          // Parts are in page order and never reordered.
          <li key={`${i}\u0000${part.text}`} class="qc-part" data-testid="selection-part">
            <p class="qc-part-label">{t('partLabel', [n(i + 1), n(parts.length)])}</p>
            {children(part)}
          </li>
        ))}
      </ol>
    </div>
  );
}
