/**
 * A failed IndexedDB operation as an error a person can act on. A full disk (or a
 * browser's quota for the extension) is `storage-full`; the rest is `storage-failed`
 * with the browser's own words.
 */
import type { QcError } from '../result';

export function storeError(e: unknown, doing: string): QcError {
  const name = (e as { name?: unknown })?.name;
  const detail =
    e instanceof Error || typeof (e as { message?: unknown })?.message === 'string'
      ? String((e as { message: unknown }).message)
      : String(e);
  if (name === 'QuotaExceededError') {
    return {
      code: 'storage-full',
      message: `The browser has no more room for your corpus (${doing}): free some disk space, or remove articles or imports you no longer need.`,
    };
  }
  return {
    code: 'storage-failed',
    message: `Your corpus could not be stored (${doing}): ${detail}`,
  };
}
