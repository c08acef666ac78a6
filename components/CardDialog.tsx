import type { ComponentChildren } from 'preact';
import type { ThemeSetting } from '../lib/settings';
import type { Translate } from '../lib/ui/translate';

export interface CardDialogProps {
  theme: ThemeSetting;
  /** The UI language (BCP 47): the card speaks it, whatever the page's language. */
  lang: string;
  onClose: () => void;
  t: Translate;
  /** The result; the live region around it announces it when it arrives. */
  children?: ComponentChildren;
  dialogRef?: (element: HTMLDivElement | null) => void;
}

/**
 * The in-page card's frame: a non-modal dialog with a title and a close button. Escape
 * closes it; the result inside is announced politely to screen readers.
 */
export function CardDialog({ theme, lang, onClose, t, children, dialogRef }: CardDialogProps) {
  return (
    <div
      class="qc-root qc-dialog"
      data-theme={theme}
      lang={lang}
      role="dialog"
      aria-labelledby="qc-dialog-title"
      tabIndex={-1}
      ref={dialogRef}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <div class="qc-dialog-header">
        <h2 class="qc-dialog-title" id="qc-dialog-title">
          {t('cardTitle')}
        </h2>
        <button type="button" class="qc-close" aria-label={t('closeCard')} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div aria-live="polite">{children}</div>
    </div>
  );
}
