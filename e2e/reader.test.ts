/**
 * The reader's own corpus, end to end in Chromium (the QC_E2E=1 build): a realistic news
 * page served from 127.0.0.1 is added through the popup's "Add this article" and its
 * review; its quotations are then checked on another page (card: speaker, link, date,
 * "Added by you on …"), after a worker restart, after the same page is added again from
 * the page's menu (replaced after asking), and in a fresh profile that imported the
 * export. The manage list shows it; Remove takes it out of every answer at once.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoDay } from '../lib/reader/isoDay';
import { formatDate } from '../lib/ui/formatDate';
import { enMessage } from './fixtures/enMessage';
import { HARBOUR, harbourArticleHtml, quotingPageHtml } from './fixtures/harbourArticle';
import { HANKYOREH, HANKYOREH_QUOTE } from './fixtures/passages';
import { axeAudit, seriousFindings } from './harness/axeAudit';
import { type FixtureServer, startFixtureServer } from './harness/fixtureServer';
import { type LoadedExtension, launchExtension } from './harness/launchExtension';
import { PopupTarget, popupStatus } from './harness/popupTarget';
import { importThroughOptions, seenOf, storeCounts, verifyFrom } from './harness/readerPages';
import { runCheckInTab, tabIdOf } from './harness/runCheckInTab';
import { saveScreenshot } from './harness/saveScreenshot';
import { selectByRange } from './harness/selectText';
import type { WorkerGlobals } from './harness/WorkerGlobals';
import { stopWorker } from './harness/workerControl';

const TIMEOUT_MS = 20_000;
const QUOTING_PATH = '/blog/island-notes';
const CHANGED_PATH = '/blog/island-notes-changed';

let ext: LoadedExtension;
let server: FixtureServer;
let options: Page;
let cdp: CDPSession;
const work = mkdtempSync(join(tmpdir(), 'qc-e2e-reader-'));
const canonical = () => `${server.origin}${HARBOUR.path}`;
const addedOn = () => enMessage('sourceAddedByYou', { DATE: formatDate(isoDay(), 'en')! });

/** Texts checked in both profiles: the reader's article, a changed quote, the bundled corpus, nothing. */
const CHECKS = [
  HARBOUR.queueQuote,
  HARBOUR.queueQuoteChanged,
  HARBOUR.councillorQuote,
  HARBOUR.rotaQuote,
  HARBOUR.anonymousQuote,
  HANKYOREH_QUOTE,
  'The lighthouse keeper painted every window of the tower a different shade of green',
];

