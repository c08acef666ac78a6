import type { ImportProgress } from '../lib/import/types';
import type { QcError } from '../lib/result';
import type { ImportReport } from '../lib/store/importIntoStore';
import type { Translate } from '../lib/ui/translate';

export type ImportView =
  | { kind: 'idle' }
  | { kind: 'running'; file: string; size: number; progress: ImportProgress; cancelling: boolean }
  | { kind: 'done'; report: ImportReport; seconds: number }
  | { kind: 'failed'; file: string; error: QcError };

export interface ImportPanelProps {
  state: ImportView;
  onFile: (file: File) => void;
  onCancel: () => void;
  t: Translate;
  locale: string;
}

/** Skipped lines shown on the page (the summary counts them all). */
const SHOWN_LINES = 200;

/**
 * "Import quotes": a file input, then a progress bar with counts and Cancel while it
 * runs, then the summary (quotes added, speakers, the lines skipped with their numbers
 * and reasons), or why it stopped, with the assurance that nothing was added.
 */
export function ImportPanel({ state, onFile, onCancel, t, locale }: ImportPanelProps) {
  const n = (x: number) => x.toLocaleString(locale);
  const running = state.kind === 'running';
  return (
    <>
      <div class="qc-field">
        <label class="qc-field-label" for="qc-import-file">
          {t('optionsImportLabel')}
        </label>
        <input
          id="qc-import-file"
          type="file"
          accept=".json,.jsonl,.gz,.ndjson,application/json,application/gzip"
          disabled={running}
          aria-describedby="qc-import-hint"
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            if (file) onFile(file);
            // The same file may be chosen again later.
            input.value = '';
          }}
        />
        <p id="qc-import-hint" class="qc-meta">
          {t('optionsImportHint')}
        </p>
      </div>
      {state.kind === 'running' && (
        <div class="qc-import-run" data-testid="import-progress">
          <p>{t('optionsImporting', [state.file])}</p>
          <progress
            max={Math.max(1, state.size)}
            value={Math.min(state.progress.bytesRead, state.size)}
            aria-label={t('optionsImportProgressLabel')}
          />
          <p class="qc-meta" data-testid="import-counts" aria-live="polite">
            {t('optionsImportProgress', [
              n(state.progress.lines),
              n(state.progress.quotes),
              n(state.progress.skipped),
            ])}
          </p>
          <button type="button" class="qc-button" disabled={state.cancelling} onClick={onCancel}>
            {t('optionsImportCancel')}
          </button>
        </div>
      )}
      <div role="status" data-testid="import-result">
        {state.kind === 'failed' && (
          <p class="qc-error">
            {state.error.code === 'import-cancelled'
              ? t('optionsImportCancelled')
              : t('optionsImportFailed', [state.error.message.replace(/[.\s]+$/, '')])}
          </p>
        )}
        {state.kind === 'done' && <ImportSummary state={state} t={t} n={n} />}
      </div>
    </>
  );
}

function ImportSummary({
  state,
  t,
  n,
}: {
  state: Extract<ImportView, { kind: 'done' }>;
  t: Translate;
  n: (x: number) => string;
}) {
  const { entry, summary, alreadyHeld } = state.report;
  return (
    <div class="qc-import-summary" data-testid="import-summary">
      <p>
        {t('optionsImportDone', [
          entry.title,
          n(entry.quotes),
          n(entry.speakers),
          n(summary.lines),
          state.seconds.toFixed(1),
        ])}
      </p>
      {summary.unattributed > 0 && (
        <p class="qc-meta">{t('optionsImportUnattributed', [n(summary.unattributed)])}</p>
      )}
      {alreadyHeld.articles > 0 && (
        <p class="qc-meta">
          {t('optionsImportAlready', [n(alreadyHeld.articles), n(alreadyHeld.quotes)])}
        </p>
      )}
      {[
        ['optionsImportSkipped', summary.skipped, 'import-skipped'] as const,
        ['optionsImportNotes', summary.notes, 'import-notes'] as const,
      ].map(([heading, list, testId]) =>
        list.count === 0 ? null : (
          <details key={testId} class="qc-import-lines" open={heading === 'optionsImportSkipped'}>
            <summary>{t(heading, [n(list.count)])}</summary>
            <ul data-testid={testId}>
              {list.listed.slice(0, SHOWN_LINES).map((line) => (
                <li key={`${line.line}:${line.reason}`}>
                  {t('optionsImportLine', [n(line.line), line.reason])}
                </li>
              ))}
            </ul>
            {list.count > Math.min(SHOWN_LINES, list.listed.length) && (
              <p class="qc-meta">
                {t('optionsImportListedFirst', [n(Math.min(SHOWN_LINES, list.listed.length))])}
              </p>
            )}
          </details>
        ),
      )}
    </div>
  );
}
