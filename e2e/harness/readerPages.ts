import type { Page } from 'playwright-core';
import type { VerifyResult } from '../../lib/match/types';
import type { ProtocolMessage } from '../../lib/protocol';
import type { WorkerGlobals } from './WorkerGlobals';

/** How long an import of 100,000 lines may take on the shared machine before a test says it never ended. */
export const IMPORT_TIMEOUT_MS = 240_000;

/**
 * Sends one check from an extension page (the options page) to the worker, as the popup
 * does, and returns the answer and how long it took (waking the worker if it was stopped).
 */
export async function verifyFrom(page: Page, text: string) {
  const message: ProtocolMessage<'verify'> = { type: 'verify', data: { text } };
  return page.evaluate(async (m) => {
    const { chrome } = globalThis as unknown as WorkerGlobals;
    const t0 = performance.now();
    const answer = (await chrome.runtime.sendMessage(m)) as
      | { ok: true; value: VerifyResult }
      | { ok: false; error: { message: string } };
    return { ms: performance.now() - t0, sentAt: performance.timeOrigin + t0, answer };
  }, message);
}

/** What a reader sees of an answer: verdict, speaker, where the source is and when. */
export function seenOf(r: { ok: true; value: VerifyResult } | { ok: false }) {
  if (!r.ok) return { error: true };
  const best = r.value.best;
  return {
    verdict: r.value.verdict,
    speaker: best?.speaker ?? null,
    origin: best?.origin ?? null,
    title: best?.article.title ?? null,
    outlet: best?.article.outlet ?? null,
    url: best?.article.url ?? null,
    published: best?.article.published ?? null,
  };
}

/**
 * Imports a file through the options page's "Import quotes" input and waits for the
 * summary (or the reason it stopped). Returns the wall time from choosing the file to the
 * summary on screen.
 */
export async function importThroughOptions(
  options: Page,
  path: string,
): Promise<{ ms: number; text: string }> {
  const started = Date.now();
  await options.getByLabel('Import quotes', { exact: true }).setInputFiles(path);
  const result = options.getByTestId('import-result');
  await result.locator('p').first().waitFor({ timeout: IMPORT_TIMEOUT_MS });
  return { ms: Date.now() - started, text: (await result.textContent()) ?? '' };
}

/** Counts of the reader's store in IndexedDB, read raw from an extension page. */
export function storeCounts(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ entries: number; segments: number; bytes: number; chunks: number }>(
        (resolve, reject) => {
          const open = indexedDB.open('quote-check-reader');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const names = ['entries', 'segments', 'segmentBytes', 'segmentChunks'] as const;
            const tx = db.transaction([...names], 'readonly');
            const counts: number[] = [];
            names.forEach((name, i) => {
              const req = tx.objectStore(name).count();
              req.onsuccess = () => {
                counts[i] = req.result;
              };
            });
            tx.oncomplete = () => {
              db.close();
              resolve({
                entries: counts[0]!,
                segments: counts[1]!,
                bytes: counts[2]!,
                chunks: counts[3]!,
              });
            };
            tx.onerror = () => reject(tx.error);
          };
        },
      ),
  );
}
