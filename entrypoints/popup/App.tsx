import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ResultCard } from '../../components/ResultCard';
import { SearchField } from '../../components/SearchField';
import { SectionLevel } from '../../components/SectionLabel';
import { StatusLine } from '../../components/StatusLine';
import type { CheckOutcome, SelectionCheck } from '../../lib/protocol';
import type { QcError, Result } from '../../lib/result';
import type { MessageKey } from '../../lib/ui/translate';
import { applyTheme } from '../shared/applyTheme';
import { copyText } from '../shared/copyText';
import { sendMessage } from '../shared/sendMessage';
import { type ThemeSetting, themeItem } from '../shared/settings';
import { t, uiLocale } from '../shared/t';
import { AddArticleButton } from './AddArticleButton';
import { ScanPanel } from './ScanPanel';

/** Typing pauses this long before the text is checked: long enough not to check every key. */
export const TYPING_PAUSE_MS = 300;

type Status = MessageKey | null;

export interface AppProps {
  /** `performance.now()` at script start, for `data-answer-ms`. */
  startedAt: number;
  /** The check of the page's selection, started before the first render (`firstCheck`). */
  firstCheck: Promise<Result<SelectionCheck, QcError>>;
}

/**
 * The popup: checks what is selected in the active tab on open; otherwise says why not in
 * one line. The search field is always there: Enter or a pause in typing checks it.
 */
export function App({ startedAt, firstCheck }: AppProps) {
  const [theme, setTheme] = useState<ThemeSetting>('system');
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<Status>('statusChecking');
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
  const [answerMs, setAnswerMs] = useState<number | null>(null);
  const latest = useRef(0);
  /** Set once the reader types or submits: from then on the page's selection no longer counts. */
  const typed = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const input = useRef<HTMLInputElement | null>(null);

  const check = useCallback(async (text: string) => {
    const ticket = ++latest.current;
    const trimmed = text.trim();
    if (!trimmed) {
      setOutcome(null);
      return;
    }
    const result = await sendMessage('verify', { text: trimmed });
    if (ticket === latest.current) setOutcome({ text: trimmed, result });
  }, []);

  useEffect(() => {
    void themeItem.getValue().then(setTheme);
    return themeItem.watch(setTheme);
  }, []);

  useEffect(() => applyTheme(theme), [theme]);

  useEffect(() => {
    void firstCheck.then((found) => {
      // The reader typed meanwhile: the field is what counts now.
      if (typed.current) return;
      const shown = shownFor(found);
      setStatus(shown.status);
      setQuery(shown.query);
      setOutcome(shown.outcome);
      // Nothing to check on the page: the reader's next step is to type or paste.
      if (!shown.outcome) input.current?.focus();
    });
  }, [firstCheck]);

  // The first answer on screen: how long the popup took from opening to answering.
  useEffect(() => {
    if (outcome && answerMs === null) setAnswerMs(Math.round(performance.now() - startedAt));
  }, [outcome, answerMs, startedAt]);

  const onInput = (value: string) => {
    typed.current = true;
    setQuery(value);
    // The status speaks of the page; once the reader types, the field is what counts.
    setStatus(null);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void check(value), TYPING_PAUSE_MS);
  };
  const onSubmit = (value: string) => {
    typed.current = true;
    clearTimeout(timer.current);
    void check(value);
  };

  return (
    <main id="qc-popup" class="qc-root" data-theme={theme} data-answer-ms={answerMs ?? undefined}>
      <h1 class="qc-popup-title">{t('extName')}</h1>
      <AddArticleButton t={t} />
      <SearchField
        value={query}
        onInput={onInput}
        onSubmit={onSubmit}
        t={t}
        inputRef={(element) => {
          input.current = element;
        }}
      />
      {/* Where the card appears: "Checking…" gives way to it without moving the field. */}
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
      <ScanPanel />
    </main>
  );
}

/** What the popup shows for the page's selection. */
interface Shown {
  status: Status;
  query: string;
  outcome: CheckOutcome | null;
}

function shownFor(found: Result<SelectionCheck, QcError>): Shown {
  if (!found.ok) return { status: null, query: '', outcome: { text: '', result: found } };
  const check = found.value;
  switch (check.kind) {
    case 'checked':
      return { status: null, query: check.outcome.text, outcome: check.outcome };
    case 'from-menu': {
      // The menu could not read the page or the frame: say so in one line, as the popup does.
      const code = check.outcome.result.ok ? null : check.outcome.result.error.code;
      if (code === 'unreadable-frame' && !check.outcome.text) {
        return { status: 'statusUnreadableFrame', query: '', outcome: null };
      }
      if (code === 'unreadable-page' && !check.outcome.text) {
        return { status: 'statusUnreadable', query: '', outcome: null };
      }
      return { status: 'statusFromMenu', query: check.outcome.text, outcome: check.outcome };
    }
    case 'nothing-selected':
      return { status: 'statusNothingSelected', query: '', outcome: null };
    case 'unreadable':
      return { status: 'statusUnreadable', query: '', outcome: null };
    case 'unreadable-frame':
      return { status: 'statusUnreadableFrame', query: '', outcome: null };
  }
}
