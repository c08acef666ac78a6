import type { DraftView, ExistingArticle } from '../lib/protocol';
import type { ArticleDraft } from '../lib/reader/ArticleDraft';
import type { EntryRecord } from '../lib/store/readerDb';
import { formatDate } from '../lib/ui/formatDate';
import type { Translate } from '../lib/ui/translate';
import { ReviewFacts } from './ReviewFacts';
import { ReviewQuote } from './ReviewQuote';

/** Where the review stands. */
export type ReviewState =
  | { kind: 'editing' }
  | { kind: 'saving' }
  | { kind: 'saved'; entry: EntryRecord }
  /** The address was added before: replace it? */
  | { kind: 'exists'; existing: ExistingArticle }
  | { kind: 'error'; message: string };

export interface ArticleReviewProps {
  view: DraftView;
  draft: ArticleDraft;
  state: ReviewState;
  onChange: (draft: ArticleDraft) => void;
  onSave: () => void;
  onReplace: (existing: ExistingArticle) => void;
  onKeepOld: () => void;
  onClose: () => void;
  t: Translate;
  locale: string;
}

const PEOPLE_LIST = 'qc-people';

/**
 * "Add this article": every quotation found on the page, each to keep or not, with its
 * speaker and kind; the article's facts; "Save to my corpus". When the page's address was
 * added before, it asks before replacing that copy.
 */
export function ArticleReview({
  draft,
  state,
  onChange,
  onSave,
  onReplace,
  onKeepOld,
  onClose,
  t,
  locale,
}: ArticleReviewProps) {
  const busy = state.kind === 'saving' || state.kind === 'saved';
  const kept = draft.quotes.filter((q) => q.keep).length;
  return (
    <>
      <h1>{t('reviewTitle')}</h1>
      <p class="qc-note">{t('reviewIntro')}</p>
      <section aria-labelledby="qc-article-heading">
        <h2 id="qc-article-heading">{t('reviewArticleHeading')}</h2>
        <ReviewFacts draft={draft} onChange={onChange} disabled={busy} t={t} />
      </section>
      <section aria-labelledby="qc-quotes-heading">
        <h2 id="qc-quotes-heading">{t('reviewQuotesHeading', [String(draft.quotes.length)])}</h2>
        {draft.quotes.length === 0 ? (
          <p>{t('reviewNoQuotes')}</p>
        ) : (
          <>
            <p class="qc-meta" data-testid="review-kept">
              {t('reviewKept', [String(kept), String(draft.quotes.length)])}
            </p>
            <p id="qc-speaker-hint" class="qc-meta">
              {t('reviewSpeakerHint')}
            </p>
            <ol class="qc-review-quotes">
              {draft.quotes.map((quote, i) => (
                <ReviewQuote
                  // The list never reorders: a quotation's place is its identity.
                  key={i}
                  quote={quote}
                  n={i + 1}
                  peopleList={PEOPLE_LIST}
                  disabled={busy}
                  t={t}
                  onChange={(next) =>
                    onChange({
                      ...draft,
                      quotes: draft.quotes.map((q, k) => (k === i ? next : q)),
                    })
                  }
                />
              ))}
            </ol>
            <datalist id={PEOPLE_LIST}>
              {draft.people.map((p) => (
                <option key={p.name} value={p.name}>
                  {p.description}
                </option>
              ))}
            </datalist>
          </>
        )}
        {draft.leftOut > 0 && <p class="qc-meta">{t('reviewLeftOut', [String(draft.leftOut)])}</p>}
      </section>
      <div class="qc-review-actions">
        {state.kind === 'exists' ? (
          <div class="qc-review-confirm" role="alert" data-testid="review-exists">
            <p>
              {t('reviewExists', [
                formatDate(state.existing.addedAt, locale) ?? state.existing.addedAt,
                state.existing.title,
              ])}
            </p>
            <div class="qc-review-buttons">
              <button type="button" class="qc-button" onClick={() => onReplace(state.existing)}>
                {t('reviewReplace')}
              </button>
              <button type="button" class="qc-button qc-button-quiet" onClick={onKeepOld}>
                {t('reviewKeepOld')}
              </button>
            </div>
          </div>
        ) : state.kind === 'saved' ? (
          <div class="qc-review-buttons">
            <button type="button" class="qc-button" onClick={onClose}>
              {t('reviewClose')}
            </button>
          </div>
        ) : (
          <div class="qc-review-buttons">
            <button
              type="button"
              class="qc-button qc-button-primary"
              disabled={busy || kept === 0}
              onClick={onSave}
            >
              {t('reviewSave')}
            </button>
          </div>
        )}
        <p
          class={state.kind === 'error' ? 'qc-error' : 'qc-saved'}
          role="status"
          data-testid="review-status"
        >
          {state.kind === 'saving'
            ? t('reviewSaving')
            : state.kind === 'saved'
              ? t('reviewSaved', [String(state.entry.quotes), state.entry.title])
              : state.kind === 'error'
                ? state.message
                : ''}
        </p>
      </div>
    </>
  );
}
