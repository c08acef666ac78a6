import { afterEach, beforeEach, describe, expect, it, type Mock, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  ADD_ARTICLE_MENU_ID,
  CHECK_COMMAND,
  type ListenerDeps,
  MENU_ID,
  registerListeners,
  SCAN_COMMAND,
  SCAN_MENU_ID,
} from '../registerListeners';
import { t } from './fakes';

type Listener = (...args: never[]) => unknown;

/** fakeBrowser has no contextMenus or commands: a minimal event stub that records listeners. */
function stubEvent() {
  const listeners: Listener[] = [];
  return {
    addListener: (listener: Listener) => listeners.push(listener),
    fire: (...args: unknown[]) =>
      Promise.all(listeners.map((l) => (l as (...a: unknown[]) => unknown)(...args))),
  };
}

describe('registerListeners', () => {
  let menus: {
    create: ReturnType<typeof vi.fn>;
    removeAll: ReturnType<typeof vi.fn>;
    onClicked: ReturnType<typeof stubEvent>;
  };
  let commands: { onCommand: ReturnType<typeof stubEvent> };
  let check: Mock<ListenerDeps['check']>;
  let handleMessage: Mock<ListenerDeps['handleMessage']>;
  let addArticle: Mock<ListenerDeps['addArticle']>;
  let scan: Mock<NonNullable<ListenerDeps['scan']>>;
  let forgetTab: Mock<NonNullable<ListenerDeps['forgetTab']>>;

  beforeEach(() => {
    fakeBrowser.reset();
    menus = { create: vi.fn(), removeAll: vi.fn(async () => {}), onClicked: stubEvent() };
    commands = { onCommand: stubEvent() };
    Object.assign(browser, { contextMenus: menus, commands });
    check = vi.fn<ListenerDeps['check']>(async () => {});
    handleMessage = vi.fn<ListenerDeps['handleMessage']>(() => undefined);
    addArticle = vi.fn<ListenerDeps['addArticle']>(async () => {});
    scan = vi.fn(async () => {});
    forgetTab = vi.fn();
    registerListeners({ check, handleMessage, addArticle, t, scan, forgetTab });
  });

  afterEach(() => {
    Object.assign(browser, { contextMenus: undefined, commands: undefined });
  });

  it('creates the "Check quote" item for selections on install', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await vi.waitFor(() => expect(menus.create).toHaveBeenCalled());
    expect(menus.removeAll).toHaveBeenCalled();
    expect(menus.create).toHaveBeenCalledWith({
      id: MENU_ID,
      title: 'Check quote',
      contexts: ['selection'],
    });
  });

  it('creates "Add this article to Quote Check" for the page beside it', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await vi.waitFor(() => expect(menus.create).toHaveBeenCalledTimes(3));
    expect(menus.create).toHaveBeenCalledWith({
      id: ADD_ARTICLE_MENU_ID,
      title: 'Add this article to Quote Check',
      contexts: ['page'],
    });
  });

  it('reads the clicked tab’s article for review from its menu item, and checks nothing', async () => {
    await menus.onClicked.fire({ menuItemId: ADD_ARTICLE_MENU_ID }, { id: 7 });
    expect(addArticle).toHaveBeenCalledWith(7);
    await menus.onClicked.fire({ menuItemId: ADD_ARTICLE_MENU_ID }, { id: -1 });
    expect(addArticle).toHaveBeenCalledTimes(1);
    expect(check).not.toHaveBeenCalled();
  });

  it('creates the items again at browser start (Firefox forgets them on restart)', async () => {
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() => expect(menus.create).toHaveBeenCalledTimes(3));
    expect(menus.removeAll).toHaveBeenCalledBefore(menus.create);
  });

  it('creates "Check every quote on this page" for the page, and scans the clicked tab at once', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await vi.waitFor(() => expect(menus.create).toHaveBeenCalledTimes(3));
    expect(menus.create).toHaveBeenCalledWith({
      id: SCAN_MENU_ID,
      title: 'Check every quote on this page',
      contexts: ['page'],
    });
    const fired = menus.onClicked.fire({ menuItemId: SCAN_MENU_ID }, { id: 12 });
    expect(scan).toHaveBeenCalledWith(12);
    expect(check).not.toHaveBeenCalled();
    await fired;
  });

  it('scans the tab from its own keyboard command', async () => {
    const fired = commands.onCommand.fire(SCAN_COMMAND, { id: 9 });
    expect(scan).toHaveBeenCalledWith(9);
    expect(check).not.toHaveBeenCalled();
    await fired;
  });

  it('forgets a tab’s scan when the tab closes or starts loading another page', async () => {
    await fakeBrowser.tabs.onRemoved.trigger(4, { windowId: 1, isWindowClosing: false });
    expect(forgetTab).toHaveBeenCalledWith(4);
    forgetTab.mockClear();
    await fakeBrowser.tabs.onUpdated.trigger(5, { status: 'complete' }, {} as never);
    expect(forgetTab).not.toHaveBeenCalled();
    await fakeBrowser.tabs.onUpdated.trigger(5, { status: 'loading' }, {} as never);
    expect(forgetTab).toHaveBeenCalledWith(5);
  });

  it('checks the clicked tab with the menu’s selection text and frame, inside the click itself', async () => {
    const fired = menus.onClicked.fire(
      { menuItemId: MENU_ID, selectionText: 'We will meet', frameId: 4 },
      { id: 12 },
    );
    // Synchronously, in the user's action: Firefox opens a popup only from there.
    expect(check).toHaveBeenCalledWith(12, { fallbackText: 'We will meet', frameId: 4 });
    await fired;
  });

  it('ignores other menu items and tabs no extension may touch', async () => {
    await menus.onClicked.fire({ menuItemId: 'other', selectionText: 'x' }, { id: 12 });
    await menus.onClicked.fire({ menuItemId: MENU_ID, selectionText: 'x' }, { id: -1 });
    await menus.onClicked.fire({ menuItemId: MENU_ID, selectionText: 'x' }, undefined);
    expect(check).not.toHaveBeenCalled();
  });

  it('runs the same check from the keyboard command, inside the key press itself', async () => {
    const fired = commands.onCommand.fire(CHECK_COMMAND, { id: 9 });
    expect(check).toHaveBeenCalledWith(9);
    await fired;
  });

  it('finds the active tab when the command comes without one', async () => {
    const window = await browser.windows.create({ focused: true });
    const tab = await browser.tabs.create({ windowId: window?.id, active: true });
    await commands.onCommand.fire(CHECK_COMMAND, undefined);
    await vi.waitFor(() => expect(check).toHaveBeenCalledWith(tab.id));
  });

  it('ignores other commands', async () => {
    await commands.onCommand.fire('_execute_action', { id: 9 });
    expect(check).not.toHaveBeenCalled();
  });

  it('routes runtime messages to the message handler and returns its answer', async () => {
    handleMessage.mockReturnValue(Promise.resolve({ ok: true, value: 'pong' }));
    // The polyfill answers a sender with the promise a listener returns.
    const [response] = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'verify', data: { text: 'x' } },
      {},
      () => {},
    );
    expect(handleMessage).toHaveBeenCalledWith({ type: 'verify', data: { text: 'x' } }, {});
    expect(await response).toEqual({ ok: true, value: 'pong' });
  });
});
