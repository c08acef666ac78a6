import { isMarkedVerdict } from '../lib/scan/markStyles';
import { coverageNotes, summarizeScan } from '../lib/scan/summarizeScan';
import type { ScanItem, ScanReport } from '../lib/scan/types';
import { articleDateText } from '../lib/ui/articleDateText';
import { speakerText } from '../lib/ui/speakerText';
import type { Translate } from '../lib/ui/translate';
import { CoverageNotes } from './CoverageNotes';
import { ScanSummaryLine } from './ScanSummaryLine';
import { VerdictWord } from './VerdictHeading';

export interface ScanListProps {
  report: ScanReport;
  t: Translate;
  locale: string;
  /** The item the reader chose (shown in the page, its card below the list). */
  chosen: string | null;
  onChoose: (id: string) => void;
}

/** Characters of a quotation shown in the list: about two lines of the popup. */
const QUOTE_CHARS = 110;

const clip = (s: string) =>
  s.length <= QUOTE_CHARS ? s : `${s.slice(0, s.lastIndexOf(' ', QUOTE_CHARS))}…`;

/**
 * The page scan's list in the popup: what was found, then each quotation the corpus knows,
 * in page order: its verdict, who the page says spoke against who the source says, and the
 * source's headline and date. Choosing one shows it in the page (scrolled to and flashed).
 */
export function ScanList({ report, t, locale, chosen, onChoose }: ScanListProps) {
  const summary = summarizeScan(report.items);
  const known = report.items.filter((i) => isMarkedVerdict(i.verdict));
  return (
    <div class="qc-scan-list" data-testid="scan-list">
      <ScanSummaryLine summary={summary} t={t} locale={locale} />
      <CoverageNotes notes={coverageNotes(report.coverage)} t={t} locale={locale} />
      {known.length > 0 && (
        <ul class="qc-scan-items" aria-label={t('scanListLabel')}>
          {known.map((item) => (
            <li key={item.id}>
              <ScanListItem
                item={item}
                t={t}
                locale={locale}
                chosen={item.id === chosen}
                onChoose={() => onChoose(item.id)}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

interface ScanListItemProps {
  item: ScanItem;
  t: Translate;
  locale: string;
  chosen: boolean;
  onChoose: () => void;
}

function ScanListItem({ item, t, locale, chosen, onChoose }: ScanListItemProps) {
  const result = item.result.ok ? item.result.value : null;
  const best = result?.best ?? null;
  const article = best?.article ?? result?.narration?.article ?? null;
  const pageSays = item.speaker
    ? t('scanPageSpeaker', [item.speaker])
    : item.source
      ? t('scanPageSpeaker', [item.source])
      : t('scanPageNoOne');
  return (
    <button
      type="button"
      class="qc-scan-item"
      data-testid="scan-item"
      data-id={item.id}
      data-verdict={item.verdict}
      aria-current={chosen ? 'true' : undefined}
      onClick={onChoose}
    >
      <VerdictWord verdict={item.verdict} t={t} testId="scan-item-verdict" />
      <span class="qc-scan-quote">“{clip(item.text)}”</span>
      <span class="qc-scan-who">
        <span data-testid="scan-item-page">{pageSays}</span>
        {best && (
          <>
            <span aria-hidden="true"> · </span>
            <span data-testid="scan-item-source">
              {t('scanSourceSpeaker', [speakerText(best, t)])}
            </span>
          </>
        )}
      </span>
      {article && (
        <span class="qc-scan-article">
          <span data-testid="scan-item-headline">{article.title}</span>
          <span aria-hidden="true"> · </span>
          <span data-testid="scan-item-date">{articleDateText(article, t, locale)}</span>
        </span>
      )}
      <span class="qc-visually-hidden"> {t('scanShowInPage')}</span>
    </button>
  );
}
