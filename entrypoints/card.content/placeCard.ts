/**
 * Where the in-page card goes: just below the selection, left-aligned with it, kept inside
 * the page. Document coordinates, so the card scrolls with the text it talks about. When
 * there is no room below within the page, it goes above the selection, so the card does
 * not make the page taller; only a page too short for it either way grows.
 */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  width: number;
  height: number;
}

export interface Viewport {
  scrollX: number;
  scrollY: number;
  width: number;
  height: number;
}

export interface Placement {
  top: number;
  left: number;
  width: number;
}

/** Gap between the selection and the card, and between the card and the viewport edge. */
export const CARD_GAP_PX = 8;
/** The card's width; narrower viewports get their width less the gaps. */
export const CARD_WIDTH_PX = 400;

export function placeCard(
  selection: Rect | null,
  viewport: Viewport,
  /** The card's rendered height (0 before it is measured). */
  cardHeight = 0,
  /** The page's scroll height before the card was added. */
  pageHeight = Number.POSITIVE_INFINITY,
): Placement {
  const width = Math.min(CARD_WIDTH_PX, viewport.width - 2 * CARD_GAP_PX);
  const maxLeft = viewport.scrollX + viewport.width - width - CARD_GAP_PX;
  if (!selection || (selection.width === 0 && selection.height === 0)) {
    // No rect to anchor to (e.g. text in a form field): the top right of what is in view.
    return {
      top: fitTop(viewport.scrollY + CARD_GAP_PX, cardHeight, pageHeight),
      left: maxLeft,
      width,
    };
  }
  const minLeft = viewport.scrollX + CARD_GAP_PX;
  const left = Math.max(minLeft, Math.min(viewport.scrollX + selection.left, maxLeft));
  const below = viewport.scrollY + selection.bottom + CARD_GAP_PX;
  if (below + cardHeight <= pageHeight) return { top: below, left, width };
  const above = viewport.scrollY + selection.top - CARD_GAP_PX - cardHeight;
  if (above >= 0) return { top: above, left, width };
  // A page too short for the card either way: below it still, rather than over the text.
  return { top: below, left, width };
}

/** `top`, moved up as far as needed (not above 0) for the card to end inside the page. */
function fitTop(top: number, cardHeight: number, pageHeight: number): number {
  return Math.max(0, Math.min(top, pageHeight - cardHeight));
}
