/**
 * Firefox, end to end: the test build (`QC_E2E=1 wxt build -b firefox`) installed into
 * headless Firefox ESR (Debian's `firefox-esr`), driven over WebDriver BiDi with
 * puppeteer-core. The popup checks a typed quotation; the menu's code path shows the card
 * in a real page served from 127.0.0.1; the shipped Firefox manifest asks for what the
 * Chrome one does. If Firefox ESR is missing these tests fail (never skip): CI installs it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERDICT_STYLES } from '../lib/ui/verdictStyle';
import { badgeTextOf, checkInTab, frameIdOf, popupTexts, setSetting } from './firefox/extensionApi';
import { FIREFOX_E2E_BUILD_DIR } from './firefox/launchFirefox';
import { type CardFacts, readCard } from './firefox/readCard';
import { selectByMouseDrag } from './firefox/selectPassage';
import { useFirefox } from './firefox/useFirefox';
import { enMessage } from './fixtures/enMessage';
import {
  ALTERED_NUMBER_QUOTE,
  HANKYOREH_QUOTE,
  HERALD,
  HERALD_FOUR_YEARS_QUOTE,
  HERALD_QUOTE,
} from './fixtures/passages';
import {
  COUNCIL_PATH,
  councilPage,
  FRAME_PAGE_PATH,
  framePage,
  STOCK_PHRASE,
  TEXTAREA_PATH,
  textareaPage,
} from './fixtures/placementPages';
import { ALTERED_PATH, buildTestSite, CONFLICT_PATH, type TestSite } from './fixtures/testSite';
import { type FixtureServer, startFixtureServer } from './harness/fixtureServer';
import { selectInLetterField, selectPassageInPage } from './harness/inPageHelpers';
import { type Manifest, readManifest } from './harness/readManifest';
import { CARD_HOST } from './harness/runCheckInTab';

/** Waiting for a card or its removal: a check on a cold background page on 2 busy cores. */
const CARD_TIMEOUT_MS = 20_000;

/** What the reader must be told about the altered quotation (the Korea Herald, Lee Soo-hyuck). */
const ALTERED_CHANGE = enMessage('changeReplaces', { FROM: 'four', TO: 'eight' });

/** The card for the altered quotation, in the popup or in the page: who, where, when, what changed. */
function expectAlteredCard(card: CardFacts | null): void {
  expect(card).toMatchObject({
    verdict: 'altered',
    verdictWord: expect.stringContaining(enMessage('verdictAltered')),
    speaker: HERALD.speaker,
    outlet: HERALD.outlet,
    date: HERALD.date,
    deleted: ['four'],
    inserted: ['eight'],
  });
  expect(card?.changes).toContain(ALTERED_CHANGE);
}

let server: FixtureServer;
/** A second server: another port is another origin (for the cross-origin frame). */
let other: FixtureServer;
let site: TestSite;

beforeAll(async () => {
  site = buildTestSite();
  site.pages.set(COUNCIL_PATH, councilPage());
  site.pages.set(TEXTAREA_PATH, textareaPage(HERALD_QUOTE));
  server = await startFixtureServer(site.pages);
  other = await startFixtureServer(site.pages);
});

afterAll(async () => {
  await server?.close();
  await other?.close();
});

const { firefox, track } = useFirefox();

