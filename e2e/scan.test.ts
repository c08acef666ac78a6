/**
 * "Scan this page", end to end in Chromium (the test build): pages of our own words around
 * seed quotations served from 127.0.0.1, scanned as the page's context menu and the
 * shortcut do (`__qcTest.scanTab`) and from the popup's button. Checked: the marks
 * (`CSS.highlights`, read in the page), the legend, the popup's list, the badge, a mark's
 * card and its ClaimReview JSON-LD, the page's DOM unchanged, nothing in the page's
 * console; the bad pages; the fallback boxes; long and mixed selections (issue #9, item 5).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimReviewLd } from '../lib/claimReview/types';
import type { ProtocolMessage } from '../lib/protocol';
import { localToday } from '../lib/ui/localToday';
import { VERDICT_STYLES } from '../lib/ui/verdictStyle';
import { enMessage } from './fixtures/enMessage';
import { loadArticles } from './fixtures/loadArticles';
import {
  HANKYOREH,
  HANKYOREH_QUOTE,
  HERALD,
  HERALD_QUOTE,
  WRONG_SPEAKER,
} from './fixtures/passages';
import {
  FRAME_PATH,
  HOSTILE_SCAN_PATH,
  HUGE_PATH,
  LONG_PATH,
  NO_ARTICLE_PATH,
  REWRITE_PATH,
  SCAN_EXPECTED,
  SCAN_PATH,
  scanPages,
  UNKNOWN_QUOTE,
} from './fixtures/scanPages';
import { axeAudit, seriousFindings } from './harness/axeAudit';
import { type FixtureServer, startFixtureServer } from './harness/fixtureServer';
import { selectWholeArticle } from './harness/inPageHelpers';
import { type LoadedExtension, launchExtension } from './harness/launchExtension';
import { PopupTarget } from './harness/popupTarget';
import {
  badgeTextOf,
  CARD_HOST,
  IN_PAGE_CARD,
  runCheckOnly,
  tabIdOf,
} from './harness/runCheckInTab';
import { saveScreenshot } from './harness/saveScreenshot';
import {
  legendText,
  listenToConsole,
  marksIn,
  pageMarkup,
  runScanInTab,
} from './harness/scanHelpers';
import { useTabs } from './harness/useTabs';
import type { WorkerGlobals } from './harness/WorkerGlobals';
import { waitUntilActiveTab } from './harness/waitUntilActiveTab';

const POPUP_TIMEOUT_MS = 15_000;

let ext: LoadedExtension;
let server: FixtureServer;
/** An extension page, to send protocol messages from as the popup does. */
let extensionPage: Page;

