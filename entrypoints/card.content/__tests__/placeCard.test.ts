import { describe, expect, it } from 'vitest';
import { CARD_GAP_PX, CARD_WIDTH_PX, placeCard } from '../placeCard';

const viewport = { scrollX: 0, scrollY: 1000, width: 1280, height: 800 };
const selection = { top: 100, left: 200, bottom: 140, width: 300, height: 40 };

describe('placeCard', () => {
  it('puts the card just below the selection, aligned with its left edge', () => {
    expect(placeCard(selection, viewport, 300, 5000)).toEqual({
      top: 1000 + 140 + CARD_GAP_PX,
      left: 200,
      width: CARD_WIDTH_PX,
    });
  });

  it('goes above the selection when below it would make the page taller', () => {
    const place = placeCard(selection, viewport, 300, 1300);
    expect(place.top).toBe(1000 + 100 - CARD_GAP_PX - 300);
  });

  it('on a page too short either way, stays below the selection rather than over it', () => {
    const place = placeCard(
      { ...selection, top: 10, bottom: 30 },
      { ...viewport, scrollY: 0 },
      500,
      520,
    );
    expect(place.top).toBe(30 + CARD_GAP_PX);
  });

  it('keeps the card inside the viewport on the right', () => {
    const place = placeCard({ top: 0, left: 1200, bottom: 20, width: 60, height: 20 }, viewport);
    expect(place.left + place.width).toBe(1280 - CARD_GAP_PX);
  });

  it('shrinks the card to a narrow viewport', () => {
    const place = placeCard(
      { top: 0, left: 10, bottom: 20, width: 60, height: 20 },
      { ...viewport, width: 320 },
    );
    expect(place.width).toBe(320 - 2 * CARD_GAP_PX);
    expect(place.left).toBe(CARD_GAP_PX);
  });

  it('falls back to the top right of the view without a selection rect', () => {
    expect(placeCard(null, viewport)).toEqual({
      top: 1000 + CARD_GAP_PX,
      left: 1280 - CARD_WIDTH_PX - CARD_GAP_PX,
      width: CARD_WIDTH_PX,
    });
  });
});
