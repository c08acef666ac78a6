import type { Page } from 'puppeteer-core';
import { dragAcross } from '../harness/dragAcross';
import { passageEnds } from '../harness/passageEnds';

/**
 * Selects `passage` as a reader does: scrolls it into view and drags the mouse from its
 * first character to its last. Returns the text the page then has selected. The passage
 * must lie inside one text node (the fixture pages put each paragraph in one `<p>`).
 */
export async function selectByMouseDrag(page: Page, passage: string): Promise<string> {
  const ends = await page.evaluate(passageEnds, passage);
  if (!ends) throw new Error(`The page has no text node containing: ${passage}`);
  await dragAcross(page.mouse, ends);
  return page.evaluate(() => window.getSelection()?.toString() ?? '');
}
