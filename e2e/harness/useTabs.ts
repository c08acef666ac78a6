/**
 * Tabs for a test file's fixture pages: each opened in light mode at an address no other
 * tab has (a `tab=N` parameter: the tests find tabs by URL), and closed after its test even
 * when the test fails, so no tab outlives its test.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach } from 'vitest';

/** Opens `url` in a new tab; `before` runs on the page before it loads (console listeners). */
export type OpenTab = (url: string, before?: (page: Page) => void) => Promise<Page>;

export function useTabs(context: () => BrowserContext): OpenTab {
  const openPages: Page[] = [];
  let count = 0;
  afterEach(async () => {
    for (const page of openPages.splice(0)) await page.close().catch(() => {});
  });
  return async (url, before) => {
    const page = await context().newPage();
    openPages.push(page);
    before?.(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${url}${url.includes('?') ? '&' : '?'}tab=${++count}`);
    return page;
  };
}
