/**
 * The context-menu path, end to end: a real news page served over HTTP, a quotation
 * selected with the mouse, the keyboard or a DOM range, the check the "Check quote" menu
 * item runs (`__qcTest.checkInTab`), and the card it shows in the page.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERDICT_STYLES } from '../lib/ui/verdictStyle';
import { enMessage } from './fixtures/enMessage';
import {
  ALTERED_NOT_QUOTE,
  ALTERED_NUMBER_QUOTE,
  HANKYOREH,
  HANKYOREH_QUOTE,
  HERALD,
  HERALD_QUOTE,
  INTERVIEW,
  INTERVIEW_QUOTE,
  type SourceFacts,
  TOO_SHORT,
  UNKNOWN_SENTENCE,
  WRONG_SPEAKER,
} from './fixtures/passages';
import {
  ALTERED_PATH,
  buildTestSite,
  CONFLICT_PATH,
  HOSTILE_PATH,
  type TestSite,
  UNKNOWN_PATH,
} from './fixtures/testSite';
import { axeAudit, seriousFindings } from './harness/axeAudit';
import { cardStyleFingerprint } from './harness/cardStyleFingerprint';
import { type FixtureServer, startFixtureServer } from './harness/fixtureServer';
import { focusTrail } from './harness/focusTrail';
import { type LoadedExtension, launchExtension } from './harness/launchExtension';
import { pageStyleSnapshot } from './harness/pageStyleSnapshot';
import { badgeTextOf, CARD_HOST, IN_PAGE_CARD, runCheckInTab } from './harness/runCheckInTab';
import { saveScreenshot } from './harness/saveScreenshot';
import { selectByKeyboard, selectByMouseDrag, selectByRange } from './harness/selectText';
import { useTabs } from './harness/useTabs';

let ext: LoadedExtension;
let server: FixtureServer;
let site: TestSite;

beforeAll(async () => {
  site = buildTestSite();
  server = await startFixtureServer(site.pages);
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

const openTab = useTabs(() => ext.context);
/** Opens a fixture page in a new tab. */
const openPage = (path: string): Promise<Page> => openTab(server.url(path));

/** `#rrggbb` as getComputedStyle prints it. */
function hexToRgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/** Page shown around the card in its screenshots, so they show it where it sits. */
const SCREENSHOT_MARGIN_PX = 40;

