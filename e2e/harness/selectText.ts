import type { Frame, Page } from 'playwright-core';
import { dragAcross } from './dragAcross';
import { selectPassageInPage } from './inPageHelpers';
import { passageEnds } from './passageEnds';

/**
 * Three ways to select a passage of a fixture page, each ending with the passage selected
 * in the page exactly as a reader would leave it. All of them look the passage up inside
 * one text node (the fixtures put each paragraph in one `<p>` of plain text).
 */

/** Selects the first occurrence of `passage` with a DOM Range (no input events). */
export async function selectByRange(page: Page | Frame, passage: string): Promise<string> {
  const selected = await page.evaluate(selectPassageInPage, passage);
  if (selected === null) throw new Error(`The page has no text node containing: ${passage}`);
  return selected;
}

/** Selects `passage` by dragging the mouse from its first character to its last. */
export async function selectByMouseDrag(page: Page, passage: string): Promise<string> {
  const ends = await page.evaluate(passageEnds, passage);
  if (!ends) throw new Error(`The page has no text node containing: ${passage}`);
  await dragAcross(page.mouse, ends);
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
