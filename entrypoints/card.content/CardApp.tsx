import { useEffect, useRef, useState } from 'preact/hooks';
import { CardDialog } from '../../components/CardDialog';
import { ResultCard } from '../../components/ResultCard';
import type { CheckOutcome } from '../../lib/protocol';
import type { ThemeSetting } from '../../lib/settings';
import { copyText } from '../shared/copyText';
import { t, uiLocale } from '../shared/t';

export interface CardAppProps {
  outcome: CheckOutcome;
  theme: ThemeSetting;
  onClose: () => void;
  /** The shadow root's container, for the clipboard fallback's hidden textarea. */
  container: HTMLElement;
}

/**
 * The in-page card: the dialog frame appears first and takes focus, then the result is
 * put into its live region, so screen readers announce it.
 */
export function CardApp({ outcome, theme, onClose, container }: CardAppProps) {
  const [shown, setShown] = useState<CheckOutcome | null>(null);
  const dialog = useRef<HTMLDivElement | null>(null);

  useEffect(() => {
    dialog.current?.focus({ preventScroll: true });
    const frame = requestAnimationFrame(() => setShown(outcome));
    return () => cancelAnimationFrame(frame);
  }, [outcome]);

  return (
    <CardDialog
      theme={theme}
      lang={uiLocale()}
      onClose={onClose}
      t={t}
      dialogRef={(element) => {
        dialog.current = element;
      }}
    >
      {shown && (
        <ResultCard
          outcome={shown}
          t={t}
          locale={uiLocale()}
          copy={(text) => copyText(text, container)}
        />
      )}
    </CardDialog>
  );
}
