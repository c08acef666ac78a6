// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ok } from '../../../lib/result';
import type { ScanReport } from '../../../lib/scan/types';
import { translateFromMessages } from '../../../lib/ui/translateFromMessages';
import en from '../../../public/_locales/en/messages.json';
import { ScanPanel } from '../ScanPanel';

const t = translateFromMessages(en);

const report: ScanReport = {
  page: { url: 'https://news.example/story', title: 'A story' },
  items: [],
  coverage: {
    pageChars: 100,
    readChars: 100,
    articleChars: 80,
    articleTotalChars: 80,
    found: 0,
    checked: 0,
    noArticle: false,
    frames: 0,
    lost: 0,
  },
  path: 'highlights',
  timings: { readMs: 1, checkMs: 1, markMs: 1, totalMs: 3 },
};

let scanned: unknown[];

beforeEach(() => {
  fakeBrowser.reset();
  scanned = [];
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation(t as never);
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en');
  browser.runtime.onMessage.addListener(((message: { type: string; data: unknown }, _s, send) => {
    if (message.type === 'scanPage') {
      scanned.push(message.data);
      send(ok(report));
    } else send(ok(null));
    return true;
  }) as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('ScanPanel', () => {
  it('a click before the browser has named the active tab waits for it and scans that tab', async () => {
    let name: (tabs: { id: number }[]) => void = () => undefined;
    vi.spyOn(browser.tabs, 'query').mockReturnValue(
      new Promise((resolve) => {
        name = resolve as typeof name;
      }) as never,
    );
    render(<ScanPanel />);
    fireEvent.click(screen.getByTestId('scan-button'));
    name([{ id: 7 }]);
    await waitFor(() => expect(scanned).toEqual([{ tabId: 7 }]));
    expect(screen.getByTestId('scan-panel').textContent).not.toContain(t('statusUnreadable'));
  });

  it('a tab the extension may not touch says so, and scans nothing', async () => {
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([] as never);
    render(<ScanPanel />);
    fireEvent.click(screen.getByTestId('scan-button'));
    await screen.findByText(t('statusUnreadable'));
    expect(scanned).toEqual([]);
  });
});
