/**
 * The page scan in Firefox ESR, where its driver allows (WebDriver BiDi, puppeteer-core):
 * the scan run as the page menu and the shortcut run it (`__qcTest.scanTab` in the
 * background page), its marks (`CSS.highlights`, Firefox 140+), the legend, the badge, a
 * mark's card and its "Copy as ClaimReview", the fallback boxes, the page's DOM unchanged
 * and its console silent, and a long selection's parts. Not reachable here: the browser's
 * own context menu and shortcut, and the toolbar popup over a page (BiDi opens the popup
 * only as a tab of its own): the popup's list is covered in Chromium (e2e/scan.test.ts).
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERDICT_STYLES } from '../lib/ui/verdictStyle';
import { badgeTextOf, checkInTab } from './firefox/extensionApi';
import { forceOverlayIn, scanInTab } from './firefox/scanInTab';
import { useFirefox } from './firefox/useFirefox';
import { enMessage } from './fixtures/enMessage';
import { HANKYOREH, HERALD, WRONG_SPEAKER } from './fixtures/passages';
import {
  LONG_PATH,
  NO_ARTICLE_PATH,
  SCAN_EXPECTED,
  SCAN_PATH,
  scanPages,
} from './fixtures/scanPages';
import { type FixtureServer, startFixtureServer } from './harness/fixtureServer';
import { selectWholeArticle } from './harness/inPageHelpers';
import { CARD_HOST } from './harness/runCheckInTab';
import { saveScreenshot } from './harness/saveScreenshot';
import { OWN_HOSTS } from './harness/scanHelpers';

const TIMEOUT_MS = 20_000;

let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer(scanPages());
});

afterAll(async () => {
  await server?.close();
});

const { firefox, track } = useFirefox();
let count = 0;

async function openPage(path: string): Promise<{ page: Page; heard: string[] }> {
  const page = track(await firefox().browser.newPage());
  const heard: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn') heard.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => heard.push(`pageerror: ${String(e)}`));
  await page.goto(server.url(`${path}?tab=${++count}`), { waitUntil: 'load' });
  return { page, heard };
}

/** The page's markup without our own hosts. */
function markup(page: Page): Promise<string> {
  return page.evaluate((hosts) => {
    const copy = document.documentElement.cloneNode(true) as Element;
    for (const host of copy.querySelectorAll(hosts.join(','))) host.remove();
    return copy.outerHTML;
  }, OWN_HOSTS);
}

/** Our highlights as the page sees them. */
function marks(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    const out: Record<string, number> = {};
    if (!registry) return out;
    for (const [name, h] of registry) if (name.startsWith('quote-check-')) out[name] = h.size;
    return out;
  });
}

function legend(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      document
        .querySelector('quote-check-scan')
        ?.shadowRoot?.querySelector('[data-testid="scan-legend"]')?.textContent ?? '',
  );
}

