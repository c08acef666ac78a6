import { useEffect, useState } from 'preact/hooks';
import { type OptionsSettings, OptionsView } from '../../components/OptionsView';
import type { CorpusSummary } from '../../lib/protocol';
import type { QcError, Result } from '../../lib/result';
import { applyTheme } from '../shared/applyTheme';
import { sendMessage } from '../shared/sendMessage';
import { displayModeItem, themeItem } from '../shared/settings';
import { t, uiLocale } from '../shared/t';
import { ReaderSections } from './ReaderSections';

/** The options page: reads the corpus summary from the worker and keeps the settings in storage. */
export function App() {
  const [summary, setSummary] = useState<Result<CorpusSummary, QcError> | null>(null);
  const [settings, setSettings] = useState<OptionsSettings>({
    displayMode: 'card',
    theme: 'system',
  });
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void sendMessage('corpusSummary', null).then(setSummary);
    void Promise.all([displayModeItem.getValue(), themeItem.getValue()]).then(
      ([displayMode, theme]) => setSettings({ displayMode, theme }),
    );
    const unwatch = [
      displayModeItem.watch((displayMode) => setSettings((s) => ({ ...s, displayMode }))),
      themeItem.watch((theme) => setSettings((s) => ({ ...s, theme }))),
    ];
    return () => {
      for (const stop of unwatch) stop();
    };
  }, []);

  useEffect(() => applyTheme(settings.theme), [settings.theme]);

  const onChange = async (next: OptionsSettings) => {
    setSettings(next);
    setSaved(false);
    await Promise.all([displayModeItem.setValue(next.displayMode), themeItem.setValue(next.theme)]);
    setSaved(true);
  };

  return (
    <main id="qc-options" class="qc-root qc-page" data-theme={settings.theme}>
      <OptionsView
        summary={summary}
        settings={settings}
        onChange={onChange}
        saved={saved}
        t={t}
        locale={uiLocale()}
      />
      <ReaderSections />
    </main>
  );
}
