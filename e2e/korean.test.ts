/**
 * The UI in Korean: a browser whose language is Korean gets the `ko` messages (the
 * browser's i18n picks them; English is only the default).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_BUILD_DIR, type LoadedExtension, launchExtension } from './harness/launchExtension';
import { saveScreenshot } from './harness/saveScreenshot';

const KO = JSON.parse(readFileSync(resolve('public/_locales/ko/messages.json'), 'utf8')) as Record<
  string,
  { message: string }
>;

let ext: LoadedExtension;

beforeAll(async () => {
  ext = await launchExtension(E2E_BUILD_DIR, 'ko');
});

afterAll(async () => {
  await ext?.close();
});

describe('in a Korean browser', () => {
  it('the popup and the options page speak Korean', async () => {
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 420, height: 400 });
    await page.goto(ext.url('popup.html'));
    const label = KO.searchLabel?.message ?? '';
    expect(label).toMatch(/[가-힣]/);
    await expect(page.getByRole('searchbox', { name: label }).count()).resolves.toBe(1);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toMatch(/^ko/);
    saveScreenshot('popup-korean-light', await page.locator('main#qc-popup').screenshot());

    await page.setViewportSize({ width: 900, height: 900 });
    await page.goto(ext.url('options.html'));
    await expect(page.title()).resolves.toBe(KO.optionsTitle?.message);
    saveScreenshot('options-korean-light', await page.screenshot({ fullPage: true }));
    await page.close();
  });
});
