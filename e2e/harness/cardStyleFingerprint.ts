import type { Page } from 'playwright-core';
import { TEXT_STYLE_PROPERTIES } from './textStyleProperties';

/** Properties a page's CSS could change in the card by inheritance or by a custom property. */
const CARD_PROPERTIES = [
  ...TEXT_STYLE_PROPERTIES,
  'word-spacing',
  'text-indent',
  'text-align',
  'text-transform',
  'border-top-style',
  'border-top-color',
  'padding-top',
  'cursor',
] as const;

/**
 * Every element inside the card host's shadow root with its styles and size (not its
 * position, which follows the selection, nor the height of the dialog and what holds it,
 * which is the room beside the selection): equal on two pages exactly when the pages' CSS
 * left the card alone.
 */
export async function cardStyleFingerprint(page: Page, hostTag: string): Promise<string> {
  return page.evaluate(
    ({ properties, tag }) => {
      const root = document.querySelector(tag)?.shadowRoot;
      if (!root) return `no open shadow root on <${tag}>`;
      const dialog = root.querySelector('[role="dialog"]');
      return Array.from(root.querySelectorAll('*'))
        .filter((el) => !['STYLE', 'LINK', 'SCRIPT'].includes(el.tagName))
        .map((el) => {
          const style = getComputedStyle(el);
          const box = el.getBoundingClientRect();
          const values = properties.map((p) => `${p}=${style.getPropertyValue(p)}`).join(';');
          const height = dialog && el.contains(dialog) ? 'room' : Math.round(box.height);
          return `${el.tagName}.${el.className} ${Math.round(box.width)}x${height} ${values}`;
        })
        .join('\n');
    },
    { properties: [...CARD_PROPERTIES], tag: hostTag },
  );
}
