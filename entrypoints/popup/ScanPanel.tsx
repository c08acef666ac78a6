import { useEffect, useMemo, useState } from 'preact/hooks';
import { ResultCard } from '../../components/ResultCard';
import { ScanList } from '../../components/ScanList';
import { SectionLevel } from '../../components/SectionLabel';
import { StatusLine } from '../../components/StatusLine';
import type { ScanReport } from '../../lib/scan/types';
import { copyText } from '../shared/copyText';
import { sendMessage } from '../shared/sendMessage';
import { t, uiLocale } from '../shared/t';
import { activeTabId } from './activeTabId';

type Status = { kind: 'idle' } | { kind: 'scanning' } | { kind: 'said'; text: string };

/**
 * The popup's page scan: "Scan this page" finds, checks and marks every quotation on the
 * tab's page (on the popup's `activeTab` grant), then lists the known ones; the tab's last
 * scan is listed as the popup opens. Choosing one shows it in the page and its card here.
 */
export function ScanPanel() {
  // Asked once, as the popup opens; a click before the answer waits for it rather than
  // reading "no tab yet" as "a tab we may not read".
  const tab = useMemo(() => activeTabId(), []);
  const [tabId, setTabId] = useState<number | null>(null);
  const [report, setReport] = useState<ScanReport | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [chosen, setChosen] = useState<string | null>(null);

  useEffect(() => {
    void tab.then(async (id) => {
      setTabId(id);
      if (id === null) return;
      const kept = await sendMessage('scanState', { tabId: id });
      const last = kept.ok ? kept.value : null;
      // A scan answered meanwhile is newer than the one kept.
      if (last) setReport((shown) => shown ?? last);
    });
  }, [tab]);

  const scan = async () => {
    setStatus({ kind: 'scanning' });
    setChosen(null);
    const id = await tab;
    if (id === null) {
      setStatus({ kind: 'said', text: t('statusUnreadable') });
      return;
    }
    const scanned = await sendMessage('scanPage', { tabId: id });
    if (scanned.ok) {
      setReport(scanned.value);
      setStatus({ kind: 'idle' });
    } else {
      setStatus({ kind: 'said', text: scanned.error.message });
    }
  };

  const choose = async (id: string) => {
    setChosen(id);
    if (tabId === null) return;
    const shown = await sendMessage('revealMark', { tabId, id });
    setStatus(shown.ok ? { kind: 'idle' } : { kind: 'said', text: shown.error.message });
  };

  const item = report?.items.find((i) => i.id === chosen) ?? null;
  return (
    <section class="qc-scan" aria-label={t('scanButton')} data-testid="scan-panel">
      <button
        type="button"
        class="qc-button qc-scan-button"
        data-testid="scan-button"
        disabled={status.kind === 'scanning'}
        onClick={() => void scan()}
      >
        {t('scanButton')}
      </button>
      {status.kind === 'scanning' && <StatusLine text={t('scanScanning')} />}
      {status.kind === 'said' && <StatusLine text={status.text} />}
      {report && <h2 class="qc-scan-heading">{t('scanListLabel')}</h2>}
      {report && (
        <ScanList
          report={report}
          t={t}
          locale={uiLocale()}
          chosen={chosen}
          onChoose={(id) => void choose(id)}
        />
      )}
      <div aria-live="polite">
        {item && (
          <SectionLevel.Provider value={3}>
            <ResultCard
              outcome={{ text: item.text, result: item.result, page: report!.page }}
              t={t}
              locale={uiLocale()}
              copy={(text) => copyText(text)}
            />
          </SectionLevel.Provider>
        )}
      </div>
    </section>
  );
}
