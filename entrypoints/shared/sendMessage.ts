/**
 * Sends a protocol request to the background worker and returns its `Result`. A worker
 * that does not answer (or answers nonsense) becomes an error value, never a throw.
 */
import { browser } from 'wxt/browser';
import type { ProtocolRequest, ProtocolResponse, ProtocolType } from '../../lib/protocol';
import { err } from '../../lib/result';
import { t } from './t';

export async function sendMessage<K extends ProtocolType>(
  type: K,
  data: ProtocolRequest<K>,
): Promise<ProtocolResponse<K>> {
  try {
    const response: unknown = await browser.runtime.sendMessage({ type, data });
    if (typeof response === 'object' && response !== null && 'ok' in response) {
      return response as ProtocolResponse<K>;
    }
    return err({ code: 'no-background', message: t('errorNoBackground', [t('errorNoAnswer')]) });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return err({ code: 'no-background', message: t('errorNoBackground', [detail]) });
  }
}
