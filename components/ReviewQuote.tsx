import type { DraftQuote } from '../lib/reader/ArticleDraft';
import type { Translate } from '../lib/ui/translate';

export interface ReviewQuoteProps {
  quote: DraftQuote;
  /** 1-based, for ids and names. */
  n: number;
  /** The `<datalist>` of the people the article names. */
  peopleList: string;
  onChange: (quote: DraftQuote) => void;
  disabled: boolean;
  t: Translate;
}

/**
 * One quotation found on the page: keep it or not, who said it (a person the article
 * names, or a typed name; "Who said this?" when the extractor could not tell), direct or
 * reported. The quotation itself is shown as printed and never edited. All page text is
 * rendered as text.
 */
export function ReviewQuote({ quote, n, peopleList, onChange, disabled, t }: ReviewQuoteProps) {
  const id = `qc-q${n}`;
  const open = quote.unattributed !== null;
  return (
    <li
      class={`qc-review-quote${quote.keep ? '' : ' qc-review-dropped'}${open ? ' qc-review-open' : ''}`}
      data-testid="review-quote"
    >
      <label class="qc-keep">
        <input
          type="checkbox"
          checked={quote.keep}
          disabled={disabled}
          aria-describedby={`${id}-text`}
          onChange={(e) => onChange({ ...quote, keep: e.currentTarget.checked })}
        />
        {t('reviewKeep')}
      </label>
      <blockquote id={`${id}-text`} class="qc-quote" data-testid="review-quote-text">
        {quote.text}
      </blockquote>
      {open && (
        <p class="qc-review-why" data-testid="review-unattributed">
          {t('reviewUnattributed', [quote.unattributed ?? ''])}
        </p>
      )}
      <div class="qc-review-who">
        <label class="qc-field">
          <span class="qc-field-label">{t(open ? 'reviewWhoSaid' : 'reviewSpeaker')}</span>
          <input
            type="text"
            name={`${id}-speaker`}
            list={peopleList}
            value={quote.speaker}
            disabled={disabled}
            placeholder={quote.source && !quote.speaker ? quote.source : ''}
            aria-describedby="qc-speaker-hint"
            data-testid="review-speaker"
            onInput={(e) => {
              const speaker = e.currentTarget.value;
              // Naming who said an open quotation means keeping it.
              const keep =
                open && speaker.trim() !== '' && quote.speaker.trim() === '' ? true : quote.keep;
              onChange({ ...quote, speaker, keep });
            }}
          />
        </label>
        <fieldset class="qc-kind" disabled={disabled}>
          <legend class="qc-field-label">{t('reviewKindLegend')}</legend>
          {(['direct', 'reported'] as const).map((kind) => (
            <label key={kind} class="qc-choice">
              <input
                type="radio"
                name={`${id}-kind`}
                value={kind}
                checked={quote.kind === kind}
                onChange={() => onChange({ ...quote, kind })}
              />
              {t(kind === 'direct' ? 'reviewKindDirect' : 'reviewKindReported')}
            </label>
          ))}
        </fieldset>
      </div>
      {quote.source && !quote.speaker.trim() && (
        <p class="qc-meta" data-testid="review-source">
          {t('unnamedSource', [quote.source])}
        </p>
      )}
    </li>
  );
}
