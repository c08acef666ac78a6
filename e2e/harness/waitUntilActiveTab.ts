import type { Page } from 'playwright-core';
import type { LoadedExtension } from './launchExtension';
import type { WorkerGlobals } from './WorkerGlobals';

/**
 * Waits until the extension's worker sees `page` as the active tab of the current window
 * (the tab the popup reads and scans: `tabs.query({ active: true, currentWindow: true })`).
 * `page.bringToFront()` returns before the browser has told the extension so: a popup opened
 * at once, on a busy machine, could open on the tab active before. Throws, naming the tab
 * the worker sees, when it never does.
 */
export async function waitUntilActiveTab(
  ext: LoadedExtension,
  page: Page,
  timeoutMs = 10_000,
): Promise<void> {
  const url = page.url();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const active = await ext.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as WorkerGlobals;
      const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
      return tab?.url ?? null;
    });
    if (active === url) return;
    if (Date.now() > deadline)
      throw new Error(`the extension sees ${active ?? 'no tab'} as the active tab, not ${url}`);
    await page.bringToFront();
    await new Promise((r) => setTimeout(r, 50));
  }
}
