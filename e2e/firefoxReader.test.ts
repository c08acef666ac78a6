/**
 * The reader's own corpus in Firefox ESR (the QC_E2E=1 Firefox build over WebDriver BiDi),
 * where its driver allows: "Add this article" on a news page served from 127.0.0.1 (the
 * popup's own message, sent from the extension's tab with the article tab's id: the
 * driver cannot click the toolbar button), the review saved in its tab, then a quotation
 * of it checked by the menu's code path (card: speaker, link, "Added by you on …"); an
 * import through the options page's file input, and an import cancelled halfway.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportSummary } from '../lib/import/types';
import type { VerifyResult } from '../lib/match/types';
import { isoDay } from '../lib/reader/isoDay';
import { formatDate } from '../lib/ui/formatDate';
import { checkInTab, tabIdOf } from './firefox/extensionApi';
import { type LoadedFirefoxExtension, launchFirefox } from './firefox/launchFirefox';
import { selectByMouseDrag } from './firefox/selectPassage';
import { enMessage } from './fixtures/enMessage';
import { HARBOUR, harbourArticleHtml, quotingPageHtml } from './fixtures/harbourArticle';
import { writeQuotebankFile } from './fixtures/quotebankFile';
import { type FixtureServer, startFixtureServer } from './harness/fixtureServer';
import { CARD_HOST } from './harness/runCheckInTab';

const TIMEOUT_MS = 30_000;
/** Enough lines for two chunks (segments) and a progress bar that moves; quick in Firefox. */
const LINES = 60_000;
const QUOTING_PATH = '/blog/island-notes';

let ext: LoadedFirefoxExtension;
let server: FixtureServer;
const work = mkdtempSync(join(tmpdir(), 'qc-e2e-firefox-reader-'));
const file = join(work, 'quotes-firefox.jsonl');
let expected: ImportSummary;
let sample: string;

