/** The id of the active tab in the popup's window, or `null` (no tab, or not one we may touch). */
import { browser } from 'wxt/browser';

export async function activeTabId(): Promise<number | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id !== undefined && tab.id >= 0 ? tab.id : null;
  } catch {
    return null;
  }
}