/** Saves the page with its card in light and in dark (the card follows the system theme). */
async function screenshotBothThemes(page: Page, name: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const card = page.locator(IN_PAGE_CARD);
    await card.waitFor({ state: 'visible' });
    // Scroll the page to the host (not the card inside it, which would scroll the card's own box).
    await page.locator(CARD_HOST).scrollIntoViewIfNeeded();
    // The card with the page around it, in page coordinates (the card may reach below the fold).
    const region = await card.evaluate((el, margin) => {
      const host = (el.getRootNode() as ShadowRoot).host ?? el;
      const r = host.getBoundingClientRect();
      const page = document.documentElement;
      const x = Math.max(0, r.left + window.scrollX - margin);
      const y = Math.max(0, r.top + window.scrollY - margin);
      return {
        x,
        y,
        width: Math.min(page.scrollWidth - x, r.width + 2 * margin),
        height: Math.min(page.scrollHeight - y, r.height + 2 * margin),
      };
    }, SCREENSHOT_MARGIN_PX);
    saveScreenshot(
      `${name}-${colorScheme}`,
      await page.screenshot({ fullPage: true, clip: region }),
    );
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** The card's facts about the source: speaker, outlet, date. */
async function expectSource(page: Page, facts: SourceFacts): Promise<void> {
  const card = page.locator(IN_PAGE_CARD);
  await expect(card.locator('[data-testid="speaker"]').textContent()).resolves.toBe(facts.speaker);
  await expect(card.locator('[data-testid="speaker-role"]').textContent()).resolves.toMatch(/\S/);
  await expect(card.locator('[data-testid="outlet"]').textContent()).resolves.toBe(
    facts.outlet ?? enMessage('outletNotStated'),
  );
  await expect(card.locator('[data-testid="date"]').textContent()).resolves.toBe(
    facts.dateFromCurator ? enMessage('dateByCurator', { DATE: facts.date }) : facts.date,
  );
}

async function auditCard(page: Page): Promise<void> {
  const findings = await axeAudit((expression) => page.evaluate(expression), CARD_HOST);
  expect(seriousFindings(findings)).toEqual([]);
}

describe('Check quote in the page (context menu / shortcut)', () => {
  it('a quotation selected by mouse drag: verbatim, Lee Jae-myung, The Hankyoreh, 23 August 2021', async () => {
    const page = await openPage(site.articlePath(HANKYOREH_QUOTE));
    expect(await selectByMouseDrag(page, HANKYOREH_QUOTE)).toBe(HANKYOREH_QUOTE);
    const card = await runCheckInTab(ext, page);

    await expect(card.getAttribute('data-verdict')).resolves.toBe('verbatim');
    await expect(card.locator('[data-testid="verdict"]').textContent()).resolves.toContain(
      enMessage('verdictVerbatim'),
    );
    await expect(card.locator('[data-testid="quote"]').textContent()).resolves.toContain(
      HANKYOREH_QUOTE,
    );
    await expectSource(page, HANKYOREH);
    await expect(card.locator('[data-testid="article-link"]').textContent()).resolves.toBe(
      site.article(HANKYOREH_QUOTE).headline,
    );
    // "…," he said, after "Lee added …": the pronoun is read over the paragraph before, so
    // the page's claim is "Lee", which two people in the corpus share. The same surname as
    // the source's speaker: ambiguous, never a conflict.
    await expect(card.locator('[data-testid="attribution"]').textContent()).resolves.toBe(
      enMessage('attributionAmbiguous', { CLAIMED: 'Lee', SPEAKER: 'Lee Jae-myung' }),
    );
    await expect(card.getAttribute('data-verdict')).resolves.toBe('verbatim');
    await expect(badgeTextOf(ext, page)).resolves.toBe(VERDICT_STYLES.verbatim.badge);

    await auditCard(page);
    await screenshotBothThemes(page, 'card-verbatim');
  });

  it('a quotation selected with the keyboard: the other Lee, Lee Soo-hyuck of The Korea Herald', async () => {
    const page = await openPage(site.articlePath(HERALD_QUOTE));
    expect(await selectByKeyboard(page, HERALD_QUOTE)).toBe(HERALD_QUOTE);
    const card = await runCheckInTab(ext, page);
    await expect(card.getAttribute('data-verdict')).resolves.toBe('verbatim');
    await expectSource(page, HERALD);
  });

  it('the interview report: no outlet stated, and the date is the curator’s', async () => {
    const page = await openPage(site.articlePath(INTERVIEW_QUOTE));
    await selectByRange(page, INTERVIEW_QUOTE);
    const card = await runCheckInTab(ext, page);
    await expect(card.getAttribute('data-verdict')).resolves.toBe('verbatim');
    await expectSource(page, INTERVIEW);
  });

  it('a Lee Jae-myung quotation the page credits to Moon Jae-in: “Misattributed” first, its own badge', async () => {
    const page = await openPage(CONFLICT_PATH);
    await selectByMouseDrag(page, HANKYOREH_QUOTE);
    const card = await runCheckInTab(ext, page);
    await expect(card.getAttribute('data-verdict')).resolves.toBe('misattributed');
    await expect(card.getAttribute('data-words-verdict')).resolves.toBe('verbatim');
    // The heading says it first, naming both people; the words' verdict comes after.
    const heading = (await card.locator('header').first().textContent()) ?? '';
    const misattributed = enMessage('misattributedHeading', {
      SPEAKER: HANKYOREH.speaker,
      CLAIMED: WRONG_SPEAKER,
    });
    expect(heading.indexOf(enMessage('verdictMisattributed'))).toBe(1); // after the ≠ mark
    expect(heading.indexOf(misattributed)).toBeGreaterThan(0);
    expect(heading.indexOf(misattributed)).toBeLessThan(
      heading.indexOf(enMessage('verdictVerbatim')),
    );
    await expect(card.locator('[data-testid="speaker"]').textContent()).resolves.toBe(
      HANKYOREH.speaker,
    );
    // In the warning colours, not verbatim's green.
    const colors = await card
      .locator('[data-testid="verdict"]')
      .evaluate((pill) => getComputedStyle(pill).backgroundColor);
    expect(colors).not.toBe(hexToRgb(VERDICT_STYLES.verbatim.color));
    expect(colors).toBe(hexToRgb(VERDICT_STYLES.misattributed.color));
    const badge = await badgeTextOf(ext, page);
    expect(badge).toBe(VERDICT_STYLES.misattributed.badge);
    expect(badge).not.toBe(VERDICT_STYLES.verbatim.badge);
    await auditCard(page);
    await screenshotBothThemes(page, 'card-misattributed');
  });

  it('a number changed (four → eight years): altered, with the change named and marked', async () => {
    const page = await openPage(ALTERED_PATH);
    await selectByRange(page, ALTERED_NUMBER_QUOTE);
    const card = await runCheckInTab(ext, page);
    await expect(card.getAttribute('data-verdict')).resolves.toBe('altered');
    await expect(card.locator('[data-testid="verdict"]').textContent()).resolves.toContain(
      enMessage('verdictAltered'),
    );
    await expect(card.locator('[data-testid="changes"] li').allTextContents()).resolves.toContain(
      enMessage('changeReplaces', { FROM: 'four', TO: 'eight' }),
    );
    // Only the changed word is struck out (the rest of the quote, outside the selection, is not).
    await expect(card.locator('[data-testid="quote"] del').allTextContents()).resolves.toEqual([
      'four',
    ]);
    await expect(card.locator('[data-testid="quote"] ins').allTextContents()).resolves.toEqual([
      'eight',
    ]);
    await expectSource(page, HERALD);
    await expect(badgeTextOf(ext, page)).resolves.toBe(VERDICT_STYLES.altered.badge);
    await auditCard(page);
    await screenshotBothThemes(page, 'card-altered');
  });

  it('a "not" added: altered, and the card says it adds ‘not’', async () => {
    const page = await openPage(ALTERED_PATH);
    await selectByRange(page, ALTERED_NOT_QUOTE);
    const card = await runCheckInTab(ext, page);
    await expect(card.getAttribute('data-verdict')).resolves.toBe('altered');
    await expect(card.locator('[data-testid="changes"] li').allTextContents()).resolves.toContain(
      enMessage('changeAdds', { TEXT: 'not' }),
    );
    await expect(card.locator('[data-testid="quote"] ins').allTextContents()).resolves.toEqual([
      'not',
    ]);
    await expectSource(page, INTERVIEW);
  });

  it('a sentence the corpus does not hold: not found', async () => {
    const page = await openPage(UNKNOWN_PATH);
    await selectByRange(page, UNKNOWN_SENTENCE);
    const card = await runCheckInTab(ext, page);
    await expect(card.getAttribute('data-verdict')).resolves.toBe('no-match');
    await expect(card.locator('[data-testid="verdict"]').textContent()).resolves.toContain(
      enMessage('verdictNoMatch'),
    );
    await expect(card.locator('[data-testid="speaker"]').count()).resolves.toBe(0);
    await auditCard(page);
    await screenshotBothThemes(page, 'card-no-match');
  });

  it('one word: too short to check', async () => {
    const page = await openPage(UNKNOWN_PATH);
    await selectByRange(page, TOO_SHORT);
    const card = await runCheckInTab(ext, page);
    await expect(card.getAttribute('data-verdict')).resolves.toBe('too-short');
    await expect(card.locator('[data-testid="verdict"]').textContent()).resolves.toContain(
      enMessage('verdictTooShort'),
    );
  });

  it('is a keyboard-usable dialog: focus moves into it, Tab reaches its buttons, the result is announced', async () => {
    const page = await openPage(site.articlePath(HERALD_QUOTE));
    await selectByRange(page, HERALD_QUOTE);
    await runCheckInTab(ext, page);
    const dialog = page.getByRole('dialog', { name: enMessage('cardTitle') });
    await expect(dialog.count()).resolves.toBe(1);
    // Focus is in the card, so Escape and Tab work at once.
    await expect(
      page.evaluate((tag) => document.activeElement?.tagName.toLowerCase() === tag, CARD_HOST),
    ).resolves.toBe(true);
    // The result sits in a polite live region: a screen reader reads it when it arrives.
    await expect(
      page
        .locator(IN_PAGE_CARD)
        .evaluate((card) => card.closest('[aria-live="polite"], [role="status"]') !== null),
    ).resolves.toBe(true);

    const trail = await focusTrail(page, 6);
    expect(trail).toContain(`button:${enMessage('closeCard')}`);
    expect(trail).toContain('copy-citation');
    // Tab to the close button and press Enter: the card goes.
    await page.getByRole('button', { name: enMessage('closeCard') }).focus();
    await page.keyboard.press('Enter');
    await page.locator(CARD_HOST).waitFor({ state: 'detached' });
  });

  it('Escape closes the card, and so does a click outside it', async () => {
    const page = await openPage(site.articlePath(HERALD_QUOTE));
    await selectByRange(page, HERALD_QUOTE);
    await runCheckInTab(ext, page);
    await page.keyboard.press('Escape');
    await page.locator(IN_PAGE_CARD).waitFor({ state: 'detached' });

    await selectByRange(page, HERALD_QUOTE);
    await runCheckInTab(ext, page);
    await page.mouse.click(5, 400);
    await page.locator(IN_PAGE_CARD).waitFor({ state: 'detached' });
  });

  it('leaves the page’s own styles and layout exactly as they were', async () => {
    const page = await openPage(site.articlePath(HANKYOREH_QUOTE));
    await selectByRange(page, HANKYOREH_QUOTE);
    const before = await pageStyleSnapshot(page, CARD_HOST);
    await runCheckInTab(ext, page);
    expect(await pageStyleSnapshot(page, CARD_HOST)).toBe(before);
    await page.keyboard.press('Escape');
    await page.locator(IN_PAGE_CARD).waitFor({ state: 'detached' });
    expect(await pageStyleSnapshot(page, CARD_HOST)).toBe(before);
  });

  it('looks the same on a page whose stylesheet is hostile: the page’s CSS does not reach the card', async () => {
    const plain = await openPage(site.articlePath(HANKYOREH_QUOTE));
    await selectByRange(plain, HANKYOREH_QUOTE);
    await runCheckInTab(ext, plain);
    const expected = await cardStyleFingerprint(plain, CARD_HOST);
    await plain.close();

    const hostile = await openPage(HOSTILE_PATH);
    await selectByRange(hostile, HANKYOREH_QUOTE);
    await runCheckInTab(ext, hostile);
    expect(await cardStyleFingerprint(hostile, CARD_HOST)).toBe(expected);
    saveScreenshot('card-hostile-page-light', await hostile.screenshot());
    await hostile.close();
  });
});
