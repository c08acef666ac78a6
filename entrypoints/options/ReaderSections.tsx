import { useCallback, useEffect, useState } from 'preact/hooks';
import { ImportPanel } from '../../components/ImportPanel';
import { ReaderCorpusView, type StorageUse } from '../../components/ReaderCorpusView';
import { ok } from '../../lib/result';
import { ReaderStore } from '../../lib/store/ReaderStore';
import type { EntryRecord } from '../../lib/store/readerDb';
import { formatBytes } from '../../lib/ui/formatBytes';
import { sendMessage } from '../shared/sendMessage';
import { t, uiLocale } from '../shared/t';
import { download, exportReaderCorpus } from './exportReaderCorpus';
import { useImport } from './useImport';

/** What the browser says the extension's storage holds, or `null` when it does not say. */
async function storageUse(): Promise<StorageUse | null> {
  try {
    const { usage, quota } = (await navigator.storage?.estimate?.()) ?? {};
    return typeof usage === 'number' && typeof quota === 'number' ? { usage, quota } : null;
  } catch {
    return null;
  }
}

/**
 * The options page's sections for the reader's own corpus: the manage list (read from the
 * store in this page; removals go through the background worker, which masks them in the
 * matcher at once), storage use, export, and import.
 */
export function ReaderSections() {
  const locale = uiLocale();
  const [entries, setEntries] = useState<EntryRecord[] | null>(null);
  const [damaged, setDamaged] = useState<Record<string, string>>({});
  const [storage, setStorage] = useState<StorageUse | null | undefined>(undefined);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(async () => {
    setStorage(await storageUse());
    const read = await ReaderStore.using('reading it', async (store) => {
      const [list, records] = await Promise.all([store.entries(), store.segmentRecords()]);
      return ok({ list, records });
    });
    if (!read.ok) {
      setEntries([]);
      setStatus({ text: t('errorReaderCorpus', [read.error.message]), error: true });
      return;
    }
    const broken: Record<string, string> = {};
    for (const r of read.value.records) {
      // Refused whole, or rebuilt from the quotes that could be read (how many were lost).
      const why = r.damaged ?? r.salvaged;
      if (why) for (const id of r.entryIds) broken[id] = why;
    }
    setEntries(read.value.list);
    setDamaged(broken);
  }, []);

  useEffect(() => {
    void refresh();
    // An article added in another tab shows when the reader comes back to this one.
    const again = () => void refresh();
    window.addEventListener('focus', again);
    return () => window.removeEventListener('focus', again);
  }, [refresh]);

  const imports = useImport(() => void refresh());

  const remove = async (entry: EntryRecord) => {
    setBusy(true);
    const removed = await sendMessage('removeEntry', { entryId: entry.id });
    setStatus(
      removed.ok
        ? { text: t('optionsRemoved', [entry.title]), error: false }
        : { text: removed.error.message, error: true },
    );
    await refresh();
    setBusy(false);
  };

  const exportAll = async () => {
    setBusy(true);
    setStatus({ text: t('optionsExporting'), error: false });
    const exported = await exportReaderCorpus();
    if (!exported.ok) setStatus({ text: exported.error.message, error: true });
    else if (exported.value.quotes === 0)
      setStatus({ text: t('optionsExportEmpty'), error: false });
    else {
      download(exported.value.blob, exported.value.fileName);
      setStatus({
        text: t('optionsExported', [
          exported.value.quotes.toLocaleString(locale),
          exported.value.articles.toLocaleString(locale),
          formatBytes(exported.value.blob.size, locale),
        ]),
        error: false,
      });
    }
    setBusy(false);
  };

  return (
    <>
      <section aria-labelledby="qc-reader-heading">
        <h2 id="qc-reader-heading">{t('optionsReaderHeading')}</h2>
        <ReaderCorpusView
          entries={entries}
          damaged={damaged}
          storage={storage}
          status={status}
          busy={busy || imports.state.kind === 'running'}
          onRemove={(entry) => void remove(entry)}
          onExport={() => void exportAll()}
          t={t}
          locale={locale}
        />
      </section>
      <section aria-labelledby="qc-import-heading">
        <h2 id="qc-import-heading">{t('optionsImportHeading')}</h2>
        <ImportPanel
          state={imports.state}
          onFile={imports.start}
          onCancel={imports.cancel}
          t={t}
          locale={locale}
        />
      </section>
    </>
  );
}
