import type { Page } from 'puppeteer-core';
import { frameAt, listFramesInExtension } from '../harness/inPageHelpers';
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
 * (Headless Firefox cannot click a native menu or press a browser-level shortcut: keys
 * sent over WebDriver BiDi reach the page, never the browser's commands.)
 */
export async function checkInTab(
  ext: LoadedFirefoxExtension,
  page: Page,
  /** The frame the context menu was opened in; without it, the shortcut's path. */
  frameId?: number,
): Promise<void> {
  const tabId = await tabIdOf(ext, page);
  await ext.popup.evaluate(
    async (id, frame) => {
      const { browser } = globalThis as unknown as {
        browser: { runtime: { getBackgroundPage(): Promise<Window | null> } };
      };
      const background = (await browser.runtime.getBackgroundPage()) as
        | (Window & { __qcTest?: { checkInTab(tabId: number, frameId?: number): Promise<void> } })
        | null;
      const hook = background?.__qcTest;
      if (!hook)
        throw new Error(
          '__qcTest is missing from the background page: is this the QC_E2E=1 build?',
        );
      await hook.checkInTab(id, frame ?? undefined);
    },
    tabId,
    frameId ?? null,
  );
}

/** The extension's frame id of the page's frame whose address starts with `urlPrefix`. */
export async function frameIdOf(
  ext: LoadedFirefoxExtension,
  page: Page,
  urlPrefix: string,
): Promise<number> {
  const tabId = await tabIdOf(ext, page);
  return frameAt(await ext.popup.evaluate(listFramesInExtension, tabId), urlPrefix);
}

/** The text of each open toolbar popup of the extension (`extension.getViews`). */
export async function popupTexts(ext: LoadedFirefoxExtension): Promise<string[]> {
  return ext.popup.evaluate(() => {
    const { browser } = globalThis as unknown as {
      browser: { extension: { getViews(o: { type: string }): Window[] } };
    };
    return browser.extension
      .getViews({ type: 'popup' })
      .map((view) => view.document.querySelector('main')?.textContent ?? '');
  });
}

/** Sets one of the extension's settings (`storage.local`), as the options page does. */
export async function setSetting(
  ext: LoadedFirefoxExtension,
  key: string,
  value: string,
): Promise<void> {
  await ext.popup.evaluate(
    async (k, v) => {
      const { browser } = globalThis as unknown as {
        browser: { storage: { local: { set(o: object): Promise<void> } } };
      };
      await browser.storage.local.set({ [k]: v });
    },
    key,
    value,
  );
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