describe('Firefox: Scan this page', () => {
  it('marks each known quotation with its verdict’s highlight; legend, badge; the page unchanged and silent', async () => {
    const ext = firefox();
    const { page, heard } = await openPage(SCAN_PATH);
    const before = await markup(page);
    const report = await scanInTab(ext, page);
    expect(report.ok, JSON.stringify(report).slice(0, 300)).toBe(true);
    if (!report.ok) return;
    expect(report.value.path).toBe('highlights');
    for (const expected of SCAN_EXPECTED) {
      const item = report.value.items.find((i) => i.text.startsWith(expected.text.slice(0, 40)));
      expect(item, expected.text).toMatchObject({
        speaker: expected.speaker,
        verdict: expected.verdict,
        marked: true,
      });
    }
    await expect(marks(page)).resolves.toEqual({
      'quote-check-misattributed': 1,
      'quote-check-altered': 2,
      'quote-check-verbatim': 1,
    });
    await expect(legend(page)).resolves.toContain(
      enMessage('scanSummary', { KNOWN: '4', FOUND: '5' }),
    );
    await expect(badgeTextOf(ext, page)).resolves.toBe('3');
    expect(await markup(page)).toBe(before);
    saveScreenshot('scan-page-firefox', Buffer.from(await page.screenshot()));
    expect(heard).toEqual([]);
  });

  it('a click on a mark opens its card, whose menu copies the check as ClaimReview', async () => {
    const ext = firefox();
    const { page, heard } = await openPage(SCAN_PATH);
    expect((await scanInTab(ext, page)).ok).toBe(true);
    const at = await page.evaluate(() => {
      const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(
        'quote-check-misattributed',
      );
      const range = h ? [...h][0] : undefined;
      if (!range) return null;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const line = range.getClientRects()[0]!;
      return { x: line.left + 20, y: line.top + line.height / 2 };
    });
    expect(at).not.toBeNull();
    await page.mouse.click(at!.x, at!.y);
    const card = `${CARD_HOST} >>> [data-testid="result-card"]`;
    await page.waitForSelector(card, { visible: true, timeout: TIMEOUT_MS });
    await expect(page.$eval(card, (c) => (c as HTMLElement).dataset.verdict)).resolves.toBe(
      'misattributed',
    );
    await expect(
      page.$eval(`${CARD_HOST} >>> [data-testid="misattribution"]`, (e) => e.textContent),
    ).resolves.toBe(
      enMessage('misattributedHeading', { SPEAKER: HANKYOREH.speaker, CLAIMED: WRONG_SPEAKER }),
    );
    await page.click(`${CARD_HOST} >>> [data-testid="card-menu"]`);
    await page.click(`${CARD_HOST} >>> [data-testid="copy-claimreview"]`);
    const said = await page.waitForFunction(
      (host) => {
        const root = document.querySelector(host)?.shadowRoot;
        const status = root?.querySelector('.qc-menu-status')?.textContent ?? '';
        return status
          ? { status, shown: root?.querySelector('.qc-menu-text')?.textContent ?? '' }
          : null;
      },
      { timeout: TIMEOUT_MS },
      CARD_HOST,
    );
    const { status, shown } = (await said.jsonValue()) as { status: string; shown: string };
    // Copied, or (the clipboard refused) the JSON-LD shown to copy by hand.
    if (status === enMessage('copiedClaimReview')) expect(shown).toBe('');
    else
      expect(JSON.parse(shown)).toMatchObject({
        '@type': 'ClaimReview',
        reviewRating: { alternateName: 'Misattributed' },
        itemReviewed: { author: { name: WRONG_SPEAKER } },
      });
    expect(heard).toEqual([]);
  });

  it('the fallback boxes where highlights are missing (forced in the test build)', async () => {
    const ext = firefox();
    const { page, heard } = await openPage(SCAN_PATH);
    await forceOverlayIn(ext, page);
    const report = await scanInTab(ext, page);
    expect(report).toMatchObject({ ok: true, value: { path: 'overlay' } });
    await expect(marks(page)).resolves.toEqual({});
    const boxes = await page.evaluate(() =>
      [
        ...(document.querySelector('quote-check-scan')?.shadowRoot?.querySelectorAll('.qc-box') ??
          []),
      ].map((b) => (b as HTMLElement).dataset.verdict),
    );
    expect(new Set(boxes)).toEqual(new Set(['verbatim', 'misattributed', 'altered']));
    expect(heard).toEqual([]);
  });

  it('a page with no article: one line says so', async () => {
    const ext = firefox();
    const { page, heard } = await openPage(NO_ARTICLE_PATH);
    const report = await scanInTab(ext, page);
    expect(report).toMatchObject({ ok: true, value: { items: [], coverage: { noArticle: true } } });
    await expect(legend(page)).resolves.toContain(enMessage('scanNoArticle'));
    expect(heard).toEqual([]);
  });

  it('a 3,000-word selection holding two known quotations: both, each with its speaker', async () => {
    const ext = firefox();
    const { page } = await openPage(LONG_PATH);
    await page.evaluate(selectWholeArticle);
    await checkInTab(ext, page);
    const parts = `${CARD_HOST} >>> [data-testid="selection-part"]`;
    await page.waitForSelector(parts, { visible: true, timeout: TIMEOUT_MS });
    const read = await page.evaluate((host) => {
      const root = document.querySelector(host)!.shadowRoot!;
      return [...root.querySelectorAll('[data-testid="selection-part"]')].map((p) => ({
        verdict: p.querySelector<HTMLElement>('[data-testid="result-card"]')?.dataset.verdict,
        speaker: p.querySelector('[data-testid="speaker"]')?.textContent,
      }));
    }, CARD_HOST);
    expect(read).toEqual([
      { verdict: 'verbatim', speaker: HANKYOREH.speaker },
      { verdict: 'verbatim', speaker: HERALD.speaker },
    ]);
    await expect(badgeTextOf(ext, page)).resolves.toBe(VERDICT_STYLES.verbatim.badge);
  });
});
