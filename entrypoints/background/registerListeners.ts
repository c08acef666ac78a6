/**
 * Wires the browser's events to the background's work: the "Check quote" context-menu
 * item (created on install and at browser start), the keyboard command, and the message
 * router. Listeners are added synchronously at worker start, as MV3 requires to be woken
 * by these events.
 */
import { browser } from 'wxt/browser';
import type { Translate } from '../../lib/ui/translate';

export const MENU_ID = 'qc-check-quote';
/** Must match the command's name in `wxt.config.ts` (`manifest.commands`). */
export const CHECK_COMMAND = 'check-quote';

export interface ListenerDeps {
  check: (tabId: number, fallbackText?: string) => Promise<unknown>;
  handleMessage: (message: unknown) => Promise<unknown> | undefined;
  t: Translate;
}

async function createMenu(t: Translate): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_ID,
    title: t('menuCheckQuote'),
    contexts: ['selection'],
  });
}

/** A tab we can act in: Chrome reports `-1` for tabs no extension may touch (e.g. devtools). */
function usableTabId(id: number | undefined): id is number {
  return id !== undefined && id >= 0;
}

export function registerListeners(deps: ListenerDeps): void {
  browser.runtime.onInstalled.addListener(() => {
    void createMenu(deps.t);
  });
  // Firefox forgets the menus of a persistent (MV2) background page when it restarts;
  // creating it again at startup is harmless where the browser kept it (removeAll first).
  browser.runtime.onStartup.addListener(() => {
    void createMenu(deps.t);
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || !usableTabId(tab?.id)) return;
    void deps.check(tab.id, info.selectionText);
  });

  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== CHECK_COMMAND) return;
    const tabId =
      tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (usableTabId(tabId)) await deps.check(tabId);
  });

  browser.runtime.onMessage.addListener((message: unknown) => deps.handleMessage(message));
}
