/**
 * The card always on screen, in Chromium (the test build's `__qcTest.checkInTab`, the
 * menu's and the shortcut's code path): next to the end of the selection and inside the
 * window on a page with a fixed header, a long article and a long selection, an app-shell
 * scroll container (and following it as it scrolls), at 200% zoom, inside a same-origin
 * and a cross-origin frame, on hostile and hiding stylesheets. Focus goes back where it
 * was; a selection in a frame the browser keeps us out of is said in one line in the
 * popup; a stock phrase names nobody. Each placement is saved to docs/screenshots/.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERDICT_STYLES } from '../lib/ui/verdictStyle';
import { enMessage } from './fixtures/enMessage';
import { HANKYOREH_QUOTE, HERALD, HERALD_QUOTE, INTERVIEW_QUOTE } from './fixtures/passages';
import {
  APP_SHELL_PATH,
  appShellPage,
  COUNCIL_PATH,
  COUNCILLOR,
  councilPage,
  FIXED_HEADER_PATH,
  FRAME_PAGE_PATH,
  fixedHeaderPage,
  framePage,
  HIDING_PATH,
  hidingPage,
  LONG_PATH,
  longPage,
  STOCK_PHRASE,
  TEXTAREA_PATH,
  textareaPage,
} from './fixtures/placementPages';
import { buildTestSite, HOSTILE_PATH, type TestSite } from './fixtures/testSite';
import { type FixtureServer, startFixtureServer } from './harness/fixtureServer';
import { selectInLetterField } from './harness/inPageHelpers';
import { type LoadedExtension, launchExtension } from './harness/launchExtension';
import { PopupTarget, popupStatus } from './harness/popupTarget';
import {
  badgeTextOf,
  CARD_HOST,
  frameIdOf,
  IN_PAGE_CARD,
  runCheckInTab,
  runCheckOnly,
  tabIdOf,
} from './harness/runCheckInTab';
import { saveScreenshot } from './harness/saveScreenshot';
import { selectByRange } from './harness/selectText';
import { useTabs } from './harness/useTabs';
import type { WorkerGlobals } from './harness/WorkerGlobals';

/** The gap the card keeps from its anchor (positionCard.ts), and some rounding. */
const NEXT_TO_PX = 8 + 4;
const POPUP_TIMEOUT_MS = 15_000;

let ext: LoadedExtension;
let site: TestSite;
/** The page's own server, and a second one: another port is another origin. */
let server: FixtureServer;
let other: FixtureServer;

beforeAll(async () => {
  site = buildTestSite();
  const herald = site.article(HERALD_QUOTE);
  const pages = site.pages;
  pages.set(FIXED_HEADER_PATH, fixedHeaderPage(herald));
  pages.set(LONG_PATH, longPage(herald));
  pages.set(APP_SHELL_PATH, appShellPage(herald));
  pages.set(TEXTAREA_PATH, textareaPage(HERALD_QUOTE));
  pages.set(HIDING_PATH, hidingPage(site.article(HANKYOREH_QUOTE)));
  pages.set(COUNCIL_PATH, councilPage());
  server = await startFixtureServer(pages);
  other = await startFixtureServer(pages);
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
  await other?.close();
});

const openPage = useTabs(() => ext.context);

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The card's dialog box, the window's size, and the selection's last line (in the top window). */
async function geometry(page: Page) {
  return page.evaluate((tag) => {
    const dialog = document.querySelector(tag)?.shadowRoot?.querySelector('[role="dialog"]');
    const r = dialog?.getBoundingClientRect();
    const box = (b: DOMRect) => ({ left: b.left, top: b.top, right: b.right, bottom: b.bottom });
    return {
      card: r ? box(r) : null,
      viewport: {
        width: document.documentElement.clientWidth,
        height: window.innerHeight,
      },
    };
  }, CARD_HOST);
}

