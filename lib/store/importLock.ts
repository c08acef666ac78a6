/**
 * An import in progress holds a Web Lock named after its entry (`navigator.locks`, in the
 * page or worker that writes it), so the background worker, cleaning up imports a closed
 * browser left pending, never deletes one that is still being written.
 */
export const IMPORT_LOCK_PREFIX = 'quote-check-import:';

export const importLockName = (entryId: string) => `${IMPORT_LOCK_PREFIX}${entryId}`;

/** The entry ids of the imports whose locks are held, from `navigator.locks.query()`'s answer. */
export function runningImports(held: readonly { name?: string }[]): Set<string> {
  const ids = new Set<string>();
  for (const lock of held) {
    if (lock.name?.startsWith(IMPORT_LOCK_PREFIX))
      ids.add(lock.name.slice(IMPORT_LOCK_PREFIX.length));
  }
  return ids;
}
