/** A character's box in the page's viewport, as `getClientRects()` gives it. */
export interface CharBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Runs IN THE PAGE (pass it to `page.evaluate` of Playwright or puppeteer, with the
 * passage): finds the first text node holding `needle`, scrolls it into view and returns
 * the boxes of the passage's first and last characters, or null when no one text node
 * holds it. Self-contained, no named helpers: the page gets this function as a string.
 */
export function passageEnds(needle: string): { first: CharBox; last: CharBox } | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent?.indexOf(needle) ?? -1;
    if (at < 0) continue;
    node.parentElement?.scrollIntoView({ block: 'center' });
    const [first, last] = [at, at + needle.length - 1].map((from) => {
      const range = document.createRange();
      range.setStart(node, from);
      range.setEnd(node, from + 1);
      const r = range.getClientRects()[0] ?? range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
    return first && last ? { first, last } : null;
  }
  return null;
}
