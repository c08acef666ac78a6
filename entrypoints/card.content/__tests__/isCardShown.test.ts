// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isCardShown } from '../isCardShown';

const rect = (x: number, y: number, width: number, height: number) =>
  ({ x, y, width, height, left: x, top: y, right: x + width, bottom: y + height }) as DOMRect;

const win = { innerWidth: 1000, innerHeight: 800 } as Window;

function card(box = rect(100, 100, 400, 300), visible = true) {
  const host = document.createElement('quote-check-card');
  const dialog = document.createElement('div');
  dialog.getBoundingClientRect = () => box;
  for (const element of [host, dialog]) {
    (element as HTMLElement & { checkVisibility: () => boolean }).checkVisibility = () => visible;
  }
  return { host, dialog };
}

describe('isCardShown', () => {
  it('is shown when the card is visible, in the window and on top at its centre', () => {
    const { host, dialog } = card();
    const hits: [number, number][] = [];
    const hit = (x: number, y: number) => {
      hits.push([x, y]);
      return [host];
    };
    expect(isCardShown(host, dialog, win, hit)).toBe(true);
    expect(hits).toEqual([[300, 250]]);
  });

  it('is not when something else is on top (the page laid an element over it)', () => {
    const { host, dialog } = card();
    const cover = document.createElement('div');
    expect(isCardShown(host, dialog, win, () => [cover, host])).toBe(false);
  });

  it('is not when the page’s CSS hides it (display, visibility, opacity)', () => {
    const { host, dialog } = card(undefined, false);
    expect(isCardShown(host, dialog, win, () => [host])).toBe(false);
  });

  it('is not when it has no size or lies outside the window', () => {
    for (const box of [rect(100, 100, 0, 0), rect(100, 900, 400, 300), rect(-600, 100, 400, 300)]) {
      const { host, dialog } = card(box);
      expect(isCardShown(host, dialog, win, () => [host])).toBe(false);
    }
  });

  it('measures only the part inside the window: a card partly below the fold is shown', () => {
    const { host, dialog } = card(rect(100, 700, 400, 300));
    const hits: [number, number][] = [];
    const hit = (x: number, y: number) => {
      hits.push([x, y]);
      return [host];
    };
    expect(isCardShown(host, dialog, win, hit)).toBe(true);
    expect(hits).toEqual([[300, 750]]);
  });
});
