import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ResultCard } from '../../components/ResultCard';
import { SearchField } from '../../components/SearchField';
import { SectionLevel } from '../../components/SectionLabel';
import { StatusLine } from '../../components/StatusLine';
import type { CheckOutcome } from '../../lib/protocol';
import type { MessageKey } from '../../lib/ui/translate';
import { applyTheme } from '../shared/applyTheme';
import { copyText } from '../shared/copyText';
import { readSelection } from '../shared/readSelection';
import { sendMessage } from '../shared/sendMessage';
import { type ThemeSetting, themeItem } from '../shared/settings';
import { t, uiLocale } from '../shared/t';
import { activeTabId } from './activeTabId';

/** Typing pauses this long before the text is checked: long enough not to check every key. */
export const TYPING_PAUSE_MS = 300;

type Status = MessageKey | null;

export interface AppProps {
  /** `performance.now()` at script start, for `data-answer-ms`. */
  startedAt: number;
}

/**
 * The popup: checks what is selected in the active tab on open; otherwise says why not in
 * one line. The search field is always there: Enter or a pause in typing checks it.
 */
export function App({ startedAt }: AppProps) {
  const [theme, setTheme] = useState<ThemeSetting>('system');
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<Status>('statusChecking');
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
  const [answerMs, setAnswerMs] = useState<number | null>(null);
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const input = useRef<HTMLInputElement | null>(null);

  const check = useCallback(async (text: string, context?: string) => {
    const ticket = ++latest.current;
    const trimmed = text.trim();
    if (!trimmed) {
      setOutcome(null);
      return;
    }
    const result = await sendMessage('verify', { text: trimmed, ...(context ? { context } : {}) });
    if (ticket === latest.current) setOutcome({ text: trimmed, result });
  }, []);

  useEffect(() => {
    void themeItem.getValue().then(setTheme);
    return themeItem.watch(setTheme);
  }, []);

  useEffect(() => applyTheme(theme), [theme]);

  useEffect(() => {
    void (async () => {
      const tabId = await activeTabId();
      const read = tabId === null ? null : await readSelection(tabId);
      if (read?.ok && read.value.text.trim()) {
        setStatus(null);
        setQuery(read.value.text.trim());
        await check(read.value.text, read.value.context);
        return;
      }
      const pending = tabId === null ? null : await sendMessage('takePendingCheck', { tabId });
      if (pending?.ok && pending.value) {
        setStatus('statusFromMenu');
        setQuery(pending.value.text);
        setOutcome(pending.value);
        return;
      }
      setStatus(read?.ok ? 'statusNothingSelected' : 'statusUnreadable');
      // Nothing to check on the page: the reader's next step is to type or paste.
      input.current?.focus();
    })();
  }, [check]);

  // The first answer on screen: how long the popup took from opening to answering.
  useEffect(() => {
    if (outcome && answerMs === null) setAnswerMs(Math.round(performance.now() - startedAt));
  }, [outcome, answerMs, startedAt]);

  const onInput = (value: string) => {
    setQuery(value);
    // The status speaks of the page; once the reader types, the field is what counts.
    setStatus(null);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void check(value), TYPING_PAUSE_MS);
  };
  const onSubmit = (value: string) => {
    clearTimeout(timer.current);
    void check(value);
  };

  return (
    <main id="qc-popup" class="qc-root" data-theme={theme} data-answer-ms={answerMs ?? undefined}>
      <h1 class="qc-popup-title">{t('extName')}</h1>
      <SearchField
        value={query}
        onInput={onInput}
        onSubmit={onSubmit}
        t={t}
        inputRef={(element) => {
          input.current = element;
        }}
      />
      {status && <StatusLine text={t(status)} />}
      <div class="qc-popup-result" aria-live="polite">
        {outcome && (
          <SectionLevel.Provider value={2}>
            <ResultCard
              outcome={outcome}
              t={t}
              locale={uiLocale()}
              copy={(text) => copyText(text)}
            />
          </SectionLevel.Provider>
        )}
      </div>
    </main>
  );
}
