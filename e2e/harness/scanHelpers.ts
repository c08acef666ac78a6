/**
 * The page scan, from the tests' side: run it as the page menu and the shortcut do
 * (`__qcTest.scanTab`), read its marks from the page (`CSS.highlights`, shared by the page
 * and the extension's world), serialise the page without our own hosts, and collect what
 * the page's console says.
 */
import type { Page } from 'playwright-core';
import type { QcError, Result } from '../../lib/result';
import type { ScanReport } from '../../lib/scan/types';
import type { LoadedExtension } from './launchExtension';
import { tabIdOf } from './runCheckInTab';
import type { WorkerGlobals } from './WorkerGlobals';

/** Our own shadow hosts: the only elements a scan (and a card) may add to a page. */
export const OWN_HOSTS = ['quote-check-scan', 'quote-check-card'];

/** Runs the page context menu's "Check every quote on this page" for the page's tab. */
export async function runScanInTab(
  ext: LoadedExtension,
  page: Page,
): Promise<{ report: Result<ScanReport, QcError>; wallMs: number }> {
  const tabId = await tabIdOf(ext, page);
  return ext.worker.evaluate(async (id) => {
    const hook = (globalThis as unknown as WorkerGlobals).__qcTest;
    if (!hook) throw new Error('globalThis.__qcTest is missing: is this the QC_E2E=1 build?');
    const t0 = performance.now();
    const report = await hook.scanTab(id);
    return { report, wallMs: performance.now() - t0 };
  }, tabId);
}

/** Each highlight of ours in the page: its name and the texts of its ranges. */
export function marksIn(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const out: Record<string, string[]> = {};
    for (const [name, highlight] of registry) {
      if (name.startsWith('quote-check-')) out[name] = [...highlight].map((r) => r.toString());
    }
    return out;
  });
}

/** The page's DOM as markup, without our own hosts (before and after must be equal). */
export function pageMarkup(page: Page): Promise<string> {
  return page.evaluate((hosts) => {
    const copy = document.documentElement.cloneNode(true) as Element;
    for (const host of copy.querySelectorAll(hosts.join(','))) host.remove();
    return copy.outerHTML;
  }, OWN_HOSTS);
}

/** Everything the page's console and error handler receive (the scan must add nothing). */
export function listenToConsole(page: Page): string[] {
  const heard: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') heard.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => heard.push(`pageerror: ${e.message}`));
  return heard;
}

/** The legend's text in the page (its shadow root is open). */
export function legendText(page: Page): Promise<string | null> {
  return page
    .locator('quote-check-scan [data-testid="scan-legend"]')
    .textContent({ timeout: 5000 })
    .catch(() => null);
}
