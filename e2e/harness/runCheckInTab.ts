import type { Locator, Page } from 'playwright-core';
import { frameAt, listFramesInExtension } from './inPageHelpers';
import type { LoadedExtension } from './launchExtension';
import type { WorkerGlobals } from './WorkerGlobals';

/** The in-page card's host element (WXT `createShadowRootUi` name, open shadow root). */
export const CARD_HOST = 'quote-check-card';
/** The result card inside it (Playwright's CSS engine pierces open shadow roots). */
export const IN_PAGE_CARD = `${CARD_HOST} [data-testid="result-card"]`;

/** The id of the tab showing `page`, as the extension sees it. */
export async function tabIdOf(ext: LoadedExtension, page: Page): Promise<number> {
  const url = page.url();
  const ids = await ext.worker.evaluate(async (pageUrl) => {
    const { chrome } = globalThis as unknown as WorkerGlobals;
    const tabs = await chrome.tabs.query({});
    return tabs.filter((tab) => tab.url === pageUrl).map((tab) => tab.id ?? -1);
  }, url);
  if (ids.length !== 1 || ids[0] === undefined || ids[0] < 0) {
    throw new Error(`The extension sees ${ids.length} tabs at ${url}; a test needs exactly one`);
  }
  return ids[0];
}

/**
 * Runs what the "Check quote" context-menu item (and the keyboard command) runs for the
 * page's tab, through the test-only hook `__qcTest.checkInTab`, and returns the in-page
 * result card once it is shown. (Headless Chromium cannot click a native menu.)
 */
export async function runCheckInTab(
  ext: LoadedExtension,
  page: Page,
  /** The frame the context menu was opened in; without it, the shortcut's path. */
  frameId?: number,
): Promise<Locator> {
  await runCheckOnly(ext, page, frameId);
  // The first: a selection over several quotations shows a card for each (issue #9, item 5).
  const card = page.locator(IN_PAGE_CARD).first();
  await card.waitFor({ state: 'visible' });
  return card;
}

/** Runs the menu's or the shortcut's check for the page's tab, without waiting for a card. */
export async function runCheckOnly(ext: LoadedExtension, page: Page, frameId?: number) {
  const tabId = await tabIdOf(ext, page);
  await ext.worker.evaluate(
    async ([id, frame]) => {
      const hook = (globalThis as unknown as WorkerGlobals).__qcTest;
      if (!hook) throw new Error('globalThis.__qcTest is missing: is this the QC_E2E=1 build?');
      await hook.checkInTab(id, frame ?? undefined);
    },
    [tabId, frameId ?? null] as const,
  );
}

/** The extension's frame id of the page's frame whose address starts with `urlPrefix`. */
export async function frameIdOf(ext: LoadedExtension, page: Page, urlPrefix: string) {
  const tabId = await tabIdOf(ext, page);
  return frameAt(await ext.worker.evaluate(listFramesInExtension, tabId), urlPrefix);
}

/** The toolbar badge text the extension set for the page's tab. */
export async function badgeTextOf(ext: LoadedExtension, page: Page): Promise<string> {
  const tabId = await tabIdOf(ext, page);
  return ext.worker.evaluate(
    (id) => (globalThis as unknown as WorkerGlobals).chrome.action.getBadgeText({ tabId: id }),
    tabId,
  );
}