function expectInside(card: Box | null, viewport: { width: number; height: number }) {
  expect(card, 'the card is shown').not.toBeNull();
  const c = card!;
  expect(c.left).toBeGreaterThanOrEqual(0);
  expect(c.top).toBeGreaterThanOrEqual(0);
  expect(c.right).toBeLessThanOrEqual(viewport.width);
  expect(c.bottom).toBeLessThanOrEqual(viewport.height);
  expect(c.bottom - c.top).toBeGreaterThan(100);
}

/** The card stands right below or right above `line`, or (no room either side) covers it. */
function expectNextTo(card: Box, line: Box) {
  const below = card.top - line.bottom;
  const above = line.top - card.bottom;
  const covers = card.top <= line.bottom && card.bottom >= line.top;
  expect(
    (below >= 0 && below <= NEXT_TO_PX) || (above >= 0 && above <= NEXT_TO_PX) || covers,
    `card ${JSON.stringify(card)} next to line ${JSON.stringify(line)}`,
  ).toBe(true);
}

/** The box of the current selection's lines that show in `frame`'s window. */
function selectionEnd(frame: Page | Frame): Promise<Box> {
  return frame.evaluate(() => {
    const range = window.getSelection()!.getRangeAt(0);
    const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
    const visible = rects.filter((r) => r.bottom > 0 && r.top < window.innerHeight);
    const lines = visible.length > 0 ? visible : rects.slice(-1);
    return {
      left: Math.min(...lines.map((r) => r.left)),
      top: Math.min(...lines.map((r) => r.top)),
      right: Math.max(...lines.map((r) => r.right)),
      bottom: Math.max(...lines.map((r) => r.bottom)),
    };
  });
}

/**
 * The window as the reader sees it, card and all. Straight from the DevTools protocol:
 * Playwright's own screenshot resizes the page's viewport for the shot, which re-places the
 * card (and, zoomed, shows another part of the page).
 */
async function screenshot(page: Page, name: string) {
  await page.locator(IN_PAGE_CARD).first().waitFor({ state: 'visible' });
  const cdp = await page.context().newCDPSession(page);
  const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
  await cdp.detach();
  saveScreenshot(name, Buffer.from(data, 'base64'));
}

