/**
 * The options page, end to end: what the bundled corpus holds, and settings that persist.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../lib/corpus/schema';
import { enMessage } from './fixtures/enMessage';
import { axeAudit, seriousFindings } from './harness/axeAudit';
import { type LoadedExtension, launchExtension } from './harness/launchExtension';
import { saveScreenshot } from './harness/saveScreenshot';

const corpus = JSON.parse(readFileSync(resolve('corpus/quotes.json'), 'utf8')) as Corpus;

let ext: LoadedExtension;
let page: Page;

beforeAll(async () => {
  ext = await launchExtension();
  page = await ext.context.newPage();
  await page.setViewportSize({ width: 900, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(ext.url('options.html'));
});

afterAll(async () => {
  await ext?.close();
});

const bodyBackground = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('the options page', () => {
  it('says how many quotes, speakers and articles the bundled corpus holds, and lists the sources', async () => {
    const counts = enMessage('optionsCounts', {
      QUOTES: String(corpus.quotes.length),
      SPEAKERS: String(corpus.speakers.length),
      ARTICLES: String(corpus.articles.length),
    });
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
    const systemLight = await bodyBackground();
    await page.getByRole('radio', { name: enMessage('optionsThemeDark') }).check();
    await expect.poll(bodyBackground).not.toBe(systemLight);
    const dark = await bodyBackground();

    await page.reload();
    await expect(
      page.getByRole('radio', { name: enMessage('optionsThemeDark') }).isChecked(),
    ).resolves.toBe(true);
    await expect.poll(bodyBackground).toBe(dark);

    await page.getByRole('radio', { name: enMessage('optionsThemeSystem') }).check();
    await expect.poll(bodyBackground).toBe(systemLight);
  });
});
