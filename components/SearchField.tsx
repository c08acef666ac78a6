import type { Translate } from '../lib/ui/translate';

export interface SearchFieldProps {
  value: string;
  onInput: (value: string) => void;
  /** Enter: check now. */
  onSubmit: (value: string) => void;
  t: Translate;
  inputRef?: (element: HTMLInputElement | null) => void;
}

/** The popup's search field: type or paste a quotation; Enter checks it at once. */
export function SearchField({ value, onInput, onSubmit, t, inputRef }: SearchFieldProps) {
  return (
    <form
      class="qc-search"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(value);
      }}
    >
      <label class="qc-search-label" for="qc-search-input">
        {t('searchLabel')}
      </label>
      <input
        id="qc-search-input"
        type="search"
        autoComplete="off"
        spellcheck={false}
        placeholder={t('searchPlaceholder')}
        value={value}
        ref={inputRef}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </form>
  );
}