beforeAll(async () => {
  const pages = new Map<string, string>();
  server = await startFixtureServer(pages);
  pages.set(HARBOUR.path, harbourArticleHtml(server.origin));
  pages.set(QUOTING_PATH, quotingPageHtml(HARBOUR.queueQuote));
  pages.set(CHANGED_PATH, quotingPageHtml(HARBOUR.queueQuoteChanged));
  ext = await launchExtension();
  options = await ext.context.newPage();
  await options.setViewportSize({ width: 900, height: 900 });
  await options.goto(ext.url('options.html'));
  cdp = await ext.context.newCDPSession(options);
  await cdp.send('ServiceWorker.enable');
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** The extension's service worker as it runs now (a new one after a restart). */
function currentWorker() {
  const w = ext.context
    .serviceWorkers()
    .find((sw) => sw.url().startsWith(`chrome-extension://${ext.extensionId}/`));
  if (!w) throw new Error('no service worker');
  return w;
}

/** Waits for the review tab the extension opens, and its list of quotations. */
async function reviewOpened(open: () => Promise<unknown>): Promise<Page> {
  const next = ext.context.waitForEvent('page', {
    timeout: TIMEOUT_MS,
    predicate: (p) => p.url().startsWith(ext.url('review.html')),
  });
  await open();
  const review = await next;
  await review.setViewportSize({ width: 900, height: 900 });
  await review.getByTestId('review-quote').first().waitFor({ timeout: TIMEOUT_MS });
  return review;
}

/** A PNG of the whole review page (the window as tall as the page, so the sticky bar is at its foot). */
async function reviewScreenshot(review: Page, name: string) {
  const height = await review.evaluate(() => document.documentElement.scrollHeight);
  await review.setViewportSize({ width: 900, height });
  saveScreenshot(name, await review.screenshot());
  await review.setViewportSize({ width: 900, height: 900 });
}

describe('Add this article: the reader’s own corpus, checked with the bundled one', () => {
  it('adds the page through the popup: the review lists every quotation, asks who said the open one; saved', async () => {
    const article = await ext.context.newPage();
    await article.goto(server.url(HARBOUR.path));
    await article.bringToFront();
    const review = await reviewOpened(async () => {
      await ext.worker.evaluate(() =>
        (globalThis as unknown as WorkerGlobals).chrome.action.openPopup(),
      );
      const popup = await PopupTarget.attach(ext.context, ext.url('popup.html'), TIMEOUT_MS);
      const button = `[...document.querySelectorAll('button')].find((b) => b.textContent === ${JSON.stringify(enMessage('addArticleButton'))})`;
      await popup.waitFor(button, TIMEOUT_MS, 'the Add this article button');
      await popupStatus(popup, TIMEOUT_MS);
      saveScreenshot('popup-add-article', await popup.screenshot());
      await popup.evaluate(`${button}.click()`);
    });

    // The page's facts, from its JSON-LD, meta tags and canonical link.
    await expect(review.getByLabel('Headline').inputValue()).resolves.toBe(HARBOUR.headline);
    await expect(review.getByLabel('Outlet').inputValue()).resolves.toBe(HARBOUR.outlet);
    await expect(review.getByLabel('Date').inputValue()).resolves.toBe(HARBOUR.published);
    await expect(review.getByLabel('Address (URL)').inputValue()).resolves.toBe(canonical());
    const quotes = review.getByTestId('review-quote');
    await expect(quotes.count()).resolves.toBe(9);
    const texts = await review.getByTestId('review-quote-text').allTextContents();
    expect(texts[0]).toContain(HARBOUR.queueQuote);
    // The comments section gives nothing.
    expect(texts.some((t) => t.includes(HARBOUR.commentWords))).toBe(false);
    await expect(quotes.nth(0).getByTestId('review-speaker').inputValue()).resolves.toBe(
      HARBOUR.harbourMaster,
    );
    // The one the extractor could not attribute: unchecked, and it asks who.
    const open = quotes.nth(5);
    await expect(open.getByTestId('review-unattributed').textContent()).resolves.toContain(
      'Agnes Moor',
    );
    await expect(open.getByRole('checkbox', { name: 'Keep' }).isChecked()).resolves.toBe(false);
    await expect(review.getByTestId('review-kept').textContent()).resolves.toBe(
      enMessage('reviewKept', { KEPT: '8', TOTAL: '9' }),
    );
    for (const scheme of ['light', 'dark'] as const) {
      await review.emulateMedia({ colorScheme: scheme });
      expect(seriousFindings(await axeAudit((e) => review.evaluate(e))), scheme).toEqual([]);
      await reviewScreenshot(review, `review-article-${scheme}`);
    }
    await review.emulateMedia({ colorScheme: 'light' });
    // The reader answers: a person the article names (typing checks it).
    await open.getByLabel(enMessage('reviewWhoSaid')).fill(HARBOUR.deputy);
    await expect(open.getByRole('checkbox', { name: 'Keep' }).isChecked()).resolves.toBe(true);
    await review.getByRole('button', { name: enMessage('reviewSave') }).click();
    await expect(
      review
        .getByTestId('review-status')
        .filter({ hasText: 'Saved' })
        .textContent({ timeout: TIMEOUT_MS }),
    ).resolves.toBe(enMessage('reviewSaved', { COUNT: '9', TITLE: HARBOUR.headline }));
    await review.close();
    await article.close();
  });

  it('checks one of its quotations, and a changed version, on another page: speaker, link, date, added by you', async () => {
    for (const [path, quote, verdict] of [
      [QUOTING_PATH, HARBOUR.queueQuote, 'verbatim'],
      [CHANGED_PATH, HARBOUR.queueQuoteChanged, 'altered'],
    ] as const) {
      const page = await ext.context.newPage();
      await page.goto(server.url(path));
      await selectByRange(page, quote);
      const card = await runCheckInTab(ext, page);
      await expect(card.getAttribute('data-verdict')).resolves.toBe(verdict);
      await expect(card.getByTestId('speaker').textContent()).resolves.toBe(HARBOUR.harbourMaster);
      await expect(card.getByTestId('article-link').getAttribute('href')).resolves.toBe(
        canonical(),
      );
      await expect(card.getByTestId('outlet').textContent()).resolves.toBe(HARBOUR.outlet);
      await expect(card.getByTestId('date').textContent()).resolves.toBe(HARBOUR.date);
      await expect(card.getByTestId('added-by-you').textContent()).resolves.toBe(addedOn());
      if (verdict === 'altered') {
        saveScreenshot('card-reader-altered', await page.screenshot());
      }
      await page.close();
    }
  });

  it('answers the same after the worker is stopped and wakes again', async () => {
    const before = await Promise.all(CHECKS.map((text) => verifyFrom(options, text)));
    await stopWorker(cdp, ext);
    const after = [];
    for (const text of CHECKS) after.push(await verifyFrom(options, text));
    expect(after.map((a) => seenOf(a.answer))).toEqual(before.map((b) => seenOf(b.answer)));
    expect(seenOf(after[0]!.answer)).toMatchObject({
      verdict: 'verbatim',
      speaker: HARBOUR.harbourMaster,
      origin: 'reader',
      url: canonical(),
    });
    expect(seenOf(after[3]!.answer)).toMatchObject({ speaker: HARBOUR.deputy, origin: 'reader' });
    expect(seenOf(after[5]!.answer)).toMatchObject({
      verdict: 'verbatim',
      speaker: HANKYOREH.speaker,
      origin: 'bundled',
    });
    expect(seenOf(after[6]!.answer)).toMatchObject({ verdict: 'no-match' });
  });

  it('adds the same page again from the page’s menu: asks, then replaces the old copy', async () => {
    const article = await ext.context.newPage();
    await article.goto(server.url(HARBOUR.path));
    const tabId = await tabIdOf(ext, article);
    const review = await reviewOpened(() =>
      currentWorker().evaluate(
        (id) => (globalThis as unknown as WorkerGlobals).__qcTest!.addArticle(id),
        tabId,
      ),
    );
    await review.getByRole('button', { name: enMessage('reviewSave') }).click();
    const asked = review.getByTestId('review-exists');
    await asked.waitFor({ timeout: TIMEOUT_MS });
    await expect(asked.textContent()).resolves.toContain(HARBOUR.headline);
    await expect(storeCounts(options)).resolves.toMatchObject({ entries: 1 });
    await review.getByRole('button', { name: enMessage('reviewReplace') }).click();
    await review
      .getByTestId('review-status')
      .filter({ hasText: 'Saved' })
      .waitFor({ timeout: TIMEOUT_MS });
    // One copy: the new one (the open quotation left unchecked this time).
    await expect(storeCounts(options)).resolves.toMatchObject({ entries: 1 });
    const rota = await verifyFrom(options, HARBOUR.rotaQuote);
    expect(seenOf(rota.answer)).toMatchObject({ verdict: 'no-match' });
    await review.close();
    await article.close();
  });

  it('lists the article on the options page (title, outlet, date, quotes, added on), light and dark', async () => {
    await options.reload();
    const entry = options.getByTestId('reader-entry');
    await entry.waitFor({ timeout: TIMEOUT_MS });
    await expect(entry.count()).resolves.toBe(1);
    await expect(entry.textContent()).resolves.toContain(HARBOUR.headline);
    await expect(entry.textContent()).resolves.toContain(
      enMessage('optionsEntryArticle', {
        OUTLET: HARBOUR.outlet,
        DATE: HARBOUR.date,
        QUOTES: '8',
        ADDED: formatDate(isoDay(), 'en')!,
      }),
    );
    await expect(options.getByTestId('storage-use').textContent()).resolves.toMatch(
      /Storage used by Quote Check in this browser: [\d.,]+ (KB|MB)/,
    );
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      expect(seriousFindings(await axeAudit((e) => options.evaluate(e))), scheme).toEqual([]);
      await options
        .getByRole('heading', { name: enMessage('optionsReaderHeading') })
        .scrollIntoViewIfNeeded();
      saveScreenshot(`options-reader-${scheme}`, await options.screenshot({ fullPage: true }));
    }
    await options.emulateMedia({ colorScheme: 'light' });
  });

  it('exports the corpus; imported into a fresh profile it gives the same answers', async () => {
    const before = [];
    for (const text of CHECKS) before.push(seenOf((await verifyFrom(options, text)).answer));
    const downloading = options.waitForEvent('download', { timeout: TIMEOUT_MS });
    await options.getByRole('button', { name: enMessage('optionsExport') }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`quote-check-corpus-${isoDay()}.json`);
    const file = join(work, download.suggestedFilename());
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { quotes: unknown[] };
    expect(exported.quotes).toHaveLength(8);
    // The status follows the download (the link is clicked first).
    await options
      .getByTestId('reader-status')
      .filter({ hasText: /^Exported 8 quotations in 1 articles/ })
      .waitFor({ timeout: TIMEOUT_MS });

    const fresh = await launchExtension();
    try {
      const page = await fresh.context.newPage();
      await page.goto(fresh.url('options.html'));
      const imported = await importThroughOptions(page, file);
      expect(imported.text).toContain(`Imported “${download.suggestedFilename()}”: 8 quotations`);
      const after = [];
      for (const text of CHECKS) after.push(seenOf((await verifyFrom(page, text)).answer));
      expect(after, `the fresh profile's import said: ${imported.text}`).toEqual(before);
      expect(after[0]).toMatchObject({ speaker: HARBOUR.harbourMaster, origin: 'reader' });
    } finally {
      await fresh.close();
    }
  });

  it('removes the article: gone from every answer at once, and from storage', async () => {
    await options.getByRole('button', { name: `Remove “${HARBOUR.headline}”` }).click();
    await expect(
      options.getByTestId('reader-status').filter({ hasText: 'Removed' }).textContent(),
    ).resolves.toBe(enMessage('optionsRemoved', { TITLE: HARBOUR.headline }));
    const gone = await verifyFrom(options, HARBOUR.queueQuote);
    expect(seenOf(gone.answer)).toMatchObject({ verdict: 'no-match' });
    await expect(storeCounts(options)).resolves.toEqual({
      entries: 0,
      segments: 0,
      bytes: 0,
      chunks: 0,
    });
    await expect(options.getByTestId('reader-empty').isVisible()).resolves.toBe(true);
  });
});
