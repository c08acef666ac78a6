/**
 * The toolbar popup, end to end: the real popup opened with `chrome.action.openPopup()`
 * over a news page with a selection, and the popup page's search field.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enMessage } from './fixtures/enMessage';
import {
  ALTERED_NUMBER_QUOTE,
  HANKYOREH,
  HANKYOREH_QUOTE,
  HERALD,
  HERALD_QUOTE,
  INTERVIEW,
  INTERVIEW_QUOTE,
  SHARED_PHRASE,
  TOO_SHORT,
  UNKNOWN_SENTENCE,
} from './fixtures/passages';
import { ALTERED_PATH, buildTestSite, type TestSite } from './fixtures/testSite';
import { axeAudit, seriousFindings } from './harness/axeAudit';
import { type FixtureServer, startFixtureServer } from './harness/fixtureServer';
import { focusTrail } from './harness/focusTrail';
import { type LoadedExtension, launchExtension } from './harness/launchExtension';
import { PopupTarget, popupStatus } from './harness/popupTarget';
import { saveScreenshot } from './harness/saveScreenshot';
import { selectByMouseDrag, selectByRange } from './harness/selectText';
import type { WorkerGlobals } from './harness/WorkerGlobals';

/** How long the popup may take to appear and answer before the test says it never did. */
const POPUP_TIMEOUT_MS = 15_000;
const RESULT_CARD = 'main#qc-popup [data-testid="result-card"]';

let ext: LoadedExtension;
let server: FixtureServer;
let site: TestSite;
/** popup-open-to-answer times seen in this run, for the report at the end. */
const answerTimes: { what: string; answerMs: number; sinceNavigationMs: number; wallMs: number }[] =
  [];

beforeAll(async () => {
  site = buildTestSite();
  server = await startFixtureServer(site.pages);
  ext = await launchExtension();
});

afterAll(async () => {
  for (const t of answerTimes) {
    console.log(
      `popup-open-to-answer (${t.what}): ${t.answerMs} ms from the popup script's start (data-answer-ms); ≤ ${t.sinceNavigationMs.toFixed(0)} ms from the popup document's navigation start; ${t.wallMs.toFixed(0)} ms from the openPopup() call to the card seen over CDP`,
    );
  }
  await ext?.close();
  await server?.close();
});

/**
 * Makes `page` the active tab, opens the toolbar popup as a click on the button would,
 * and attaches to it. Returns the popup and the wall time from the call to the attach.
 */
async function openToolbarPopup(page: Page): Promise<{ popup: PopupTarget; startedAt: number }> {
  await page.bringToFront();
  const startedAt = performance.now();
  await ext.worker.evaluate(() =>
    (globalThis as unknown as WorkerGlobals).chrome.action.openPopup(),
  );
  const popup = await PopupTarget.attach(ext.context, ext.url('popup.html'), POPUP_TIMEOUT_MS);
  return { popup, startedAt };
}

async function closePopup(popup: PopupTarget): Promise<void> {
  await popup.evaluate('window.close()').catch(() => {});
  await popup.detach();
}

/** Waits for the popup's result card and returns its verdict. */
function verdictIn(popup: PopupTarget): Promise<string> {
  return popup.waitFor<string>(
    `document.querySelector('${RESULT_CARD}')?.dataset.verdict`,
    POPUP_TIMEOUT_MS,
    'a result card',
  );
}

/**
 * Waits for the popup's verdict and times it: `wallMs` since `startedAt` (the open call),
 * `sinceNavigationMs` on the popup's own clock.
 */
async function timedVerdict(
  popup: PopupTarget,
  startedAt: number,
): Promise<{ verdict: string; wallMs: number; sinceNavigationMs: number }> {
  const verdict = await verdictIn(popup);
  const wallMs = performance.now() - startedAt;
  // The popup's clock starts at its navigation: an upper bound, read just after the card is seen.
  const sinceNavigationMs = await popup.evaluate<number>('performance.now()');
  return { verdict, wallMs, sinceNavigationMs };
}

