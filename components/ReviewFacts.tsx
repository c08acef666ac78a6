import type { ArticleDraft } from '../lib/reader/ArticleDraft';
import type { MessageKey, Translate } from '../lib/ui/translate';

export interface ReviewFactsProps {
  draft: ArticleDraft;
  onChange: (draft: ArticleDraft) => void;
  disabled: boolean;
  t: Translate;
}

type Field = 'title' | 'outlet' | 'published' | 'url';

const FIELDS: readonly (readonly [Field, MessageKey, 'text' | 'date' | 'url'])[] = [
  ['title', 'reviewHeadline', 'text'],
  ['outlet', 'reviewOutlet', 'text'],
  ['published', 'reviewDate', 'date'],
  ['url', 'reviewUrl', 'url'],
];

/** The article's headline, outlet, date and address, each editable. */
export function ReviewFacts({ draft, onChange, disabled, t }: ReviewFactsProps) {
  return (
    <div class="qc-review-facts">
      {FIELDS.map(([field, label, type]) => (
        <label key={field} class="qc-field">
          <span class="qc-field-label">{t(label)}</span>
          <input
            // Each of the three types takes the same attributes here.
            type={type as 'text'}
            name={field}
            value={draft[field]}
            disabled={disabled}
            required={field === 'title'}
            aria-describedby={field === 'title' ? undefined : 'qc-facts-hint'}
            onInput={(e) => onChange({ ...draft, [field]: e.currentTarget.value })}
          />
        </label>
      ))}
      <p id="qc-facts-hint" class="qc-meta">
        {t('reviewFieldEmptyHint')}
      </p>
    </div>
  );
}
