/**
 * Opens the toolbar popup from the menu or shortcut (a user gesture). Resolves `false`
 * where the browser refuses (no focused window, or a browser too old for `openPopup`).
 */
import { browser } from 'wxt/browser';

export async function openPopup(): Promise<boolean> {
  const action =
    browser.action ??
    (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  try {
    await action?.openPopup?.();
    return action?.openPopup !== undefined;
  } catch {
    return false;
  }
}
