import { useState } from 'preact/hooks';
import type { Translate } from '../../lib/ui/translate';
import { sendMessage } from '../shared/sendMessage';
import { activeTabId } from './activeTabId';

/**
 * "Add this article": the worker reads the article in the active tab (on the popup's
 * `activeTab` grant) and opens its review in a new tab, which closes the popup; when the
 * page cannot be read, the popup says why in one line.
 */
export function AddArticleButton({ t }: { t: Translate }) {
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const add = async () => {
    setBusy(true);
    setStatus(t('addArticleReading'));
    const tabId = await activeTabId();
    const added =
      tabId === null
        ? { ok: false as const, error: { code: 'unreadable-page', message: t('errorUnreadable') } }
        : await sendMessage('addArticle', { tabId });
    setBusy(false);
    if (added.ok) window.close();
    else setStatus(added.error.message);
  };
  return (
    <div class="qc-add-article">
      <button type="button" class="qc-button" disabled={busy} onClick={() => void add()}>
        {t('addArticleButton')}
      </button>
      {status && (
        <p class="qc-status" role="status" data-testid="add-article-status">
          {status}
        </p>
      )}
    </div>
  );
}
