/**
 * Where the in-page card goes: just below the selection, left-aligned with it, kept inside
 * the viewport horizontally. Document coordinates (the card scrolls with the page, so it
 * stays next to the text it talks about).
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

/** Gap between the selection and the card, and between the card and the viewport edge. */
export const CARD_GAP_PX = 8;
/** The card's width; narrower viewports get their width less the gaps. */
export const CARD_WIDTH_PX = 400;

export function placeCard(selection: Rect | null, viewport: Viewport) {
  const width = Math.min(CARD_WIDTH_PX, viewport.width - 2 * CARD_GAP_PX);
  if (!selection || (selection.width === 0 && selection.height === 0)) {
    // No rect to anchor to (e.g. text in a form field): the top right of what is in view.
    return {
      top: viewport.scrollY + CARD_GAP_PX,
      left: viewport.scrollX + viewport.width - width - CARD_GAP_PX,
      width,
    };
  }
  const minLeft = viewport.scrollX + CARD_GAP_PX;
  const maxLeft = viewport.scrollX + viewport.width - width - CARD_GAP_PX;
  return {
    top: viewport.scrollY + selection.bottom + CARD_GAP_PX,
    left: Math.max(minLeft, Math.min(viewport.scrollX + selection.left, maxLeft)),
    width,
  };
}
