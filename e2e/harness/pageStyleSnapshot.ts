import type { Page } from 'playwright-core';
import { TEXT_STYLE_PROPERTIES } from './textStyleProperties';

/** The computed properties compared before and after the card appears: what a restyle would change. */
const WATCHED_PROPERTIES = [
  ...TEXT_STYLE_PROPERTIES,
  'margin',
  'padding',
  'border',
  'box-sizing',
  'display',
] as const;

/**
 * Every element of the page's own markup (outside our card host) with its watched
 * computed styles and its box, and the count of the document's stylesheets: a
 * fingerprint that changes if injected CSS leaks into the page or the card pushes any
 * element. (Not the scroll size: a card overlaid near the end of a page may extend the
 * scrollable area without moving anything.)
 */
export async function pageStyleSnapshot(page: Page, cardHostTag: string): Promise<string> {
  return page.evaluate(
    ({ properties, hostTag }) => {
      const rows: string[] = [];
      for (const el of Array.from(document.querySelectorAll('*'))) {
        if (el.closest(hostTag)) continue;
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        const values = properties.map((p) => `${p}=${style.getPropertyValue(p)}`).join(';');
        rows.push(
          `${el.tagName}[${box.x},${box.y + window.scrollY},${box.width},${box.height}] ${values}`,
        );
      }
      rows.push(`stylesheets=${document.styleSheets.length}`);
      return rows.join('\n');
    },
    { properties: [...WATCHED_PROPERTIES], hostTag: cardHostTag },
  );
}
