/**
 * Wires the browser's events to the background's work: the context-menu items "Check
 * quote", "Add this article to Quote Check" and "Check every quote on this page" (created
 * on install and at browser start), the keyboard command, and the message
 * router. Listeners are added synchronously at worker start, as MV3 requires to be woken
 * by these events.
 */
import { browser } from 'wxt/browser';
import type { Translate } from '../../lib/ui/translate';
import type { CheckFrom } from './checkInTab';
import type { MessageSender } from './handleMessage';

export const MENU_ID = 'qc-check-quote';
/** "Add this article to Quote Check", on the page (no selection needed). */
export const ADD_ARTICLE_MENU_ID = 'qc-add-article';
/** Must match the command's name in `wxt.config.ts` (`manifest.commands`). */
export const CHECK_COMMAND = 'check-quote';
/** "Check every quote on this page": the page scan from the page's context menu. */
export const SCAN_MENU_ID = 'qc-scan-page';
/** The scan's shortcut; must match `wxt.config.ts` (`manifest.commands`). */
export const SCAN_COMMAND = 'scan-page';

export interface ListenerDeps {
  /** Must start its work synchronously: Firefox opens the popup only inside the user's action. */
  check: (tabId: number, from?: CheckFrom) => Promise<unknown>;
  handleMessage: (message: unknown, sender: MessageSender) => Promise<unknown> | undefined;
  /** "Add this article to Quote Check": read the tab's article and open its review. */
  addArticle: (tabId: number) => Promise<unknown>;
  t: Translate;
  /** Scans the tab's page (menu item, shortcut); starts synchronously, like `check`. */
  scan?: (tabId: number) => Promise<unknown>;
  /** The tab closed, or left its page: forget what a scan kept of it. */
  forgetTab?: (tabId: number) => void;
}

async function createMenu(t: Translate): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_ID,
    title: t('menuCheckQuote'),
    contexts: ['selection'],
  });
  browser.contextMenus.create({
    id: ADD_ARTICLE_MENU_ID,
    title: t('menuAddArticle'),
    contexts: ['page'],
  });
  browser.contextMenus.create({
    id: SCAN_MENU_ID,
    title: t('menuScanPage'),
    contexts: ['page'],
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
    if (info.menuItemId === ADD_ARTICLE_MENU_ID && usableTabId(tab?.id)) {
      void deps.addArticle(tab.id);
      return;
    }
    if (info.menuItemId === SCAN_MENU_ID && usableTabId(tab?.id)) {
      void deps.scan?.(tab.id);
      return;
    }
    if (info.menuItemId !== MENU_ID || !usableTabId(tab?.id)) return;
    void deps.check(tab.id, {
      ...(info.selectionText ? { fallbackText: info.selectionText } : {}),
      ...(typeof info.frameId === 'number' ? { frameId: info.frameId } : {}),
    });
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === SCAN_COMMAND) {
      if (usableTabId(tab?.id)) void deps.scan?.(tab.id);
      else
        void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => {
          if (usableTabId(active?.id)) void deps.scan?.(active.id);
        });
      return;
    }
    if (command !== CHECK_COMMAND) return;
    // With the tab given (Chrome, Firefox), check at once, inside the user's action.
    if (usableTabId(tab?.id)) {
      void deps.check(tab.id);
      return;
    }
    void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => {
      if (usableTabId(active?.id)) void deps.check(active.id);
    });
  });

  browser.runtime.onMessage.addListener((message: unknown, sender: MessageSender) =>
    deps.handleMessage(message, sender),
  );

  // A scan keeps nothing of a page the tab has left or closed.
  browser.tabs.onRemoved.addListener((tabId) => deps.forgetTab?.(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') deps.forgetTab?.(tabId);
  });
}