describe('Firefox: the popup', () => {
  it('checks a typed altered quotation: altered, Lee Soo-hyuck, The Korea Herald, the date, four → eight', async () => {
    // The corpus holds the quotation as printed; the reader types it with "four" made "eight".
    const corpus = readFileSync(resolve('corpus/quotes.json'), 'utf8');
    expect(corpus).toContain(HERALD_FOUR_YEARS_QUOTE);
    expect(ALTERED_NUMBER_QUOTE).not.toBe(HERALD_FOUR_YEARS_QUOTE);

    const { popup } = firefox();
    // Opened as a tab, the popup has no page selection to read: it says so and offers the field.
    const status = await popup.waitForSelector('[data-testid="status"]');
    await expect(status?.evaluate((line) => line.textContent?.trim())).resolves.toBe(
      enMessage('statusUnreadable'),
    );
    const field = 'main#qc-popup input[type="search"]';
    await popup.click(field);
    await popup.type(field, ALTERED_NUMBER_QUOTE);
    await popup.keyboard.press('Enter');
    // Wait for the named change; on a timeout, say what the popup showed instead.
    const shown = await popup
      .waitForFunction(
        (change) =>
          [
            ...document.querySelectorAll('[data-testid="result-card"] [data-testid="changes"] li'),
          ].some((li) => li.textContent?.trim() === change),
        { timeout: CARD_TIMEOUT_MS },
        ALTERED_CHANGE,
      )
      .then(
        () => true,
        () => false,
      );
    const card = await readCard(popup);
    expect(
      shown,
      `the popup never listed "${ALTERED_CHANGE}"; its card: ${JSON.stringify(card)}`,
    ).toBe(true);
    await expect(popup.$eval(field, (input) => (input as HTMLInputElement).value)).resolves.toBe(
      ALTERED_NUMBER_QUOTE,
    );
    expectAlteredCard(card);
  });
});

describe('Firefox: the context menu and the shortcut', () => {
  it('show the card in the page for a selected quotation, and Escape closes it', async () => {
    const ext = firefox();
    const page = await ext.browser.newPage();
    track(page);
    await page.goto(server.url(ALTERED_PATH), { waitUntil: 'load' });
    await expect(selectByMouseDrag(page, ALTERED_NUMBER_QUOTE)).resolves.toBe(ALTERED_NUMBER_QUOTE);

    // Nothing is injected until the reader asks (no content script in the manifest).
    await expect(
      page.evaluate((tag) => document.querySelector(tag), CARD_HOST),
    ).resolves.toBeNull();
    await checkInTab(ext, page);
    await page.waitForSelector(`${CARD_HOST} >>> [data-testid="result-card"]`, {
      visible: true,
      timeout: CARD_TIMEOUT_MS,
    });
    const card = await readCard(page, CARD_HOST);
    expectAlteredCard(card);
    // The card is in an open shadow root on its own host element, not in the page's DOM.
    await expect(
      page.evaluate(() => document.querySelectorAll('[data-testid="result-card"]').length),
    ).resolves.toBe(0);
    await expect(badgeTextOf(ext, page)).resolves.toBe(VERDICT_STYLES.altered.badge);

    await page.keyboard.press('Escape');
    await page.waitForSelector(CARD_HOST, { hidden: true, timeout: CARD_TIMEOUT_MS });
    await expect(
      page.evaluate((tag) => document.querySelector(tag), CARD_HOST),
    ).resolves.toBeNull();
  });
});

describe('Firefox: the manifest', () => {
  const chromeBuild = () => readManifest(resolve('.output/chrome-mv3'));
  const shipped = () => readManifest(resolve('.output/firefox-mv2'));
  const testBuild = () => readManifest(FIREFOX_E2E_BUILD_DIR);

  it('carries a gecko id, the one the test build is installed under', () => {
    const id = shipped().browser_specific_settings?.gecko?.id;
    expect(id).toMatch(/^\S+@\S+$/);
    expect(testBuild().browser_specific_settings?.gecko?.id).toBe(id);
  });

  it('asks for the same permissions as the Chrome build: activeTab, scripting, contextMenus, storage', () => {
    const asked = (m: Manifest) => [...(m.permissions ?? []), ...(m.host_permissions ?? [])].sort();
    const firefoxBuild = shipped();
    expect(asked(firefoxBuild)).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
    expect(asked(firefoxBuild)).toEqual(asked(chromeBuild()));
    expect(firefoxBuild.optional_permissions ?? []).toEqual([]);
    expect(firefoxBuild.content_scripts).toBeUndefined();
    // The test build differs only by the local test server's host, which the tests need.
    expect(asked(testBuild())).toEqual([...asked(firefoxBuild), 'http://127.0.0.1/*'].sort());
  });
});

/** The card's dialog box and the window's size, in the page. */
function cardGeometry(page: Page) {
  return page.evaluate((tag) => {
    const dialog = document.querySelector(tag)?.shadowRoot?.querySelector('[role="dialog"]');
    const r = dialog?.getBoundingClientRect();
    return {
      card: r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null,
      width: document.documentElement.clientWidth,
      height: window.innerHeight,
    };
  }, CARD_HOST);
}

