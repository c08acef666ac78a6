/**
 * Keeps the card on screen next to what it talks about, with Floating UI: below the
 * anchor, left-aligned with it; above when there is more room there (`flip`); moved
 * sideways and, when it is taller than the room on either side, over the anchor to stay
 * inside the window (`shift`); never taller than the room it has, scrolling inside itself
 * instead (`size`); hidden while its anchor is scrolled out of view (`hide`). `autoUpdate`
 * re-places it when the page or any scroll container around the anchor scrolls, the
 * window resizes or zooms, or the card grows. Positions are in the window (`fixed`): the
 * host sits in the top layer, above every page element.
 */
import {
  autoUpdate,
  computePosition,
  flip,
  hide,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';

/** Gap between the anchor and the card, and between the card and the window's edge. */
export const CARD_GAP_PX = 8;
/** The card's width; narrower windows get their width less the gaps. */
export const CARD_WIDTH_PX = 400;
/**
 * The least height worth showing the card in (its title, the verdict and its line, the
 * start of the quote; the rest scrolls): with less room on either side of the selection
 * than this, the card covers part of the selection instead. At 200% zoom in an 800 px
 * window a three-line selection mid-window leaves about 180 px below: enough, and better
 * than hiding the words the reader chose.
 */
export const MIN_CARD_HEIGHT_PX = 160;
/** The custom property the dialog reads its height limit from (assets/card.css). */
export const MAX_HEIGHT_PROPERTY = '--qc-card-max-height';

/** Sets inline styles with `!important`: the page's own `!important` rules lose to them. */
export function setImportant(element: HTMLElement, styles: Record<string, string>): void {
  for (const [name, value] of Object.entries(styles)) {
    element.style.setProperty(name, value, 'important');
  }
}

/** The window's inner size without scrollbars, in CSS pixels (they shrink as the page zooms in). */
function viewportSize(): { width: number; height: number } {
  const root = document.documentElement;
  return {
    width: root.clientWidth || window.innerWidth,
    height: Math.min(root.clientHeight || window.innerHeight, window.innerHeight),
  };
}

/** Places `host` next to `anchor` now and whenever it could move; returns the stop function. */
export function positionCard(
  anchor: VirtualElement,
  host: HTMLElement,
  /** Called after each placement. */
  onPlaced?: () => void,
): () => void {
  let stopped = false;
  const update = async () => {
    const viewport = viewportSize();
    setImportant(host, {
      width: `${Math.max(0, Math.min(CARD_WIDTH_PX, viewport.width - 2 * CARD_GAP_PX))}px`,
      // Its full height first, so that `flip` weighs the whole card, not the part the last
      // placement left room for; `size` sets the limit again (in the same frame: no flicker).
      [MAX_HEIGHT_PROPERTY]: `${Math.max(0, viewport.height - 2 * CARD_GAP_PX)}px`,
    });
    const { x, y, middlewareData } = await computePosition(anchor, host, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(CARD_GAP_PX),
        flip({
          padding: CARD_GAP_PX,
          crossAxis: false,
          fallbackPlacements: ['top-start'],
          fallbackStrategy: 'bestFit',
        }),
        size({
          padding: CARD_GAP_PX,
          apply({ availableHeight, elements }) {
            const room = Math.floor(availableHeight);
            const limit = Math.min(
              viewport.height - 2 * CARD_GAP_PX,
              Math.max(MIN_CARD_HEIGHT_PX, room),
            );
            elements.floating.style.setProperty(
              MAX_HEIGHT_PROPERTY,
              `${Math.max(0, limit)}px`,
              'important',
            );
          },
        }),
        shift({ padding: CARD_GAP_PX, crossAxis: true }),
        hide({ padding: 0 }),
      ],
    });
    if (stopped) return;
    setImportant(host, { left: `${Math.round(x)}px`, top: `${Math.round(y)}px` });
    host.toggleAttribute('data-anchor-hidden', middlewareData.hide?.referenceHidden === true);
    onPlaced?.();
  };
  const stop = autoUpdate(anchor, host, () => void update());
  return () => {
    stopped = true;
    stop();
  };
}