/** The popup's status line once it says more than "Checking…" (it says that while it reads the page). */
function statusIn(popup: PopupTarget): Promise<string> {
  return popupStatus(popup, POPUP_TIMEOUT_MS);
}

/** popup-open-to-answer as the popup measured it (`data-answer-ms` on its root). */
async function answerMsOf(popup: PopupTarget): Promise<number> {
  const value = await popup.waitFor<string>(
    `document.querySelector('main#qc-popup')?.dataset.answerMs`,
    POPUP_TIMEOUT_MS,
    'data-answer-ms',
  );
  return Number(value);
}

/** Reads the popup's own popup-open-to-answer and keeps it, with the outside timings, for the report. */
async function recordAnswerTime(
  popup: PopupTarget,
  what: string,
  outside: { sinceNavigationMs: number; wallMs: number },
): Promise<void> {
  const answerMs = await answerMsOf(popup);
  expect(answerMs).toBeGreaterThan(0);
  answerTimes.push({ what, answerMs, ...outside });
}

/** The popup's text at `selector` (`null` when absent). */
function textIn(popup: PopupTarget, selector: string): Promise<string | null> {
  return popup.evaluate<string | null>(
    `document.querySelector(${JSON.stringify(selector)})?.textContent ?? null`,
  );
}

async function popupScreenshots(popup: PopupTarget, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await popup.emulateColorScheme(scheme);
    // Two frames, so the theme's repaint is on screen.
    await popup.evaluate(
      'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))',
    );
    saveScreenshot(`${name}-${scheme}`, await popup.screenshot());
    const findings = await axeAudit((e) => popup.evaluate(e), 'main#qc-popup');
    expect(seriousFindings(findings), `axe, ${scheme} theme`).toEqual([]);
  }
  await popup.emulateColorScheme('light');
}

describe('the toolbar popup over a page with a selection', () => {
  it('checks the selection at once: verbatim, Lee Jae-myung, The Hankyoreh, 23 August 2021', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url(site.articlePath(HANKYOREH_QUOTE)));
    await selectByMouseDrag(page, HANKYOREH_QUOTE);
    const { popup, startedAt } = await openToolbarPopup(page);

    const { verdict, wallMs, sinceNavigationMs } = await timedVerdict(popup, startedAt);
    expect(verdict).toBe('verbatim');
    await expect(textIn(popup, '[data-testid="speaker"]')).resolves.toBe(HANKYOREH.speaker);
    await expect(textIn(popup, '[data-testid="outlet"]')).resolves.toBe(HANKYOREH.outlet);
    await expect(textIn(popup, '[data-testid="date"]')).resolves.toBe(HANKYOREH.date);
    await expect(textIn(popup, '[data-testid="article-link"]')).resolves.toBe(
      site.article(HANKYOREH_QUOTE).headline,
    );

    await recordAnswerTime(popup, 'first open, Hankyoreh quote', { sinceNavigationMs, wallMs });

    // The layout uses the window's whole width: the same margin left and right of the field and the card.
    const edges = await popup.evaluate<{
      window: number;
      field: [number, number];
      card: [number, number];
    }>(
      `((box) => ({ window: window.innerWidth,
        field: box(document.querySelector('main#qc-popup input[type=search]')),
        card: box(document.querySelector('${RESULT_CARD}')) }))(
        (el) => { const r = el.getBoundingClientRect(); return [r.left, window.innerWidth - r.right]; })`,
    );
    for (const [left, right] of [edges.field, edges.card]) {
      expect(left).toBeGreaterThanOrEqual(12);
      expect(
        Math.abs(left - right),
        `margins ${left} | ${right} in a ${edges.window} px window`,
      ).toBeLessThanOrEqual(1);
    }

    await popupScreenshots(popup, 'popup-verbatim');
    await closePopup(popup);
    await page.close();
  });

  it('opened again, on an altered quotation: altered, four → eight', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url(ALTERED_PATH));
    await selectByRange(page, ALTERED_NUMBER_QUOTE);
    const { popup, startedAt } = await openToolbarPopup(page);
    const { verdict, wallMs, sinceNavigationMs } = await timedVerdict(popup, startedAt);
    expect(verdict).toBe('altered');
    const changes = await popup.evaluate<string[]>(
      `[...document.querySelectorAll('[data-testid="changes"] li')].map((li) => li.textContent)`,
    );
    expect(changes).toContain(enMessage('changeReplaces', { FROM: 'four', TO: 'eight' }));
    await expect(textIn(popup, '[data-testid="speaker"]')).resolves.toBe(HERALD.speaker);
    await recordAnswerTime(popup, 'second open, altered quote', { sinceNavigationMs, wallMs });
    await popupScreenshots(popup, 'popup-altered');
    await closePopup(popup);
    await page.close();
  });

  it('with nothing selected: says so in one line and offers the search field', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url(site.articlePath(HERALD_QUOTE)));
    const { popup } = await openToolbarPopup(page);
    const status = await statusIn(popup);
    expect(status).toBe(enMessage('statusNothingSelected'));
    await expect(
      popup.evaluate('!!document.querySelector("main#qc-popup input[type=search]")'),
    ).resolves.toBe(true);
    await expect(popup.evaluate(`!!document.querySelector('${RESULT_CARD}')`)).resolves.toBe(false);
    await popupScreenshots(popup, 'popup-nothing-selected');
    await closePopup(popup);
    await page.close();
  });
  it('over a page the browser keeps from extensions: says it cannot read it', async () => {
    const page = await ext.context.newPage();
    await page.goto('chrome://version');
    await page.locator('body').selectText();
    const { popup } = await openToolbarPopup(page);
    const status = await statusIn(popup);
    expect(status).toBe(enMessage('statusUnreadable'));
    await closePopup(popup);
    await page.close();
  });
});

