import type { Page } from 'puppeteer-core';

/** Mouse-move steps of the drag, so the page sees a real drag rather than a jump. */
const DRAG_STEPS = 12;
/** Pixels inside a character's box where the drag starts and ends, so the nearest caret stop is that edge. */
const EDGE_INSET_PX = 1;

/**
 * Selects `passage` as a reader does: scrolls it into view and drags the mouse from its
 * first character to its last. Returns the text the page then has selected. The passage
 * must lie inside one text node (the fixture pages put each paragraph in one `<p>`).
 */
export async function selectByMouseDrag(page: Page, passage: string): Promise<string> {
  const ends = await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(needle) ?? -1;
      if (at < 0) continue;
      node.parentElement?.scrollIntoView({ block: 'center' });
      const boxes = [at, at + needle.length - 1].map((from) => {
        const range = document.createRange();
        range.setStart(node, from);
        range.setEnd(node, from + 1);
        const r = range.getClientRects()[0] ?? range.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      });
      return boxes;
    }
    return null;
  }, passage);
  const [first, last] = ends ?? [];
  if (!first || !last) throw new Error(`The page has no text node containing: ${passage}`);
  await page.mouse.move(first.x + EDGE_INSET_PX, first.y + first.height / 2);
  await page.mouse.down();
  await page.mouse.move(last.x + last.width - EDGE_INSET_PX, last.y + last.height / 2, {
    steps: DRAG_STEPS,
  });
  await page.mouse.up();
  return page.evaluate(() => window.getSelection()?.toString() ?? '');
}
