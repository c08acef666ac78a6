/**
 * Opens the review of a page read by "Add this article" in a new tab right after the
 * page's own (an extension page: the popup may not stay open, and a menu click cannot
 * always open it, in Firefox above all). The draft's token travels in the address.
 */
import { browser } from 'wxt/browser';

export async function openReview(tabId: number, token: string): Promise<void> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  await browser.tabs.create({
    url: browser.runtime.getURL(`/review.html#${encodeURIComponent(token)}`),
    ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}),
    ...(tab?.windowId !== undefined ? { windowId: tab.windowId } : {}),
  });
}