async function expectCardOnScreen(page: Page): Promise<void> {
  const { card, width, height } = await cardGeometry(page);
  expect(card).not.toBeNull();
  expect(card!.left).toBeGreaterThanOrEqual(0);
  expect(card!.top).toBeGreaterThanOrEqual(0);
  expect(card!.right).toBeLessThanOrEqual(width);
  expect(card!.bottom).toBeLessThanOrEqual(height);
  expect(card!.bottom - card!.top).toBeGreaterThan(100);
}

async function openFixture(url: string): Promise<Page> {
  const page = await firefox().browser.newPage();
  track(page);
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

function waitForCard(page: Page): Promise<unknown> {
  return page.waitForSelector(`${CARD_HOST} >>> [data-testid="result-card"]`, {
    visible: true,
    timeout: CARD_TIMEOUT_MS,
  });
}

describe('Firefox: trust and placement', () => {
  it('a misattributed quotation: “Misattributed” first, in the page and on the badge; the card on screen', async () => {
    const ext = firefox();
    const page = await openFixture(server.url(CONFLICT_PATH));
    await selectByMouseDrag(page, HANKYOREH_QUOTE);
    await checkInTab(ext, page);
    await waitForCard(page);
    const card = await readCard(page, CARD_HOST);
    expect(card?.verdict).toBe('misattributed');
    expect(card?.speaker).toBe('Lee Jae-myung');
    const heading = await page.evaluate(
      (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('header')?.textContent ?? '',
      CARD_HOST,
    );
    expect(heading).toContain(
      enMessage('misattributedHeading', { SPEAKER: 'Lee Jae-myung', CLAIMED: 'Moon Jae-in' }),
    );
    expect(heading.indexOf(enMessage('verdictMisattributed'))).toBeLessThan(
      heading.indexOf(enMessage('verdictVerbatim')),
    );
    await expect(badgeTextOf(ext, page)).resolves.toBe(VERDICT_STYLES.misattributed.badge);
    await expectCardOnScreen(page);
  });

  it('a stock phrase on an unrelated council story: too common, nobody named', async () => {
    const ext = firefox();
    const page = await openFixture(server.url(COUNCIL_PATH));
    await selectByRangeIn(page, STOCK_PHRASE);
    await checkInTab(ext, page);
    await waitForCard(page);
    const card = await readCard(page, CARD_HOST);
    expect(card?.verdict).toBe('common');
    expect(card?.speaker).toBeNull();
    await expect(badgeTextOf(ext, page)).resolves.toBe(VERDICT_STYLES.common.badge);
  });

  it('Escape gives focus back to the text field', async () => {
    const ext = firefox();
    const page = await openFixture(server.url(TEXTAREA_PATH));
    await page.focus('#letter');
    await page.evaluate(selectInLetterField, HERALD_QUOTE);
    await checkInTab(ext, page);
    await waitForCard(page);
    await expectCardOnScreen(page);
    await page.keyboard.press('Escape');
    await page.waitForSelector(CARD_HOST, { hidden: true, timeout: CARD_TIMEOUT_MS });
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('letter');
  });

  for (const origin of ['same', 'cross'] as const) {
    it(`a selection in a ${origin}-origin frame: read there, the card on screen in the window`, async () => {
      const ext = firefox();
      const src = (origin === 'same' ? server : other).url(site.articlePath(HERALD_QUOTE));
      site.pages.set(FRAME_PAGE_PATH, framePage(src));
      const page = await openFixture(server.url(FRAME_PAGE_PATH));
      const frame = page.frames().find((f) => f.url().startsWith(src));
      expect(frame, 'the partner frame loaded').toBeDefined();
      await selectByRangeIn(frame!, HERALD_QUOTE);
      for (const frameId of [undefined, await frameIdOf(ext, page, src)]) {
        await checkInTab(ext, page, frameId);
        await waitForCard(page);
        const card = await readCard(page, CARD_HOST);
        expect(card?.verdict).toBe('verbatim');
        expect(card?.speaker).toBe(HERALD.speaker);
        await expectCardOnScreen(page);
        // Next to the frame's selection (right below or above its lines), not in a corner.
        const { card: box } = await cardGeometry(page);
        const frameBox = await page.$eval('#partner', (f) => {
          const r = f.getBoundingClientRect();
          return { left: r.left + f.clientLeft, top: r.top + f.clientTop };
        });
        const lines = await frame!.evaluate(() => {
          const rects = Array.from(window.getSelection()!.getRangeAt(0).getClientRects());
          return {
            left: Math.min(...rects.map((r) => r.left)),
            top: Math.min(...rects.map((r) => r.top)),
            bottom: Math.max(...rects.map((r) => r.bottom)),
          };
        });
        const top = frameBox.top + lines.top;
        const bottom = frameBox.top + lines.bottom;
        const gapBelow = box!.top - bottom;
        const gapAbove = top - box!.bottom;
        expect(
          (gapBelow >= 0 && gapBelow <= 12) || (gapAbove >= 0 && gapAbove <= 12),
          `card ${JSON.stringify(box)} next to the lines ${top}–${bottom}`,
        ).toBe(true);
        expect(Math.abs(box!.left - (frameBox.left + lines.left))).toBeLessThan(2);
        await page.keyboard.press('Escape');
        await page.waitForSelector(CARD_HOST, { hidden: true, timeout: CARD_TIMEOUT_MS });
      }
    });
  }

  it('"popup only": the popup opens with the check; the next popup, nothing selected, does not show it again', async () => {
    const ext = firefox();
    const page = await openFixture(server.url(ALTERED_PATH));
    await selectByMouseDrag(page, ALTERED_NUMBER_QUOTE);
    await setSetting(ext, 'displayMode', 'popup');
    try {
      await page.bringToFront();
      await checkInTab(ext, page);
      const deadline = Date.now() + CARD_TIMEOUT_MS;
      let texts = await popupTexts(ext);
      while (!texts.some((t) => t.includes(enMessage('verdictAltered'))) && Date.now() < deadline) {
        await new Promise((done) => setTimeout(done, 100));
        texts = await popupTexts(ext);
      }
      expect(texts).toHaveLength(1);
      expect(texts[0]).toContain(enMessage('statusFromMenu'));
      expect(texts[0]).toContain(enMessage('changeReplaces', { FROM: 'four', TO: 'eight' }));
      // "Popup only" never touches the page.
      await expect(
        page.evaluate((tag) => document.querySelector(tag), CARD_HOST),
      ).resolves.toBeNull();

      // Closed, the selection gone, the popup opened again: no old result shown as new.
      await ext.popup.evaluate(() => {
        const { browser } = globalThis as unknown as {
          browser: { extension: { getViews(o: { type: string }): Window[] } };
        };
        for (const view of browser.extension.getViews({ type: 'popup' })) view.close();
      });
      await page.evaluate(() => window.getSelection()?.removeAllRanges());
      await page.bringToFront();
      await ext.popup.evaluate(async () => {
        const { browser } = globalThis as unknown as {
          browser: { browserAction: { openPopup(): Promise<void> } };
        };
        await browser.browserAction.openPopup();
      });
      const again = Date.now() + CARD_TIMEOUT_MS;
      texts = await popupTexts(ext);
      while (
        !texts.some((t) => t.includes(enMessage('statusNothingSelected'))) &&
        Date.now() < again
      ) {
        await new Promise((done) => setTimeout(done, 100));
        texts = await popupTexts(ext);
      }
      expect(texts).toHaveLength(1);
      expect(texts[0]).toContain(enMessage('statusNothingSelected'));
      expect(texts[0]).not.toContain(enMessage('verdictAltered'));
    } finally {
      await setSetting(ext, 'displayMode', 'card');
    }
  });
});

/** Selects the first occurrence of `passage` in a page or frame with a DOM Range. */
async function selectByRangeIn(frame: Page | Frame, passage: string): Promise<void> {
  if ((await frame.evaluate(selectPassageInPage, passage)) === null) {
    throw new Error(`No text node holds: ${passage}`);
  }
}
