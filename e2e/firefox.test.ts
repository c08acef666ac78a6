/**
 * Firefox, end to end: the test build (`QC_E2E=1 wxt build -b firefox`) installed into
 * headless Firefox ESR (Debian's `firefox-esr`), driven over WebDriver BiDi with
 * puppeteer-core. The popup checks a typed quotation; the menu's code path shows the card
 * in a real page served from 127.0.0.1; the shipped Firefox manifest asks for what the
 * Chrome one does. If Firefox ESR is missing these tests fail (never skip): CI installs it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { VERDICT_STYLES } from '../lib/ui/verdictStyle';
import { badgeTextOf, checkInTab } from './firefox/extensionApi';
import {
  FIREFOX_E2E_BUILD_DIR,
  type LoadedFirefoxExtension,
  launchFirefox,
} from './firefox/launchFirefox';
import { type CardFacts, readCard } from './firefox/readCard';
import { selectByMouseDrag } from './firefox/selectPassage';
import { enMessage } from './fixtures/enMessage';
import { ALTERED_NUMBER_QUOTE, HERALD, HERALD_FOUR_YEARS_QUOTE } from './fixtures/passages';
import { ALTERED_PATH, buildTestSite } from './fixtures/testSite';
import { type FixtureServer, startFixtureServer } from './harness/fixtureServer';
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

let launched: LoadedFirefoxExtension | undefined;
let launchError: unknown;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer(buildTestSite().pages);
  // A launch failure (above all "Firefox ESR is not installed") fails every browser test
  // with its message, rather than failing the hook and leaving the tests marked skipped.
  try {
    launched = await launchFirefox();
  } catch (error) {
    launchError = error;
  }
});

afterAll(async () => {
  await launched?.close();
  await server?.close();
});

/** The running Firefox with the extension; throws why it could not start. */
function firefox(): LoadedFirefoxExtension {
  if (!launched) throw launchError ?? new Error('Firefox was not started');
  return launched;
}

/** Tabs a test opened: closed after it even when it fails. */
const openPages: Page[] = [];
afterEach(async () => {
  for (const page of openPages.splice(0)) await page.close().catch(() => {});
});

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
    openPages.push(page);
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
