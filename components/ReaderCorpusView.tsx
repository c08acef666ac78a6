import { httpUrl } from '../lib/httpUrl';
import type { EntryRecord } from '../lib/store/readerDb';
import { formatBytes } from '../lib/ui/formatBytes';
import { formatDate } from '../lib/ui/formatDate';
import type { Translate } from '../lib/ui/translate';

export interface StorageUse {
  usage: number;
  quota: number;
}

export interface ReaderCorpusViewProps {
  /** `null` while the store is read. */
  entries: EntryRecord[] | null;
  /** Entry id → why part of it could not be read (left out of checks). */
  damaged: Readonly<Record<string, string>>;
  /** `null` when the browser does not say; `undefined` while it is asked. */
  storage: StorageUse | null | undefined;
  /** What the last action did (removed, exported…), or why it failed. */
  status: { text: string; error: boolean } | null;
  busy: boolean;
  onRemove: (entry: EntryRecord) => void;
  onExport: () => void;
  t: Translate;
  locale: string;
}

/**
 * The reader's own corpus on the options page: every article they added and every file
 * they imported (title or file name, outlet, date, quote count, added on) with Remove for
 * each; the storage the browser gives the extension; "Export my corpus". Titles and names
 * come from pages and files: rendered as text, linked only when http(s).
 */
export function ReaderCorpusView({
  entries,
  damaged,
  storage,
  status,
  busy,
  onRemove,
  onExport,
  t,
  locale,
}: ReaderCorpusViewProps) {
  const day = (iso: string | null | undefined) => (iso ? (formatDate(iso, locale) ?? iso) : null);
  const n = (x: number) => x.toLocaleString(locale);
  return (
    <>
      <p class="qc-note">{t('optionsReaderIntro')}</p>
      {entries === null ? (
        <p>{t('optionsReaderLoading')}</p>
      ) : entries.length === 0 ? (
        <p data-testid="reader-empty">{t('optionsReaderEmpty')}</p>
      ) : (
        <ul class="qc-sources qc-entries" data-testid="reader-entries">
          {entries.map((entry) => {
            const url = httpUrl(entry.url);
            const meta =
              entry.kind === 'article'
                ? t('optionsEntryArticle', [
                    entry.outlet ?? t('outletNotStated'),
                    day(entry.published) ?? t('dateNotStated'),
                    n(entry.quotes),
                    day(entry.addedAt) ?? entry.addedAt,
                  ])
                : t('optionsEntryImport', [
                    n(entry.quotes),
                    n(entry.speakers),
                    entry.dateFrom && entry.dateTo
                      ? entry.dateFrom === entry.dateTo
                        ? (day(entry.dateFrom) ?? '')
                        : t('optionsDatesRange', [
                            day(entry.dateFrom) ?? '',
                            day(entry.dateTo) ?? '',
                          ])
                      : t('optionsNoDates'),
                    day(entry.addedAt) ?? entry.addedAt,
                  ]);
            return (
              <li key={entry.id} class="qc-entry" data-testid="reader-entry" data-kind={entry.kind}>
                <div class="qc-entry-text">
                  <span class="qc-source-title">
                    {url ? (
                      <a href={url} target="_blank" rel="noopener noreferrer">
                        {entry.title}
                      </a>
                    ) : (
                      entry.title
                    )}
                  </span>
                  <span class="qc-meta">{meta}</span>
                  {damaged[entry.id] && (
                    <span class="qc-error">{t('optionsDamaged', [damaged[entry.id]!])}</span>
                  )}
                </div>
                <button
                  type="button"
                  class="qc-button"
                  disabled={busy}
                  aria-label={t('optionsRemoveLabel', [entry.title])}
                  onClick={() => onRemove(entry)}
                >
                  {t('optionsRemove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div class="qc-export">
        <button
          type="button"
          class="qc-button"
          disabled={busy || entries === null || entries.length === 0}
          onClick={onExport}
        >
          {t('optionsExport')}
        </button>
        <p class="qc-meta">{t('optionsExportHint')}</p>
      </div>
      <p class={status?.error ? 'qc-error' : 'qc-saved'} role="status" data-testid="reader-status">
        {status?.text ?? ''}
      </p>
      {storage !== undefined && (
        <p class="qc-meta" data-testid="storage-use">
          {storage
            ? t('optionsStorage', [
                formatBytes(storage.usage, locale),
                formatBytes(storage.quota, locale),
              ])
            : t('optionsStorageUnknown')}
        </p>
      )}
    </>
  );
}
