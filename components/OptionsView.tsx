import type { CorpusSummary } from '../lib/protocol';
import type { QcError, Result } from '../lib/result';
import type { Settings } from '../lib/settings';
import { formatDate } from '../lib/ui/formatDate';
import type { MessageKey, Translate } from '../lib/ui/translate';
import { ChoiceFieldset } from './ChoiceFieldset';

/** The settings the view shows and changes. */
export type OptionsSettings = Settings;

export interface OptionsViewProps {
  /** `null` while the background is still answering. */
  summary: Result<CorpusSummary, QcError> | null;
  settings: OptionsSettings;
  onChange: (settings: OptionsSettings) => void;
  /** Shown after a change was saved. */
  saved: boolean;
  t: Translate;
  locale: string;
}

const DISPLAY_CHOICES: [OptionsSettings['displayMode'], MessageKey][] = [
  ['card', 'optionsDisplayCard'],
  ['popup', 'optionsDisplayPopup'],
];

const THEME_CHOICES: [OptionsSettings['theme'], MessageKey][] = [
  ['system', 'optionsThemeSystem'],
  ['light', 'optionsThemeLight'],
  ['dark', 'optionsThemeDark'],
];

/** The options page: what the bundled corpus holds, and the two settings. */
export function OptionsView({ summary, settings, onChange, saved, t, locale }: OptionsViewProps) {
  return (
    <>
      <h1>{t('optionsTitle')}</h1>
      <p class="qc-note">{t('optionsPrivacy')}</p>

      <section aria-labelledby="qc-settings-heading">
        <h2 id="qc-settings-heading">{t('optionsSettingsHeading')}</h2>
        <ChoiceFieldset
          legend="optionsDisplayLegend"
          name="displayMode"
          choices={DISPLAY_CHOICES}
          value={settings.displayMode}
          onSelect={(displayMode) => onChange({ ...settings, displayMode })}
          t={t}
        />
        <ChoiceFieldset
          legend="optionsThemeLegend"
          name="theme"
          choices={THEME_CHOICES}
          value={settings.theme}
          onSelect={(theme) => onChange({ ...settings, theme })}
          t={t}
        />
        <p class="qc-note qc-shortcut-note">{t('optionsShortcut')}</p>
        {/* Last, so its reserved line closes the section instead of parting the note from it. */}
        <p class="qc-saved" role="status" data-testid="saved">
          {saved ? t('optionsSaved') : ''}
        </p>
      </section>

      <section aria-labelledby="qc-corpus-heading">
        <h2 id="qc-corpus-heading">{t('optionsCorpusHeading')}</h2>
        <CorpusContents summary={summary} t={t} locale={locale} />
      </section>
    </>
  );
}

function CorpusContents({
  summary,
  t,
  locale,
}: Pick<OptionsViewProps, 'summary' | 't' | 'locale'>) {
  if (summary === null) return <p data-testid="corpus-status">{t('statusChecking')}</p>;
  if (!summary.ok) {
    return (
      <p class="qc-error" data-testid="corpus-status">
        {summary.error.message}
      </p>
    );
  }
  const { quotes, speakers, articles, sources } = summary.value;
  return (
    <>
      <p data-testid="corpus-counts">
        {t('optionsCounts', [String(quotes), String(speakers), String(articles)])}
      </p>
      <p class="qc-note" data-testid="corpus-real">
        {t('optionsRealSources')}
      </p>
      {sources.length === 0 ? (
        <p>{t('optionsCorpusEmpty')}</p>
      ) : (
        <ul class="qc-sources" data-testid="corpus-sources">
          {sources.map((source) => {
            const date = source.published ? formatDate(source.published, locale) : null;
            return (
              <li key={source.id}>
                <span class="qc-source-title">
                  {source.url ? (
                    <a href={source.url} target="_blank" rel="noopener noreferrer">
                      {source.title}
                    </a>
                  ) : (
                    source.title
                  )}
                </span>
                <span class="qc-meta">
                  {source.outlet ?? t('outletNotStated')} ·{' '}
                  {date
                    ? `${date} (${t(
                        source.dateSource === 'curator'
                          ? 'optionsDateFromCurator'
                          : source.dateSource === 'collection'
                            ? 'optionsDateFromCollection'
                            : 'optionsDateFromArticle',
                      )})`
                    : t('dateNotStated')}{' '}
                  · {t('optionsSourceQuotes', [String(source.quotes)])}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
