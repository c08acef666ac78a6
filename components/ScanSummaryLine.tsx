import type { ScanSummary } from '../lib/scan/summarizeScan';
import type { Translate } from '../lib/ui/translate';

export interface ScanSummaryLineProps {
  summary: ScanSummary;
  t: Translate;
  locale: string;
}

/** One line: how many of the page's quotations the corpus knows. */
export function ScanSummaryLine({ summary, t, locale }: ScanSummaryLineProps) {
  const n = (x: number) => x.toLocaleString(locale);
  const text =
    summary.checked === 0
      ? t('scanSummaryNothing')
      : summary.known === 0
        ? t('scanSummaryNone', [n(summary.checked)])
        : t('scanSummary', [n(summary.known), n(summary.checked)]);
  return (
    <p class="qc-scan-summary" data-testid="scan-summary">
      {text}
    </p>
  );
}
