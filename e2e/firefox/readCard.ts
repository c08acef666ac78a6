import type { Page } from 'puppeteer-core';

/** What a result card shows, read from its `data-testid` parts (ui-contract.md). */
export interface CardFacts {
  /** `data-verdict` on the card root. */
  verdict: string | null;
  /** The verdict word. */
  verdictWord: string | null;
  speaker: string | null;
  outlet: string | null;
  date: string | null;
  /** One entry per meaning-bearing change line. */
  changes: string[];
  /** The source quote's struck-out and inserted words. */
  deleted: string[];
  inserted: string[];
}

/**
 * Reads the result card in `page`: in the page's own document, or, given `hostTag`, in
 * the open shadow root of that element (the in-page card). `null` when there is no card.
 */
export async function readCard(page: Page, hostTag?: string): Promise<CardFacts | null> {
  // The page gets this function as source text: no named helpers or imports in its body.
  return page.evaluate((tag) => {
    const scope = tag ? document.querySelector(tag)?.shadowRoot : document;
    const card = scope?.querySelector('[data-testid="result-card"]');
    if (!card) return null;
    const text = (testId: string) =>
      card.querySelector(`[data-testid="${testId}"]`)?.textContent?.trim() ?? null;
    const texts = (selector: string) =>
      [...card.querySelectorAll(selector)].map((el) => el.textContent?.trim() ?? '');
    return {
      verdict: card.getAttribute('data-verdict'),
      verdictWord: text('verdict'),
      speaker: text('speaker'),
      outlet: text('outlet'),
      date: text('date'),
      changes: texts('[data-testid="changes"] li'),
      deleted: texts('[data-testid="quote"] del'),
      inserted: texts('[data-testid="quote"] ins'),
    };
  }, hostTag ?? null);
}
