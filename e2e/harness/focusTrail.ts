import type { Page } from 'playwright-core';

/**
 * Presses Tab `presses` times and describes where focus lands each time, looking through
 * open shadow roots: `testid` or, failing that, the accessible label or text of the element.
 */
export async function focusTrail(page: Page, presses: number): Promise<string[]> {
  const trail: string[] = [];
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    trail.push(
      await page.evaluate(() => {
        let el: Element | null = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        if (!el || el === document.body) return 'body';
        const testid = el.getAttribute('data-testid');
        if (testid) return testid;
        const label = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
        return `${el.tagName.toLowerCase()}:${label}`;
      }),
    );
  }
  return trail;
}