describe('the popup page’s search field', () => {
  let page: Page;

  beforeAll(async () => {
    page = await ext.context.newPage();
    await page.setViewportSize({ width: 420, height: 640 });
    await page.goto(ext.url('popup.html'));
  });

  afterAll(async () => {
    await page?.close();
  });

  /** The card's markup, or `null` while there is none. */
  async function cardMarkup(): Promise<string | null> {
    const card = page.locator(RESULT_CARD);
    return (await card.count()) > 0 ? card.evaluate((el) => el.outerHTML) : null;
  }

  /** Replaces the field's text as a reader would (select all, type) and returns the new card's verdict. */
  async function typeQuery(text: string, submit: 'enter' | 'pause'): Promise<string> {
    const before = await cardMarkup();
    const field = page.getByRole('searchbox');
    await field.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.insertText(text);
    if (submit === 'enter') await field.press('Enter');
    await expect
      .poll(cardMarkup, { timeout: POPUP_TIMEOUT_MS, message: 'a new result card' })
      .not.toBe(before);
    await expect.poll(cardMarkup).not.toBeNull();
    return (await page.locator(RESULT_CARD).getAttribute('data-verdict')) ?? '';
  }

  it('opened as a page, it says it cannot read the page and offers a labelled search field', async () => {
    // Its own tab is an extension page, which no extension may read: past "Checking…", it says so.
    await expect
      .poll(() => page.locator('[data-testid="status"]').textContent(), {
        timeout: POPUP_TIMEOUT_MS,
      })
      .toBe(enMessage('statusUnreadable'));
    const field = page.getByRole('searchbox');
    await expect(field.getAttribute('type')).resolves.toBe('search');
    // An accessible name, from a <label> or aria-label: getByRole finds it by that name.
    await expect(
      page.getByRole('searchbox', { name: enMessage('searchLabel') }).count(),
    ).resolves.toBe(1);
  });

  it('Enter checks a pasted quotation: Lee Soo-hyuck, The Korea Herald, and the citation copies', async () => {
    await expect(typeQuery(HERALD_QUOTE, 'enter')).resolves.toBe('verbatim');
    const card = page.locator(RESULT_CARD);
    await expect(card.locator('[data-testid="speaker"]').textContent()).resolves.toBe(
      HERALD.speaker,
    );
    await expect(card.locator('[data-testid="outlet"]').textContent()).resolves.toBe(HERALD.outlet);
    await expect(card.locator('[data-testid="date"]').textContent()).resolves.toBe(HERALD.date);

    // Copy, then paste into the search field with the keyboard: the real clipboard, both ways.
    await card.locator('[data-testid="copy-citation"]').click();
    const field = page.getByRole('searchbox');
    await field.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('ControlOrMeta+V');
    await expect(field.inputValue()).resolves.toBe(
      `“${HERALD_QUOTE},” ${HERALD.speaker}, ${HERALD.outlet}, ${HERALD.date}`,
    );
  });

  it('is usable from the keyboard: Enter checks, Tab reaches the citation button, Enter copies', async () => {
    // A new quotation (the clipboard still holds the Korea Herald citation from the test before).
    await expect(typeQuery(INTERVIEW_QUOTE, 'enter')).resolves.toBe('verbatim');
    const card = page.locator(RESULT_CARD);
    await expect(
      card.evaluate((el) => el.closest('[aria-live="polite"], [role="status"]') !== null),
    ).resolves.toBe(true);
    await page.getByRole('searchbox').focus();
    const trail = await focusTrail(page, 8);
    expect(trail).toContain('copy-citation');
    await page.locator('[data-testid="copy-citation"]').focus();
    await page.keyboard.press('Enter');
    await page.getByText(enMessage('copied'), { exact: true }).waitFor();
    await page.getByRole('searchbox').focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('ControlOrMeta+V');
    await expect(page.getByRole('searchbox').inputValue()).resolves.toBe(
      `“${INTERVIEW_QUOTE},” ${INTERVIEW.speaker}, ${INTERVIEW.date}`,
    );
  });

  it('other candidate sources are collapsed beneath the best one, and open from the keyboard', async () => {
    await typeQuery(SHARED_PHRASE, 'enter');
    // The test before copied a citation: this new result's copy button has not been used.
    await expect(
      page.locator(`${RESULT_CARD} .qc-copy [role="status"]`).textContent(),
    ).resolves.toBe('');
    const others = page.locator(`${RESULT_CARD} [data-testid="other-matches"]`);
    await expect(others.evaluate((el) => el.tagName)).resolves.toBe('DETAILS');
    await expect(others.evaluate((el) => (el as HTMLDetailsElement).open)).resolves.toBe(false);
    const count = await others.locator('li').count();
    expect(count).toBeGreaterThan(0);
    await expect(others.locator('summary').textContent()).resolves.toBe(
      enMessage('otherMatches', { COUNT: String(count) }),
    );
    await others.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(others.evaluate((el) => (el as HTMLDetailsElement).open)).resolves.toBe(true);
    // "90% alike" and the other parts of a candidate's line never break inside themselves.
    const parts = await others.evaluate((el) =>
      [...el.querySelectorAll('.qc-meta-part')].map((part) => ({
        text: part.textContent,
        lines: part.getClientRects().length,
      })),
    );
    expect(parts.length).toBe(count * 4);
    expect(parts.filter((part) => part.lines > 1)).toEqual([]);
    saveScreenshot('popup-other-matches-light', await page.locator('main#qc-popup').screenshot());
  });

  it('a pause in typing checks too: a sentence the corpus does not hold is not found', async () => {
    await expect(typeQuery(UNKNOWN_SENTENCE, 'pause')).resolves.toBe('no-match');
    await expect(
      page.locator(`${RESULT_CARD} [data-testid="verdict"]`).textContent(),
    ).resolves.toContain(enMessage('verdictNoMatch'));
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      saveScreenshot(
        `popup-no-match-${colorScheme}`,
        await page.locator('main#qc-popup').screenshot(),
      );
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('one word is too short', async () => {
    await expect(typeQuery(TOO_SHORT, 'enter')).resolves.toBe('too-short');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      saveScreenshot(
        `popup-too-short-${colorScheme}`,
        await page.locator('main#qc-popup').screenshot(),
      );
      const findings = await axeAudit((e) => page.evaluate(e), 'main#qc-popup');
      expect(seriousFindings(findings), `axe, ${colorScheme} theme`).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });
});