describe('the card stays on screen, next to the selection', () => {
  it('a fixed header: the card is not hidden under it, nor above the window', async () => {
    const page = await openPage(server.url(FIXED_HEADER_PATH));
    await selectByRange(page, HERALD_QUOTE);
    // The quotation just under the header, as after scrolling down to it.
    await page.evaluate(() => {
      const line = window.getSelection()!.getRangeAt(0).getClientRects()[0]!;
      window.scrollBy(0, line.top - 80);
    });
    await runCheckInTab(ext, page);
    const { card, viewport } = await geometry(page);
    expectInside(card, viewport);
    expectNextTo(card!, await selectionEnd(page));
    await expect(page.locator(IN_PAGE_CARD).getAttribute('data-verdict')).resolves.toBe('verbatim');
    await screenshot(page, 'placement-fixed-header');
  });

  it('a selection near the bottom of the window: the card goes above it, inside the window', async () => {
    const page = await openPage(server.url(LONG_PATH));
    await selectByRange(page, HERALD_QUOTE);
    await page.evaluate(() => {
      const rects = window.getSelection()!.getRangeAt(0).getClientRects();
      window.scrollBy(0, rects[rects.length - 1]!.bottom - (window.innerHeight - 40));
    });
    await runCheckInTab(ext, page);
    const { card, viewport } = await geometry(page);
    expectInside(card, viewport);
    const end = await selectionEnd(page);
    expectNextTo(card!, end);
    expect(card!.bottom).toBeLessThanOrEqual(end.top);
    await screenshot(page, 'placement-long-article');
  });

  it('a selection thousands of pixels long: the card is next to its end, on screen', async () => {
    const page = await openPage(server.url(LONG_PATH));
    const height = await page.evaluate(() => {
      const paragraphs = document.querySelectorAll('article p');
      const first = paragraphs[1]!;
      const last = paragraphs[paragraphs.length - 4]!;
      const range = document.createRange();
      range.setStart(first.firstChild!, 0);
      range.setEnd(last.firstChild!, last.textContent!.length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      last.scrollIntoView({ block: 'center' });
      return range.getBoundingClientRect().height;
    });
    expect(height).toBeGreaterThan(3000);
    await runCheckInTab(ext, page);
    const { card, viewport } = await geometry(page);
    expectInside(card, viewport);
    expectNextTo(card!, await selectionEnd(page));
    await screenshot(page, 'placement-long-selection');
  });

  it('an app-shell scroll container: on screen, and it follows the pane as it scrolls', async () => {
    const page = await openPage(server.url(APP_SHELL_PATH));
    await selectByRange(page, HERALD_QUOTE);
    await runCheckInTab(ext, page);
    const before = await geometry(page);
    expectInside(before.card, before.viewport);
    expectNextTo(before.card!, await selectionEnd(page));
    await screenshot(page, 'placement-app-shell');

    // The pane scrolls; the window does not: the card moves with the words, not with the window.
    const lineBefore = await selectionEnd(page);
    await page.evaluate(() => {
      document.getElementById('pane')!.scrollTop += 60;
    });
    await page.waitForTimeout(150);
    const lineAfter = await selectionEnd(page);
    expect(lineAfter.top).toBeCloseTo(lineBefore.top - 60, 0);
    const after = await geometry(page);
    expectInside(after.card, after.viewport);
    expectNextTo(after.card!, lineAfter);
  });

  it('at 200% zoom: inside the smaller window, scrolling inside itself', async () => {
    const page = await openPage(server.url(site.articlePath(HERALD_QUOTE)));
    const tabId = await tabIdOf(ext, page);
    await ext.worker.evaluate(
      (id) => (globalThis as unknown as WorkerGlobals).chrome.tabs.setZoom(id, 2),
      tabId,
    );
    await page.waitForFunction(() => window.innerWidth < 700);
    await selectByRange(page, HERALD_QUOTE);
    await runCheckInTab(ext, page);
    const { card, viewport } = await geometry(page);
    expectInside(card, viewport);
    // Taller than the room it has: it scrolls inside itself instead of running off the window.
    const scrolls = await page.evaluate((tag) => {
      const d = document.querySelector(tag)!.shadowRoot!.querySelector('[role="dialog"]')!;
      return d.scrollHeight > d.clientHeight;
    }, CARD_HOST);
    expect(scrolls).toBe(true);
    await screenshot(page, 'placement-zoom-200');
    await ext.worker.evaluate(
      (id) => (globalThis as unknown as WorkerGlobals).chrome.tabs.setZoom(id, 1),
      tabId,
    );
  });

  for (const origin of ['same', 'cross'] as const) {
    it(`a selection in a ${origin}-origin frame: read there, the card next to it in the window`, async () => {
      const frameServer = origin === 'same' ? server : other;
      const src = frameServer.url(site.articlePath(HERALD_QUOTE));
      site.pages.set(FRAME_PAGE_PATH, framePage(src));
      const page = await openPage(server.url(FRAME_PAGE_PATH));
      const frame = page.frames().find((f) => f.url().startsWith(src));
      expect(frame, 'the partner frame loaded').toBeDefined();
      await frame!.waitForLoadState();
      await selectByRange(frame!, HERALD_QUOTE);
      // The shortcut's path (every frame read), then the menu's (that frame named).
      for (const frameId of [undefined, await frameIdOf(ext, page, src)]) {
        const card = await runCheckInTab(ext, page, frameId);
        await expect(card.getAttribute('data-verdict')).resolves.toBe('verbatim');
        await expect(card.locator('[data-testid="speaker"]').textContent()).resolves.toBe(
          HERALD.speaker,
        );
        const { card: box, viewport } = await geometry(page);
        expectInside(box, viewport);
        const inFrame = await selectionEnd(frame!);
        const frameBox = await page.locator('#partner').boundingBox();
        // The frame's 2px border, then the selection's place inside it.
        const line = {
          left: frameBox!.x + 2 + inFrame.left,
          top: frameBox!.y + 2 + inFrame.top,
          right: frameBox!.x + 2 + inFrame.right,
          bottom: frameBox!.y + 2 + inFrame.bottom,
        };
        expectNextTo(box!, line);
        expect(Math.abs(box!.left - line.left)).toBeLessThan(420);
      }
      await screenshot(page, `placement-iframe-${origin}-origin`);
    });
  }

  it('a hostile stylesheet: the card keeps its place in the window', async () => {
    const page = await openPage(server.url(HOSTILE_PATH));
    await selectByRange(page, HANKYOREH_QUOTE);
    await runCheckInTab(ext, page);
    const { card, viewport } = await geometry(page);
    expectInside(card, viewport);
    expectNextTo(card!, await selectionEnd(page));
    await screenshot(page, 'placement-hostile');
  });

  it('a stylesheet that tries to hide every added element: the card still shows', async () => {
    const page = await openPage(server.url(HIDING_PATH));
    await selectByRange(page, HANKYOREH_QUOTE);
    await runCheckInTab(ext, page);
    const { card, viewport } = await geometry(page);
    expectInside(card, viewport);
    const onTop = await page.evaluate((tag) => {
      const host = document.querySelector(tag)!;
      const r = host.shadowRoot!.querySelector('[role="dialog"]')!.getBoundingClientRect();
      return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === host;
    }, CARD_HOST);
    expect(onTop).toBe(true);
    await screenshot(page, 'placement-hiding-stylesheet');
  });
});

describe('focus and frames we may not read', () => {
  it('Escape gives focus back to the text field the reader was typing in', async () => {
    const page = await openPage(server.url(TEXTAREA_PATH));
    await page.focus('#letter');
    await page.evaluate(selectInLetterField, HERALD_QUOTE);
    const card = await runCheckInTab(ext, page);
    await expect(card.getAttribute('data-verdict')).resolves.toBe('verbatim');
    // The card took focus (Escape and Tab work in it at once).
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe(
      CARD_HOST.toUpperCase(),
    );
    const { card: box, viewport } = await geometry(page);
    expectInside(box, viewport);
    await screenshot(page, 'placement-text-field');
    await page.keyboard.press('Escape');
    await page.locator(CARD_HOST).waitFor({ state: 'detached' });
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('letter');
    // The words the reader selected are still selected in the field.
    await expect(
      page.evaluate(() => {
        const area = document.getElementById('letter') as HTMLTextAreaElement;
        return area.value.slice(area.selectionStart, area.selectionEnd);
      }),
    ).resolves.toBe(HERALD_QUOTE);
  });

  it('closing the card gives focus back to a link, too', async () => {
    const page = await openPage(server.url(TEXTAREA_PATH));
    await page.focus('#guide');
    await page.evaluate(() => {
      const h1 = document.querySelector('h1')!;
      const range = document.createRange();
      range.selectNodeContents(h1);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
    });
    await runCheckInTab(ext, page);
    await page.getByRole('button', { name: enMessage('closeCard') }).click();
    await page.locator(CARD_HOST).waitFor({ state: 'detached' });
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('guide');
  });

  it('a selection in a frame the browser keeps extensions out of: one line says so, with the search field', async () => {
    // localhost is not 127.0.0.1: the test build's host permission does not cover it.
    const src = `http://localhost:${new URL(other.origin).port}${site.articlePath(INTERVIEW_QUOTE)}`;
    site.pages.set(FRAME_PAGE_PATH, framePage(src));
    const page = await openPage(server.url(FRAME_PAGE_PATH));
    const frame = page.frames().find((f) => f.url().startsWith(src));
    expect(frame, 'the localhost frame loaded').toBeDefined();
    await frame!.waitForLoadState();
    await selectByRange(frame!, INTERVIEW_QUOTE);
    // As the reader's click into the frame does: focus is in the frame.
    await page.focus('#partner');
    await page.bringToFront();

    // The toolbar popup.
    await ext.worker.evaluate(() =>
      (globalThis as unknown as WorkerGlobals).chrome.action.openPopup(),
    );
    let popup = await PopupTarget.attach(ext.context, ext.url('popup.html'), POPUP_TIMEOUT_MS);
    await expect(popupStatus(popup, POPUP_TIMEOUT_MS)).resolves.toBe(
      enMessage('statusUnreadableFrame'),
    );
    await expect(popup.evaluate<string>('document.activeElement?.type')).resolves.toBe('search');
    await popup.evaluate('window.close()').catch(() => {});
    await popup.detach();

    // The shortcut: no card can stand next to it, so the popup opens and says the same.
    await runCheckOnly(ext, page);
    popup = await PopupTarget.attach(ext.context, ext.url('popup.html'), POPUP_TIMEOUT_MS);
    await expect(popupStatus(popup, POPUP_TIMEOUT_MS)).resolves.toBe(
      enMessage('statusUnreadableFrame'),
    );
    await expect(page.locator(CARD_HOST).count()).resolves.toBe(0);
    await popup.evaluate('window.close()').catch(() => {});
    await popup.detach();
  });
});

describe('"popup only"', () => {
  it('the popup opens with the check; the next popup, nothing selected, does not show it again', async () => {
    const page = await openPage(server.url(site.articlePath(HERALD_QUOTE)));
    await selectByRange(page, HERALD_QUOTE);
    await page.bringToFront();
    const setMode = (mode: string) =>
      ext.worker.evaluate(
        (value) =>
          (globalThis as unknown as WorkerGlobals).chrome.storage.local.set({ displayMode: value }),
        mode,
      );
    await setMode('popup');
    try {
      await runCheckOnly(ext, page);
      let popup = await PopupTarget.attach(ext.context, ext.url('popup.html'), POPUP_TIMEOUT_MS);
      await expect(popupStatus(popup, POPUP_TIMEOUT_MS)).resolves.toBe(enMessage('statusFromMenu'));
      await expect(
        popup.waitFor<string>(
          `document.querySelector('[data-testid="result-card"]')?.dataset.verdict`,
          POPUP_TIMEOUT_MS,
          'a result card',
        ),
      ).resolves.toBe('verbatim');
      await expect(page.locator(CARD_HOST).count()).resolves.toBe(0);
      await popup.evaluate('window.close()').catch(() => {});
      await popup.detach();

      await page.evaluate(() => window.getSelection()?.removeAllRanges());
      await page.bringToFront();
      await ext.worker.evaluate(() =>
        (globalThis as unknown as WorkerGlobals).chrome.action.openPopup(),
      );
      popup = await PopupTarget.attach(ext.context, ext.url('popup.html'), POPUP_TIMEOUT_MS);
      await expect(popupStatus(popup, POPUP_TIMEOUT_MS)).resolves.toBe(
        enMessage('statusNothingSelected'),
      );
      await expect(
        popup.evaluate<number>(`document.querySelectorAll('[data-testid="result-card"]').length`),
      ).resolves.toBe(0);
      await popup.evaluate('window.close()').catch(() => {});
      await popup.detach();
    } finally {
      await setMode('card');
    }
  });
});

describe('a stock phrase names nobody', () => {
  it('on an unrelated council story: too common, no speaker, no conflict with the councillor', async () => {
    const page = await openPage(server.url(COUNCIL_PATH));
    await selectByRange(page, STOCK_PHRASE);
    const card = await runCheckInTab(ext, page);
    await expect(card.getAttribute('data-verdict')).resolves.toBe('common');
    await expect(card.locator('[data-testid="verdict"]').textContent()).resolves.toContain(
      enMessage('verdictCommon'),
    );
    await expect(card.locator('[data-testid="speaker"]').count()).resolves.toBe(0);
    await expect(card.locator('[data-testid="attribution"]').count()).resolves.toBe(0);
    await expect(card.locator('[data-testid="misattribution"]').count()).resolves.toBe(0);
    await expect(card.textContent()).resolves.not.toContain(COUNCILLOR);
    await expect(badgeTextOf(ext, page)).resolves.toBe(VERDICT_STYLES.common.badge);
    await screenshot(page, 'card-common-phrase');
  });
});
