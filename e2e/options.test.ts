/**
 * The options page, end to end: what the bundled corpus holds, and settings that persist.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../lib/corpus/schema';
import { enMessage } from './fixtures/enMessage';
import { HANKYOREH, HANKYOREH_QUOTE } from './fixtures/passages';
import { buildTestSite } from './fixtures/testSite';
import { axeAudit, seriousFindings } from './harness/axeAudit';
import { type FixtureServer, startFixtureServer } from './harness/fixtureServer';
import { type LoadedExtension, launchExtension } from './harness/launchExtension';
import { PopupTarget } from './harness/popupTarget';
import { CARD_HOST, runCheckInTab, tabIdOf } from './harness/runCheckInTab';
import { saveScreenshot } from './harness/saveScreenshot';
import { selectByRange } from './harness/selectText';
import type { WorkerGlobals } from './harness/WorkerGlobals';

const corpus = JSON.parse(readFileSync(resolve('corpus/quotes.json'), 'utf8')) as Corpus;

let ext: LoadedExtension;
let page: Page;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer(buildTestSite().pages);
  ext = await launchExtension();
  page = await ext.context.newPage();
  await page.setViewportSize({ width: 900, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(ext.url('options.html'));
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** The display mode the background has stored: what the display setting changes. */
const storedDisplayMode = () =>
  ext.worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as WorkerGlobals;
    return (await chrome.storage.local.get('displayMode')).displayMode;
  });

/** The page's main area colour: what the theme setting changes. */
const mainBackground = () =>
  page.evaluate(() => {
    const main = document.querySelector('main');
    return main ? getComputedStyle(main).backgroundColor : null;
  });

describe('the options page', () => {
  it('says how many quotes, speakers and articles the bundled corpus holds, and lists the sources', async () => {
    const counts = enMessage('optionsCounts', {
      QUOTES: String(corpus.quotes.length),
      SPEAKERS: String(corpus.speakers.length),
      ARTICLES: String(corpus.articles.length),
    });
    // The summary comes from the worker, a moment after the page.
    await page.getByText(counts).waitFor();
    await expect(page.getByText(counts).count()).resolves.toBe(1);
    expect(corpus.articles.length).toBeGreaterThan(0);
    for (const article of corpus.articles) {
      await expect(page.getByText(article.title, { exact: true }).count()).resolves.toBe(1);
    }
    await expect(
      page.getByText(enMessage('optionsDateFromCurator')).count(),
    ).resolves.toBeGreaterThan(0);
  });

  it('has no serious accessibility problem, in light or dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const findings = await axeAudit((e) => page.evaluate(e));
      expect(seriousFindings(findings), `axe, ${colorScheme}`).toEqual([]);
      saveScreenshot(`options-${colorScheme}`, await page.screenshot({ fullPage: true }));
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('the theme setting overrides the system and survives a reload', async () => {
    const systemLight = await mainBackground();
    await page.getByRole('radio', { name: enMessage('optionsThemeDark') }).check();
    await expect.poll(mainBackground).not.toBe(systemLight);
    const dark = await mainBackground();

    await page.reload();
    await expect
      .poll(() => page.getByRole('radio', { name: enMessage('optionsThemeDark') }).isChecked())
      .toBe(true);
    await expect.poll(mainBackground).toBe(dark);

    await page.getByRole('radio', { name: enMessage('optionsThemeSystem') }).check();
    await expect.poll(mainBackground).toBe(systemLight);
  });

  it('“popup only”: Check quote adds nothing to the page and answers in the toolbar popup', async () => {
    await page.getByRole('radio', { name: enMessage('optionsDisplayPopup') }).check();
    await expect.poll(storedDisplayMode).toBe('popup');

    const news = await ext.context.newPage();
    await news.goto(server.url(buildTestSite().articlePath(HANKYOREH_QUOTE)));
    await selectByRange(news, HANKYOREH_QUOTE);
    await news.bringToFront();
    const tabId = await tabIdOf(ext, news);
    await ext.worker.evaluate(
      (id) => (globalThis as unknown as WorkerGlobals).__qcTest?.checkInTab(id),
      tabId,
    );
    const popup = await PopupTarget.attach(ext.context, ext.url('popup.html'), 15_000);
    const speaker = await popup.waitFor<string>(
      `document.querySelector('main#qc-popup [data-testid="result-card"] [data-testid="speaker"]')?.textContent`,
      15_000,
      'the result card',
    );
    expect(speaker).toBe(HANKYOREH.speaker);
    await expect(news.locator(CARD_HOST).count()).resolves.toBe(0);
    await popup.evaluate('window.close()').catch(() => {});
    await popup.detach();

    // Back to the card: the same check shows it in the page again.
    await page.bringToFront();
    await page.getByRole('radio', { name: enMessage('optionsDisplayCard') }).check();
    await expect.poll(storedDisplayMode).toBe('card');
    await selectByRange(news, HANKYOREH_QUOTE);
    await runCheckInTab(ext, news);
    await news.close();
  });
});