beforeAll(async () => {
  server = await startFixtureServer(scanPages());
  ext = await launchExtension();
  extensionPage = await ext.context.newPage();
  await extensionPage.goto(ext.url('options.html'));
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

const openTab = useTabs(() => ext.context);

/** Opens a fixture page in a new tab, with what its console says from the start. */
async function openPage(path: string): Promise<{ page: Page; heard: string[] }> {
  let heard: string[] = [];
  const page = await openTab(server.url(path), (p) => {
    heard = listenToConsole(p);
  });
  return { page, heard };
}

/** Sends a protocol message from an extension page, as the popup would. */
function ask<K extends keyof import('../lib/protocol').ProtocolMap>(
  type: K,
  data: ProtocolMessage<K>['data'],
): Promise<unknown> {
  return extensionPage.evaluate(
    (m) => (globalThis as unknown as WorkerGlobals).chrome.runtime.sendMessage(m),
    { type, data },
  );
}

/** The window as the reader sees it, straight from the DevTools protocol. */
async function windowShot(page: Page, name: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
  await cdp.detach();
  saveScreenshot(name, Buffer.from(data, 'base64'));
}

/** The centre of the first line of a highlight's first range, in the window. */
function firstMarkPoint(page: Page, name: string) {
  return page.evaluate((n) => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(n);
    const range = h ? [...h][0] : undefined;
    if (!range) return null;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const line = range.getClientRects()[0]!;
    return { x: line.left + Math.min(20, line.width / 2), y: line.top + line.height / 2 };
  }, name);
}

const hankyoreh = () =>
  loadArticles().find((a) => a.paragraphs.some((p) => p.includes(HANKYOREH_QUOTE)))!;

describe('Scan this page (page menu, shortcut)', () => {
  it('marks each known quotation by its verdict, counts the altered and misattributed on the badge, and leaves the page as it was', async () => {
    const { page, heard } = await openPage(SCAN_PATH);
    const before = await pageMarkup(page);
    const { report, wallMs } = await runScanInTab(ext, page);
    expect(report.ok).toBe(true);
    if (!report.ok) return;
    const r = report.value;
    console.log(
      `scan of the seed page (${r.items.length} quotations): ${wallMs.toFixed(0)} ms from the menu's call to the report; in the page: read ${r.timings.readMs.toFixed(0)} ms, checks ${r.timings.checkMs.toFixed(0)} ms, marks and legend ${r.timings.markMs.toFixed(0)} ms`,
    );
    expect(r.path).toBe('highlights');
    for (const expected of SCAN_EXPECTED) {
      const item = r.items.find((i) => i.text.startsWith(expected.text.slice(0, 40)));
      expect(item, expected.text).toMatchObject({
        speaker: expected.speaker,
        verdict: expected.verdict,
        marked: true,
      });
    }
    // "told reporters in Washington:": the ambassador, never the city.
    expect(r.items.map((i) => i.speaker)).not.toContain('Washington');
    const unknown = r.items.find((i) => i.text.startsWith(UNKNOWN_QUOTE));
    expect(unknown).toMatchObject({ verdict: 'no-match', marked: false, speaker: 'Mara Lind' });

    // The marks, as the page itself sees them: one highlight per verdict.
    const marks = await marksIn(page);
    expect(Object.keys(marks).sort()).toEqual([
      'quote-check-altered',
      'quote-check-misattributed',
      'quote-check-verbatim',
    ]);
    expect(marks['quote-check-verbatim']).toEqual([expect.stringContaining(HERALD_QUOTE)]);
    expect(marks['quote-check-misattributed']).toEqual([expect.stringContaining(HANKYOREH_QUOTE)]);
    expect(marks['quote-check-altered']).toHaveLength(2);

    await expect(badgeTextOf(ext, page)).resolves.toBe('3');
    const legend = await legendText(page);
    expect(legend).toContain(enMessage('scanSummary', { KNOWN: '4', FOUND: '5' }));
    expect(legend).toContain(enMessage('verdictMisattributed'));
    expect(legend).toContain(enMessage('scanLegendHint'));
    const findings = await axeAudit((e) => page.evaluate(e), 'quote-check-scan');
    expect(seriousFindings(findings)).toEqual([]);

    expect(await pageMarkup(page)).toBe(before);
    await windowShot(page, 'scan-page-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForTimeout(100);
    await windowShot(page, 'scan-page-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    expect(heard).toEqual([]);
  });

  it('a click on a mark opens its card; its menu copies the check as ClaimReview JSON-LD', async () => {
    const { page, heard } = await openPage(SCAN_PATH);
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: server.origin,
    });
    const before = await pageMarkup(page);
    expect((await runScanInTab(ext, page)).report.ok).toBe(true);
    const at = await firstMarkPoint(page, 'quote-check-misattributed');
    expect(at).not.toBeNull();
    await page.mouse.click(at!.x, at!.y);
    const card = page.locator(IN_PAGE_CARD);
    await card.waitFor({ state: 'visible' });
    await expect(card.getAttribute('data-verdict')).resolves.toBe('misattributed');
    await expect(card.locator('[data-testid="misattribution"]').textContent()).resolves.toBe(
      enMessage('misattributedHeading', { SPEAKER: HANKYOREH.speaker, CLAIMED: WRONG_SPEAKER }),
    );
    // The card stands next to the mark: its top within a line or so of the mark's lines.
    const gap = await page.evaluate(() => {
      const host = document.querySelector('quote-check-card')!;
      const dialog = host.shadowRoot!.querySelector('[role="dialog"]')!.getBoundingClientRect();
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(
        'quote-check-misattributed',
      )!;
      const mark = [...h][0]!.getBoundingClientRect();
      return Math.min(Math.abs(dialog.top - mark.bottom), Math.abs(mark.top - dialog.bottom));
    });
    expect(gap).toBeLessThan(20);

    await card.locator('[data-testid="card-menu"]').click();
    await card.locator('[data-testid="copy-claimreview"]').click();
    await card.locator('.qc-copy-feedback', { hasText: /./ }).last().waitFor({ state: 'visible' });
    const copied = await page.evaluate(() => navigator.clipboard.readText()).catch(() => '');
    const shown = await card
      .locator('.qc-menu-text')
      .textContent({ timeout: 100 })
      .catch(() => '');
    const json = copied || shown || '';
    const review = JSON.parse(json) as ClaimReviewLd;
    expect(review).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      datePublished: localToday(),
      url: page.url(),
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: WRONG_SPEAKER },
        appearance: { '@type': 'CreativeWork', url: page.url() },
        firstAppearance: {
          '@type': 'CreativeWork',
          headline: hankyoreh().headline,
          datePublished: '2021-08-23',
          publisher: { '@type': 'Organization', name: 'The Hankyoreh' },
        },
      },
      reviewRating: { '@type': 'Rating', ratingValue: 1, alternateName: 'Misattributed' },
      author: { '@type': 'Organization', name: 'Quote Check' },
    });
    expect(review.claimReviewed).toContain('There is no reason for us to limit');
    expect(review.reviewBody).toContain(HANKYOREH.speaker);
    // Safe to paste into <script type="application/ld+json">: no raw <, >, &.
    expect(json).not.toMatch(/[<>&]/);
    await windowShot(page, 'scan-mark-card');
    await page.keyboard.press('Escape');
    expect(await pageMarkup(page)).toBe(before);
    expect(heard).toEqual([]);
  });

  it('keeps nothing of the page once the tab leaves it or closes: list, badge and marks gone', async () => {
    const { page } = await openPage(SCAN_PATH);
    const tabId = await tabIdOf(ext, page);
    expect((await runScanInTab(ext, page)).report.ok).toBe(true);
    await expect(ask('scanState', { tabId })).resolves.toMatchObject({
      ok: true,
      value: { items: expect.any(Array) },
    });
    await page.goto(server.url(`${NO_ARTICLE_PATH}?left=1`));
    await expect(ask('scanState', { tabId })).resolves.toEqual({ ok: true, value: null });
    await expect(badgeTextOf(ext, page)).resolves.toBe('');
    expect(await marksIn(page)).toEqual({});
  });
});

