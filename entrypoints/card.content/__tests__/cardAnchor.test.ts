// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cornerAnchor, frameAnchor, visibleSelectionRect } from '../cardAnchor';

const rect = (x: number, y: number, width = 100, height = 20) =>
  ({ x, y, width, height, left: x, top: y, right: x + width, bottom: y + height }) as DOMRect;

/** A window 1000 × 800. */
const win = { innerWidth: 1000, innerHeight: 800 } as Window;

describe('visibleSelectionRect', () => {
  it('is the box of the selection’s lines, so the card goes below the last or above the first', () => {
    expect(visibleSelectionRect([rect(40, 100, 500), rect(10, 130, 300)], win)).toMatchObject({
      left: 10,
      top: 100,
      right: 540,
      bottom: 150,
    });
  });

  it('holds only the lines that show when a long selection runs on below the window', () => {
    const lines = [rect(10, 700), rect(10, 760), rect(10, 820), rect(10, 3500)];
    expect(visibleSelectionRect(lines, win)).toMatchObject({ top: 700, bottom: 780 });
  });

  it('skips empty rectangles (line ends), and falls back to the last line when none shows', () => {
    expect(visibleSelectionRect([rect(10, 100), rect(500, 120, 0, 0)], win)).toMatchObject(
      rect(10, 100),
    );
    expect(visibleSelectionRect([rect(10, -300), rect(10, -200)], win)).toEqual(rect(10, -200));
    expect(visibleSelectionRect([], win)).toBeNull();
  });
});

describe('frameAnchor', () => {
  it('is the selection’s rectangle inside the frame, moved by where the frame is now', () => {
    const frame = document.createElement('iframe');
    let top = 300;
    frame.getBoundingClientRect = () => rect(50, top, 600, 400);
    const anchor = frameAnchor(frame, { x: 12, y: 40, width: 80, height: 18 });
    expect(anchor.getBoundingClientRect()).toMatchObject({ x: 62, y: 340, width: 80, height: 18 });
    top = 100; // the page scrolled
    expect(anchor.getBoundingClientRect()).toMatchObject({ x: 62, y: 140 });
    expect(anchor.contextElement).toBe(frame);
  });
});

describe('cornerAnchor', () => {
  it('is the top right corner of the window', () => {
    const anchor = cornerAnchor(window);
    expect(anchor.getBoundingClientRect()).toMatchObject({ y: 0, width: 0, height: 0 });
    expect(anchor.getBoundingClientRect().x).toBe(
      document.documentElement.clientWidth || window.innerWidth,
    );
  });
});
