import type { CoverageNote, ScanSummary } from '../lib/scan/summarizeScan';
import type { ThemeSetting } from '../lib/settings';
import type { Translate } from '../lib/ui/translate';
import { VERDICT_MESSAGES } from '../lib/ui/verdictMessages';
import { CoverageNotes } from './CoverageNotes';
import { MarkSwatch } from './MarkSwatch';
import { ScanSummaryLine } from './ScanSummaryLine';

export interface ScanLegendProps {
  summary: ScanSummary;
  notes: readonly CoverageNote[];
  theme: ThemeSetting;
  lang: string;
  t: Translate;
  /** Removes the marks and this legend from the page. */
  onClear: () => void;
}

/**
 * The scan's legend in the page, in our own shadow root: what was found, each verdict's
 * mark with its word and count (the colour is never the only signal), what the scan did
 * not cover, and a button that removes the marks.
 */
export function ScanLegend({ summary, notes, theme, lang, t, onClear }: ScanLegendProps) {
  return (
    <section
      class="qc-root qc-scan-legend"
      data-theme={theme}
      lang={lang}
      aria-label={t('scanLegendLabel')}
      data-testid="scan-legend"
    >
      <div class="qc-scan-legend-header">
        <h2 class="qc-dialog-title">{t('extName')}</h2>
        <button type="button" class="qc-close" aria-label={t('scanClear')} onClick={onClear}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div aria-live="polite">
        <ScanSummaryLine summary={summary} t={t} locale={lang} />
      </div>
      {summary.byVerdict.length > 0 && (
        <ul class="qc-scan-legend-list">
          {summary.byVerdict.map(({ verdict, count }) => (
            <li key={verdict} data-verdict={verdict}>
              <MarkSwatch verdict={verdict} />
              <span class="qc-scan-legend-word">{t(VERDICT_MESSAGES[verdict].word)}</span>
              <span class="qc-scan-legend-count">{count.toLocaleString(lang)}</span>
            </li>
          ))}
        </ul>
      )}
      {summary.marked > 0 && <p class="qc-note">{t('scanLegendHint')}</p>}
      <CoverageNotes notes={notes} t={t} locale={lang} />
    </section>
  );
}