beforeAll(async () => {
  const pages = new Map<string, string>();
  server = await startFixtureServer(pages);
  pages.set(HARBOUR.path, harbourArticleHtml(server.origin));
  pages.set(QUOTING_PATH, quotingPageHtml(HARBOUR.queueQuote));
  const written = await writeQuotebankFile(file, LINES, { seed: 7 });
  expected = written.expected;
  sample = (written.head[0] as { quotation: string }).quotation;
  ext = await launchFirefox();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Waits for a tab of the extension at `path` to be listed, and returns it. */
async function extensionTab(path: string): Promise<Page> {
  const deadline = Date.now() + TIMEOUT_MS;
  for (;;) {
    for (const page of await ext.browser.pages()) {
      // A tab the extension opens may still be listed at about:blank: ask the tab itself.
      const href = await page.evaluate(() => location.href).catch((e) => `error ${e}`);
      if (href.startsWith(ext.url(path))) return page;
    }
    if (Date.now() > deadline)
      throw new Error(
        `Firefox never opened ${path} (tabs: ${(await ext.browser.pages()).map((p) => p.url()).join(', ')})`,
      );
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Sends a protocol message from the extension's tab, as its pages do. */
function send<T>(type: string, data: unknown): Promise<T> {
  return ext.popup.evaluate(
    async (t, d) => {
      const { browser } = globalThis as unknown as {
        browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
      };
      return browser.runtime.sendMessage({ type: t, data: d });
    },
    type,
    data as never,
  ) as Promise<T>;
}

const verify = (text: string) => send<{ ok: boolean; value: VerifyResult }>('verify', { text });

describe('Firefox: Add this article', () => {
  it('reads a news page, opens its review, and saves it to the reader’s corpus', async () => {
    const article = await ext.browser.newPage();
    await article.goto(server.url(HARBOUR.path), { waitUntil: 'load' });
    const tabId = await tabIdOf(ext, article);
    // What the popup's "Add this article" button sends for the active tab.
    await expect(send('addArticle', { tabId })).resolves.toEqual({ ok: true, value: null });
    const review = await extensionTab('review.html');
    await review.waitForSelector('[data-testid="review-quote"]', { timeout: TIMEOUT_MS });
    const quotes = await review.$$eval('[data-testid="review-quote-text"]', (els) =>
      els.map((el) => el.textContent ?? ''),
    );
    expect(quotes).toHaveLength(9);
    expect(quotes[0]).toContain(HARBOUR.queueQuote);
    await expect(
      review.$eval('input[name="url"]', (el) => (el as HTMLInputElement).value),
    ).resolves.toBe(`${server.origin}${HARBOUR.path}`);
    await review.type('input[name="qc-q6-speaker"]', HARBOUR.deputy);
    await review.click('.qc-button-primary');
    await review.waitForFunction(
      () =>
        document.querySelector('[data-testid="review-status"]')?.textContent?.startsWith('Saved'),
      { timeout: TIMEOUT_MS },
    );
    await expect(
      review.$eval('[data-testid="review-status"]', (el) => el.textContent),
    ).resolves.toBe(enMessage('reviewSaved', { COUNT: '9', TITLE: HARBOUR.headline }));
    await review.close();
    await article.close();
  });

  it('checks one of its quotations on another page: the card names the speaker, links the page, says added by you', async () => {
    const page = await ext.browser.newPage();
    await page.goto(server.url(QUOTING_PATH), { waitUntil: 'load' });
    await selectByMouseDrag(page, HARBOUR.queueQuote);
    await checkInTab(ext, page);
    await page.waitForSelector(`${CARD_HOST} >>> [data-testid="result-card"]`, {
      visible: true,
      timeout: TIMEOUT_MS,
    });
    const card = await page.evaluate((tag) => {
      const root = document.querySelector(tag)?.shadowRoot;
      const text = (id: string) =>
        root?.querySelector(`[data-testid="${id}"]`)?.textContent ?? null;
      return {
        verdict: root?.querySelector('[data-testid="result-card"]')?.getAttribute('data-verdict'),
        speaker: text('speaker'),
        date: text('date'),
        added: text('added-by-you'),
        href: root?.querySelector('[data-testid="article-link"]')?.getAttribute('href'),
      };
    }, CARD_HOST);
    expect(card).toEqual({
      verdict: 'verbatim',
      speaker: HARBOUR.harbourMaster,
      date: HARBOUR.date,
      added: enMessage('sourceAddedByYou', { DATE: formatDate(isoDay(), 'en')! }),
      href: `${server.origin}${HARBOUR.path}`,
    });
    await page.close();
  });
});

describe('Firefox: Import quotes', () => {
  let options: Page;

  it(`imports ${LINES.toLocaleString('en')} Quotebank lines through the options page's file input`, async () => {
    await ext.popup.evaluate(() =>
      (
        globalThis as unknown as { browser: { runtime: { openOptionsPage(): Promise<void> } } }
      ).browser.runtime.openOptionsPage(),
    );
    options = await extensionTab('options.html');
    const input = await options.waitForSelector('#qc-import-file', { timeout: TIMEOUT_MS });
    const started = Date.now();
    await (input as ElementHandle<HTMLInputElement>).uploadFile(file);
    await options.waitForSelector('[data-testid="import-summary"]', { timeout: 240_000 });
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `Firefox: import of ${LINES.toLocaleString('en')} lines through the options page in ${seconds.toFixed(1)} s`,
    );
    const text = await options.$eval('[data-testid="import-summary"]', (el) => el.textContent);
    const n = (x: number) => x.toLocaleString('en');
    expect(text).toContain(
      `Imported “quotes-firefox.jsonl”: ${n(expected.quotes)} quotations from ${n(expected.speakers)} speakers (${n(LINES)} lines,`,
    );
    const found = await verify(sample);
    expect(found).toMatchObject({
      ok: true,
      value: { verdict: 'verbatim', best: { origin: 'reader' } },
    });
  });

  it('cancelled halfway, adds nothing', async () => {
    const entries = () => options.$$eval('[data-testid="reader-entry"]', (els) => els.length);
    const before = await entries();
    const input = await options.$('#qc-import-file');
    await (input as ElementHandle<HTMLInputElement>).uploadFile(file);
    await options.waitForFunction(
      (half) =>
        Number(
          (document.querySelector('[data-testid="import-counts"]')?.textContent ?? '0')
            .split(' ')[0]!
            .replace(/,/g, ''),
        ) >= half,
      { timeout: 120_000, polling: 50 },
      LINES / 2,
    );
    await options.click('[data-testid="import-progress"] button');
    await options.waitForFunction(
      (message) => document.querySelector('[data-testid="import-result"]')?.textContent === message,
      { timeout: 60_000 },
      enMessage('optionsImportCancelled'),
    );
    expect(await entries()).toBe(before);
  });
});
