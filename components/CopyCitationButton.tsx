import { useState } from 'preact/hooks';
import type { Translate } from '../lib/ui/translate';

export interface CopyCitationButtonProps {
  citation: string;
  /** Puts text on the clipboard; resolves `false` when the browser refused. */
  copy: (text: string) => Promise<boolean>;
  t: Translate;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies the citation and says so; when the clipboard is refused, shows the text to copy by hand. */
export function CopyCitationButton({ citation, copy, t }: CopyCitationButtonProps) {
  const [state, setState] = useState<CopyState>('idle');
  const onClick = async () => {
    setState((await copy(citation)) ? 'copied' : 'failed');
  };
  return (
    <div class="qc-copy">
      <button type="button" class="qc-button" data-testid="copy-citation" onClick={onClick}>
        {t('copyCitation')}
      </button>
      <span class="qc-copy-feedback" role="status">
        {state === 'copied' ? t('copied') : state === 'failed' ? t('copyFailed') : ''}
      </span>
      {state === 'failed' && <p class="qc-citation-text">{citation}</p>}
    </div>
  );
}
