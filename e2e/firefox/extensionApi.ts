import type { Page } from 'puppeteer-core';
import type { LoadedFirefoxExtension } from './launchFirefox';

/**
 * Calls into the extension from its popup tab (an extension page, so it has the WebExtension
 * APIs). Firefox MV2 has a background page, which `runtime.getBackgroundPage()` returns:
 * that is where the test-only hook `__qcTest` lives.
 */

/** The id of the tab showing `page`, as the extension sees it. */
export async function tabIdOf(ext: LoadedFirefoxExtension, page: Page): Promise<number> {
  const url = page.url();
  const ids = await ext.popup.evaluate(async (pageUrl) => {
    const { browser } = globalThis as unknown as {
      browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
    };
    const tabs = await browser.tabs.query({});
    return tabs.filter((tab) => tab.url === pageUrl).map((tab) => tab.id ?? -1);
  }, url);
  const [id] = ids;
  if (ids.length !== 1 || id === undefined || id < 0) {
    throw new Error(`The extension sees ${ids.length} tabs at ${url}; a test needs exactly one`);
  }
  return id;
}

/**
 * Runs what the "Check quote" context-menu item and the keyboard command run for the
 * page's tab, through the test build's `__qcTest.checkInTab` in the background page.
 * (Headless Firefox cannot click a native menu or press a browser-level shortcut.)
 */
export async function checkInTab(ext: LoadedFirefoxExtension, page: Page): Promise<void> {
  const tabId = await tabIdOf(ext, page);
  await ext.popup.evaluate(async (id) => {
    const { browser } = globalThis as unknown as {
      browser: { runtime: { getBackgroundPage(): Promise<Window | null> } };
    };
    const background = (await browser.runtime.getBackgroundPage()) as
      | (Window & { __qcTest?: { checkInTab(tabId: number): Promise<void> } })
      | null;
    const hook = background?.__qcTest;
    if (!hook)
      throw new Error('__qcTest is missing from the background page: is this the QC_E2E=1 build?');
    await hook.checkInTab(id);
  }, tabId);
}

/** The toolbar badge text the extension set for the page's tab (`browserAction` in MV2). */
export async function badgeTextOf(ext: LoadedFirefoxExtension, page: Page): Promise<string> {
  const tabId = await tabIdOf(ext, page);
  return ext.popup.evaluate(async (id) => {
    const { browser } = globalThis as unknown as {
      browser: { browserAction: { getBadgeText(d: { tabId: number }): Promise<string> } };
    };
    return browser.browserAction.getBadgeText({ tabId: id });
  }, tabId);
}
