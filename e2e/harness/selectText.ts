import type { Page } from 'playwright-core';

/**
 * Three ways to select a passage of a fixture page, each ending with the passage selected
 * in the page exactly as a reader would leave it. All of them look the passage up inside
 * one text node (the fixtures put each paragraph in one `<p>` of plain text).
 */

interface CharBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Scrolls the passage into view and returns the boxes of its first and last characters. */
async function passageEnds(
  page: Page,
  passage: string,
): Promise<{ first: CharBox; last: CharBox }> {
  const ends = await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(needle) ?? -1;
      if (at < 0) continue;
      node.parentElement?.scrollIntoView({ block: 'center' });
      // No named helper functions in here: the page gets this code as a string.
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
  }, passage);
  if (!ends) throw new Error(`The page has no text node containing: ${passage}`);
  return ends;
}

/** Selects the first occurrence of `passage` with a DOM Range (no input events). */
export async function selectByRange(page: Page, passage: string): Promise<string> {
  const selected = await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(needle) ?? -1;
      if (at < 0) continue;
      node.parentElement?.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return selection?.toString() ?? '';
    }
    return null;
  }, passage);
  if (selected === null) throw new Error(`The page has no text node containing: ${passage}`);
  return selected;
}

/** Pixels inside a character's box where the drag starts and ends: off the glyph's edge, so the nearest caret stop is that edge. */
const EDGE_INSET_PX = 1;
/** Mouse-move steps of the drag, so the page sees a real drag rather than a jump. */
const DRAG_STEPS = 12;

/** Selects `passage` by dragging the mouse from its first character to its last. */
export async function selectByMouseDrag(page: Page, passage: string): Promise<string> {
  const { first, last } = await passageEnds(page, passage);
  await page.mouse.move(first.x + EDGE_INSET_PX, first.y + first.height / 2);
  await page.mouse.down();
  await page.mouse.move(last.x + last.width - EDGE_INSET_PX, last.y + last.height / 2, {
    steps: DRAG_STEPS,
  });
  await page.mouse.up();
  return page.evaluate(() => window.getSelection()?.toString() ?? '');
}

/**
 * Selects the passage's first character, then extends the selection over the rest with
 * Shift+ArrowRight, one character a press. (Chromium without caret browsing does not
 * extend a collapsed caret in page text, but does extend a selection, as after a click.)
 */
export async function selectByKeyboard(page: Page, passage: string): Promise<string> {
  const [firstChar, ...rest] = passage;
  if (firstChar === undefined) throw new Error('selectByKeyboard needs a non-empty passage');
  const found = await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(needle) ?? -1;
      if (at < 0) continue;
      node.parentElement?.scrollIntoView({ block: 'center' });
      window.getSelection()?.setBaseAndExtent(node, at, node, at + 1);
      return true;
    }
    return false;
  }, passage);
  if (!found) throw new Error(`The page has no text node containing: ${passage}`);
  for (const _ of rest) await page.keyboard.press('Shift+ArrowRight');
  return page.evaluate(() => window.getSelection()?.toString() ?? '');
}
