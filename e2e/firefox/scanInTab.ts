import type { Page } from 'puppeteer-core';
import type { QcError, Result } from '../../lib/result';
import type { ScanReport } from '../../lib/scan/types';
import { tabIdOf } from './extensionApi';
import type { LoadedFirefoxExtension } from './launchFirefox';

/**
 * Runs what the page's "Check every quote on this page" item and the scan shortcut run,
 * through the test build's `__qcTest.scanTab` in Firefox's background page (headless
 * Firefox cannot open a native menu or press a browser shortcut).
 */
export async function scanInTab(
  ext: LoadedFirefoxExtension,
  page: Page,
): Promise<Result<ScanReport, QcError>> {
  const tabId = await tabIdOf(ext, page);
  return ext.popup.evaluate(async (id) => {
    const { browser } = globalThis as unknown as {
      browser: { runtime: { getBackgroundPage(): Promise<Window | null> } };
    };
    const background = (await browser.runtime.getBackgroundPage()) as
      | (Window & {
          __qcTest?: { scanTab(tabId: number): Promise<Result<ScanReport, QcError>> };
        })
      | null;
    const hook = background?.__qcTest;
    if (!hook) throw new Error('__qcTest is missing from the background page');
    // Through JSON: the answer comes from the background page's compartment.
    return JSON.parse(JSON.stringify(await hook.scanTab(id)));
  }, tabId);
}

/** Sets the test build's switch in the extension's world of the page: draw the fallback boxes. */
export async function forceOverlayIn(ext: LoadedFirefoxExtension, page: Page): Promise<void> {
  const tabId = await tabIdOf(ext, page);
  await ext.popup.evaluate(async (id) => {
    const { browser } = globalThis as unknown as {
      browser: { scripting: { executeScript(o: object): Promise<unknown> } };
    };
    await browser.scripting.executeScript({
      target: { tabId: id },
      func: () => {
        (globalThis as Record<string, unknown>).__quoteCheckScanForceOverlay = true;
      },
    });
  }, tabId);
}
