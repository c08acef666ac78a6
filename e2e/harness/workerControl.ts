import type { CDPSession } from 'playwright-core';
import type { LoadedExtension } from './launchExtension';
import type { WorkerGlobals } from './WorkerGlobals';

/**
 * The extension's service worker, stopped as Chrome stops it after about thirty seconds
 * idle (`ServiceWorker.stopAllWorkers` over the DevTools protocol of an extension page's
 * CDP session with `ServiceWorker.enable` sent).
 */

/** Running service workers of this extension, as the browser lists them. */
export async function runningWorkers(cdp: CDPSession, ext: LoadedExtension): Promise<number> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  return targetInfos.filter(
    (t) =>
      t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${ext.extensionId}/`),
  ).length;
}

/** Stops the extension's worker and waits until the browser lists none running. */
export async function stopWorker(cdp: CDPSession, ext: LoadedExtension): Promise<void> {
  await cdp.send('ServiceWorker.stopAllWorkers');
  const deadline = Date.now() + 10_000;
  while ((await runningWorkers(cdp, ext)) > 0) {
    if (Date.now() > deadline) throw new Error('the service worker did not stop');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The running worker's own clock (`__qcTest.startup()`, the QC_E2E=1 build's hook). */
export async function workerStartup(
  ext: LoadedExtension,
): Promise<ReturnType<NonNullable<WorkerGlobals['__qcTest']>['startup']>> {
  const worker = ext.context
    .serviceWorkers()
    .find((w) => w.url().startsWith(`chrome-extension://${ext.extensionId}/`));
  if (!worker) throw new Error('no service worker of the extension is running');
  return worker.evaluate(() => (globalThis as unknown as WorkerGlobals).__qcTest!.startup());
}
