import { useEffect, useState } from 'preact/hooks';
import { ArticleReview, type ReviewState } from '../../components/ArticleReview';
import type { DraftView, ExistingArticle } from '../../lib/protocol';
import type { ArticleDraft } from '../../lib/reader/ArticleDraft';
import type { QcError, Result } from '../../lib/result';
import { applyTheme } from '../shared/applyTheme';
import { sendMessage } from '../shared/sendMessage';
import { type ThemeSetting, themeItem } from '../shared/settings';
import { t, uiLocale } from '../shared/t';

/**
 * The review of a page read by "Add this article" (opened in a tab by the popup's button
 * or the page's menu item): asks the worker for the draft, lets the reader edit it, and
 * saves it to their corpus.
 */
export function App({ token }: { token: string }) {
  const [theme, setTheme] = useState<ThemeSetting>('system');
  const [view, setView] = useState<Result<DraftView, QcError> | null>(null);
  const [draft, setDraft] = useState<ArticleDraft | null>(null);
  const [state, setState] = useState<ReviewState>({ kind: 'editing' });

  useEffect(() => {
    void themeItem.getValue().then(setTheme);
    return themeItem.watch(setTheme);
  }, []);
  useEffect(() => applyTheme(theme), [theme]);

  useEffect(() => {
    void sendMessage('articleDraft', { token }).then((answer) => {
      setView(answer);
      if (answer.ok) setDraft(answer.value.draft);
    });
  }, [token]);

  const save = async (replace: ExistingArticle | null) => {
    if (!draft) return;
    setState({ kind: 'saving' });
    const saved = await sendMessage('saveArticle', { draft, replace: replace?.entryId ?? null });
    if (!saved.ok) setState({ kind: 'error', message: saved.error.message });
    else if (saved.value.kind === 'exists')
      setState({ kind: 'exists', existing: saved.value.existing });
    else setState({ kind: 'saved', entry: saved.value.entry });
  };

  return (
    <main id="qc-review" class="qc-root qc-page" data-theme={theme}>
      {view === null ? (
        <p role="status">{t('reviewReading')}</p>
      ) : !view.ok ? (
        <>
          <h1>{t('reviewTitle')}</h1>
          <p class="qc-error" role="alert" data-testid="review-error">
            {view.error.message}
          </p>
        </>
      ) : (
        draft && (
          <ArticleReview
            view={view.value}
            draft={draft}
            state={state}
            onChange={(next) => {
              setDraft(next);
              if (state.kind === 'error' || state.kind === 'exists') setState({ kind: 'editing' });
            }}
            onSave={() => void save(null)}
            onReplace={(existing) => void save(existing)}
            onKeepOld={() => setState({ kind: 'editing' })}
            onClose={() => window.close()}
            t={t}
            locale={uiLocale()}
          />
        )
      )}
    </main>
  );
}
