/**
 * Whether the reader can see the card: its dialog rendered, with a size, inside the
 * window, and on top at its centre (the page may hide it with its CSS, or lay something
 * over it). When not, the background opens the popup instead. `elementsFromPoint` is
 * passed in so that a test can stand in for the browser's hit testing.
 */
export function isCardShown(
  host: HTMLElement,
  dialog: HTMLElement,
  win: Window,
  elementsFromPoint: (x: number, y: number) => Element[] = (x, y) =>
    win.document.elementsFromPoint(x, y),
): boolean {
  for (const element of [host, dialog]) {
    if (
      typeof element.checkVisibility === 'function' &&
      !element.checkVisibility({ opacityProperty: true, visibilityProperty: true })
    ) {
      return false;
    }
  }
  const box = dialog.getBoundingClientRect();
  const left = Math.max(0, box.left);
  const top = Math.max(0, box.top);
  const right = Math.min(win.innerWidth, box.right);
  const bottom = Math.min(win.innerHeight, box.bottom);
  if (right - left < 1 || bottom - top < 1) return false;
  // Hit testing in the document stops at the shadow host: the card's, if it is on top.
  return elementsFromPoint((left + right) / 2, (top + bottom) / 2)[0] === host;
}