describe('Scan this page from the popup', () => {
  it('the button scans, the list shows verdict, page and source speakers, headline and date; choosing one shows it in the page', async () => {
    const { page } = await openPage(SCAN_PATH);
    await page.bringToFront();
    // The popup scans the tab the extension sees as active: this page, before it opens.
    await waitUntilActiveTab(ext, page);
    await ext.worker.evaluate(() =>
      (globalThis as unknown as WorkerGlobals).chrome.action.openPopup(),
    );
    const popup = await PopupTarget.attach(ext.context, ext.url('popup.html'), POPUP_TIMEOUT_MS);
    try {
      await popup.waitFor(
        'document.querySelector(\'[data-testid="scan-button"]\')',
        5000,
        'the scan button',
      );
      await popup.evaluate(`document.querySelector('[data-testid="scan-button"]').click()`);
      await popup
        .waitFor(
          `document.querySelectorAll('[data-testid="scan-item"]').length === 4`,
          POPUP_TIMEOUT_MS,
          'four known quotations',
        )
        .catch(async (e: Error) => {
          const shown = await popup.evaluate<string>(
            `document.querySelector('[data-testid="scan-panel"]')?.textContent ?? 'no panel'`,
          );
          throw new Error(`${e.message}; the scan panel reads: ${shown}`);
        });
      const items = await popup.evaluate<
        { verdict: string; page: string; source: string; headline: string; date: string }[]
      >(`[...document.querySelectorAll('[data-testid="scan-item"]')].map((b) => ({
        verdict: b.dataset.verdict,
        page: b.querySelector('[data-testid="scan-item-page"]')?.textContent,
        source: b.querySelector('[data-testid="scan-item-source"]')?.textContent,
        headline: b.querySelector('[data-testid="scan-item-headline"]')?.textContent,
        date: b.querySelector('[data-testid="scan-item-date"]')?.textContent,
      }))`);
      expect(items.map((i) => i.verdict)).toEqual([
        'verbatim',
        'misattributed',
        'altered',
        'altered',
      ]);
      expect(items[0]).toMatchObject({
        page: enMessage('scanPageSpeaker', { NAME: 'Lee Soo-hyuck' }),
        source: enMessage('scanSourceSpeaker', { NAME: HERALD.speaker }),
        date: HERALD.date,
      });
      expect(items[1]).toMatchObject({
        page: enMessage('scanPageSpeaker', { NAME: WRONG_SPEAKER }),
        source: enMessage('scanSourceSpeaker', { NAME: HANKYOREH.speaker }),
        headline: hankyoreh().headline,
        date: HANKYOREH.date,
      });
      await expect(badgeTextOf(ext, page)).resolves.toBe('3');
      // The page is marked too.
      expect(Object.keys(await marksIn(page))).toContain('quote-check-misattributed');

      // Choosing one: the page scrolls to it and flashes it; its card shows in the popup.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await popup.evaluate(`document.querySelectorAll('[data-testid="scan-item"]')[1].click()`);
      await page.waitForFunction(() =>
        (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has(
          'quote-check-flash',
        ),
      );
      const flashed = await page.evaluate(() => {
        const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(
          'quote-check-flash',
        )!;
        const range = [...h][0]!;
        const box = range.getBoundingClientRect();
        return { text: range.toString(), top: box.top, bottom: box.bottom, height: innerHeight };
      });
      expect(flashed.text).toContain(HANKYOREH_QUOTE.slice(0, 30));
      await page.waitForFunction(() => {
        const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(
          'quote-check-misattributed',
        );
        const box = h ? [...h][0]!.getBoundingClientRect() : null;
        return box !== null && box.top >= 0 && box.bottom <= innerHeight;
      });
      await popup.waitFor(
        `document.querySelector('[data-testid="scan-panel"] [data-testid="result-card"]')?.dataset.verdict === 'misattributed'`,
        5000,
        'the chosen quotation’s card',
      );
      const findings = await axeAudit((e) => popup.evaluate(e));
      expect(seriousFindings(findings)).toEqual([]);
      await popup.evaluate(`document.querySelector('[data-testid="scan-list"]').scrollIntoView()`);
      for (const scheme of ['light', 'dark'] as const) {
        await popup.emulateColorScheme(scheme);
        await popup.evaluate(
          'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))',
        );
        saveScreenshot(`popup-scan-list-${scheme}`, await popup.screenshot());
      }
    } finally {
      await popup.evaluate('window.close()').catch(() => {});
      await popup.detach();
    }
  });
});

describe('Scan this page: bad pages', () => {
  it('a page with no article body: one line says so; nothing breaks', async () => {
    const { page, heard } = await openPage(NO_ARTICLE_PATH);
    const before = await pageMarkup(page);
    const { report } = await runScanInTab(ext, page);
    expect(report).toMatchObject({ ok: true, value: { items: [], coverage: { noArticle: true } } });
    expect(await legendText(page)).toContain(enMessage('scanNoArticle'));
    await expect(badgeTextOf(ext, page)).resolves.toBe('0');
    expect(await pageMarkup(page)).toBe(before);
    expect(heard).toEqual([]);
  });

  it('a 5 MB page: read up to its cap, says what it covered, marks what it read', async () => {
    const { page, heard } = await openPage(HUGE_PATH);
    const size = await page.evaluate(() => document.documentElement.outerHTML.length);
    expect(size).toBeGreaterThan(5_000_000);
    const { report, wallMs } = await runScanInTab(ext, page);
    expect(report.ok).toBe(true);
    if (!report.ok) return;
    const c = report.value.coverage;
    console.log(
      `scan of a ${(size / 1e6).toFixed(1)} MB page: ${wallMs.toFixed(0)} ms (read ${report.value.timings.readMs.toFixed(0)} ms), read ${c.readChars} of ${c.pageChars} characters`,
    );
    expect(c.readChars).toBeLessThan(c.pageChars);
    expect(report.value.items.filter((i) => i.marked).length).toBe(4);
    const legend = await legendText(page);
    expect(legend).toContain('This page is very long');
    // The page still answers.
    await expect(page.evaluate(() => document.title)).resolves.toBe(
      'The longest minutes ever printed',
    );
    expect(heard).toEqual([]);
  });

  it('a page that rewrites its text while the scan runs: the marks are found again', async () => {
    const { page, heard } = await openPage(REWRITE_PATH);
    const { report } = await runScanInTab(ext, page);
    expect(report.ok).toBe(true);
    // The page replaces every paragraph every 40 ms; the marks follow the words. They are
    // read until they settle (a fixed wait read them mid-rewrite on a loaded machine).
    const lost = report.ok ? report.value.coverage.lost : -1;
    await expect
      .poll(
        async () => {
          const all = Object.values(await marksIn(page)).flat();
          return all.length + lost === 4 && all.every((t) => t.length > 40);
        },
        { timeout: 5_000 },
      )
      .toBe(true);
    expect(heard).toEqual([]);
  });

  it('a quotation inside a frame: the page is scanned, and the legend says the frame was not read', async () => {
    const { page, heard } = await openPage(FRAME_PATH);
    await page.frameLocator('iframe').locator('p').first().waitFor();
    const { report } = await runScanInTab(ext, page);
    expect(report).toMatchObject({ ok: true, value: { coverage: { frames: 1 } } });
    expect(await legendText(page)).toContain(enMessage('scanFrames', { COUNT: '1' }));
    expect(Object.keys(await marksIn(page)).length).toBeGreaterThan(0);
    expect(heard).toEqual([]);
  });

  it('a hostile stylesheet: the marks and the legend still show, on top', async () => {
    const { page, heard } = await openPage(HOSTILE_SCAN_PATH);
    const before = await pageMarkup(page);
    expect((await runScanInTab(ext, page)).report.ok).toBe(true);
    expect(Object.values(await marksIn(page)).flat()).toHaveLength(4);
    const legend = await page.evaluate(() => {
      const host = document.querySelector('quote-check-scan')!;
      const el = host.shadowRoot!.querySelector('[data-testid="scan-legend"]') as HTMLElement;
      const box = el.getBoundingClientRect();
      const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return {
        shown: box.width > 100 && box.height > 40 && getComputedStyle(el).visibility === 'visible',
        onTop: top === host,
        inside:
          box.left >= 0 && box.top >= 0 && box.right <= innerWidth && box.bottom <= innerHeight,
      };
    });
    expect(legend).toEqual({ shown: true, onTop: true, inside: true });
    await windowShot(page, 'scan-hostile-page');
    expect(await pageMarkup(page)).toBe(before);
    expect(heard).toEqual([]);
  });
});

describe('Marks where the browser has no CSS Custom Highlight API', () => {
  it('boxes in our overlay, by verdict; a click on one opens its card', async () => {
    const { page, heard } = await openPage(SCAN_PATH);
    const before = await pageMarkup(page);
    const tabId = await tabIdOf(ext, page);
    // The test build's switch, in the extension's world of the page: draw the fallback.
    await ext.worker.evaluate(
      (id) =>
        (globalThis as unknown as WorkerGlobals).chrome.scripting.executeScript({
          target: { tabId: id },
          func: () => {
            (globalThis as Record<string, unknown>).__quoteCheckScanForceOverlay = true;
          },
        }),
      tabId,
    );
    const { report } = await runScanInTab(ext, page);
    expect(report).toMatchObject({ ok: true, value: { path: 'overlay' } });
    expect(await marksIn(page)).toEqual({});
    const boxes = await page.evaluate(() =>
      [...document.querySelector('quote-check-scan')!.shadowRoot!.querySelectorAll('.qc-box')].map(
        (b) => (b as HTMLElement).dataset.verdict,
      ),
    );
    expect(new Set(boxes)).toEqual(new Set(['verbatim', 'misattributed', 'altered']));
    // Boxes follow the page as it scrolls.
    const where = () =>
      page.evaluate(() => {
        const box = document
          .querySelector('quote-check-scan')!
          .shadowRoot!.querySelector('.qc-box[data-verdict="misattributed"]')!
          .getBoundingClientRect();
        return { x: box.left + 10, y: box.top + box.height / 2 };
      });
    const first = await where();
    await page.evaluate(() => window.scrollBy(0, 60));
    await page.waitForTimeout(100);
    const moved = await where();
    expect(first.y - moved.y).toBeCloseTo(60, 0);
    await windowShot(page, 'scan-overlay-fallback');
    await page.mouse.click(moved.x, moved.y);
    const card = page.locator(IN_PAGE_CARD);
    await card.waitFor({ state: 'visible' });
    await expect(card.getAttribute('data-verdict')).resolves.toBe('misattributed');
    await page.keyboard.press('Escape');
    expect(await pageMarkup(page)).toBe(before);
    expect(heard).toEqual([]);
  });
});

/** Runs the menu's check and returns the card once it shows the selection's parts. */
async function partsCard(page: Page) {
  await runCheckOnly(ext, page);
  const card = page.locator(`${CARD_HOST} [data-testid="selection-parts"]`);
  await card.waitFor({ state: 'visible' });
  return card;
}

describe('Long and mixed selections (issue #9, item 5)', () => {
  it('a 3,000-word selection holding two known quotations: both, each with its own speaker and verdict', async () => {
    const { page } = await openPage(LONG_PATH);
    await page.evaluate(selectWholeArticle);
    const words = await page.evaluate(() => window.getSelection()!.toString().split(/\s+/).length);
    expect(words).toBeGreaterThan(3000);
    const card = await partsCard(page);
    const parts = card.locator('[data-testid="selection-part"]');
    await expect(parts.count()).resolves.toBe(2);
    const read = async (i: number) => ({
      verdict: await parts
        .nth(i)
        .locator('[data-testid="result-card"]')
        .getAttribute('data-verdict'),
      speaker: await parts.nth(i).locator('[data-testid="speaker"]').textContent(),
      outlet: await parts.nth(i).locator('[data-testid="outlet"]').textContent(),
    });
    await expect(read(0)).resolves.toEqual({
      verdict: 'verbatim',
      speaker: HANKYOREH.speaker,
      outlet: HANKYOREH.outlet,
    });
    await expect(read(1)).resolves.toEqual({
      verdict: 'verbatim',
      speaker: HERALD.speaker,
      outlet: HERALD.outlet,
    });
    await expect(card.textContent()).resolves.toContain(enMessage('partsHeading', { COUNT: '2' }));
    await expect(badgeTextOf(ext, page)).resolves.toBe(VERDICT_STYLES.verbatim.badge);
    await page.keyboard.press('Escape');

    // The popup reads the same selection and shows the same two parts.
    await page.bringToFront();
    await ext.worker.evaluate(() =>
      (globalThis as unknown as WorkerGlobals).chrome.action.openPopup(),
    );
    const popup = await PopupTarget.attach(ext.context, ext.url('popup.html'), POPUP_TIMEOUT_MS);
    try {
      const verdicts = await popup.waitFor<string>(
        `[...document.querySelectorAll('main#qc-popup .qc-popup-result [data-testid="selection-part"] [data-testid="result-card"]')].map((c) => c.dataset.verdict).join(' ')`,
        POPUP_TIMEOUT_MS,
        'the selection’s two parts',
      );
      expect(verdicts).toBe('verbatim verbatim');
      for (const scheme of ['light', 'dark'] as const) {
        await popup.emulateColorScheme(scheme);
        await popup.evaluate(
          'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))',
        );
        saveScreenshot(`popup-long-selection-${scheme}`, await popup.screenshot());
      }
    } finally {
      await popup.evaluate('window.close()').catch(() => {});
      await popup.detach();
    }
  });

  it('a selection from one speaker’s quotation into another’s: each part with its own speaker and verdict', async () => {
    const { page } = await openPage(SCAN_PATH);
    await page.evaluate(
      ({ from, to }) => {
        const find = (needle: string) => {
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const at = n.textContent!.indexOf(needle);
            if (at >= 0) return { node: n, at };
          }
          throw new Error(needle);
        };
        const a = find(from);
        const b = find(to);
        const range = document.createRange();
        range.setStart(a.node, a.at);
        range.setEnd(b.node, b.at + to.length);
        window.getSelection()!.removeAllRanges();
        window.getSelection()!.addRange(range);
      },
      {
        from: 'making the establishment of a peace regime',
        to: 'limit our own room to maneuver by picking',
      },
    );
    const card = await partsCard(page);
    const parts = card.locator('[data-testid="selection-part"]');
    await expect(parts.count()).resolves.toBe(2);
    await expect(
      parts.nth(0).locator('[data-testid="result-card"]').getAttribute('data-verdict'),
    ).resolves.toBe('verbatim');
    await expect(
      parts.nth(1).locator('[data-testid="result-card"]').getAttribute('data-verdict'),
    ).resolves.toBe('misattributed');
    await expect(
      parts.nth(1).locator('[data-testid="misattribution"]').textContent(),
    ).resolves.toBe(
      enMessage('misattributedHeading', { SPEAKER: HANKYOREH.speaker, CLAIMED: WRONG_SPEAKER }),
    );
    // The badge shows the graver part: the misattribution.
    await expect(badgeTextOf(ext, page)).resolves.toBe(VERDICT_STYLES.misattributed.badge);
    await windowShot(page, 'card-mixed-selection');
  });
});
