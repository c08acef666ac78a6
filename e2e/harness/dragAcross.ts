import type { CharBox } from './passageEnds';

/** The mouse of a Playwright or a puppeteer page: all a drag needs. */
export interface DragMouse {
  move(x: number, y: number, options?: { steps?: number }): Promise<void>;
  down(): Promise<void>;
  up(): Promise<void>;
}

/** Pixels inside a character's box where the drag starts and ends: off the glyph's edge, so the nearest caret stop is that edge. */
const EDGE_INSET_PX = 1;
/** Mouse-move steps of the drag, so the page sees a real drag rather than a jump. */
const DRAG_STEPS = 12;

/** Drags the mouse as a reader does, from the first character's start to the last one's end. */
export async function dragAcross(
  mouse: DragMouse,
  { first, last }: { first: CharBox; last: CharBox },
): Promise<void> {
  await mouse.move(first.x + EDGE_INSET_PX, first.y + first.height / 2);
  await mouse.down();
  await mouse.move(last.x + last.width - EDGE_INSET_PX, last.y + last.height / 2, {
    steps: DRAG_STEPS,
  });
  await mouse.up();
}
