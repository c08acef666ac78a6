/**
 * The scan's marks in the live page, without touching its DOM. Where the browser has the
 * CSS Custom Highlight API (Chrome and Edge 105+, Firefox 140+, Safari 17.2+) each verdict
 * is one `Highlight` in `CSS.highlights`, styled by the style sheet the worker
 * inserted; elsewhere (older Firefox ESR, older Chromium) boxes are drawn over the words'
 * line rectangles in our own shadow-root overlay (`drawBoxes`). Ranges are live: when the
 * page rewrites a marked paragraph, the mark is found again in the article's text
 * (`lib/anchor`), or counted as lost.
 */
import { anchorInIndex } from '../../lib/anchor/anchorQuote';
import { indexText } from '../../lib/anchor/indexText';
import type { QuoteSelector } from '../../lib/anchor/types';
import { markAt } from '../../lib/scan/markAt';
import {
  FLASH_HIGHLIGHT,
  highlightName,
  MARKED_VERDICTS,
  type MarkedVerdict,
} from '../../lib/scan/markStyles';
import type { MarkPath } from '../../lib/scan/types';

export interface MarkEntry {
  id: string;
  verdict: MarkedVerdict;
  range: Range | null;
  selector: QuoteSelector;
}

/** A box of the overlay: one line of a marked quotation, in window coordinates. */
export interface MarkBox {
  id: string;
  verdict: MarkedVerdict | 'flash';
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Marks {
  readonly path: MarkPath;
  /** Ids of the entries marked now. */
  marked(): Set<string>;
  /** Draws the marks (again); finds moved quotations first. */
  apply(): void;
  /** Removes every mark from the page (the entries stay, so `apply` can put them back). */
  clear(): void;
  /** The mark under a point of the window, if any. */
  at(x: number, y: number): string | null;
  range(id: string): Range | null;
  /** Scrolls the page to a mark and flashes it. */
  reveal(id: string): boolean;
  /** The overlay's boxes now (overlay path only). */
  boxes(): MarkBox[];
  dispose(): void;
}

export interface MarksOptions {
  /** The article's root in the page, where moved quotations are looked for again. */
  root: Element | null;
  /** Draw boxes even where highlights exist (the test build checks the fallback this way). */
  forceOverlay?: boolean;
  /** The overlay's boxes changed (overlay path), or a flash started or ended. */
  onBoxes?: (boxes: MarkBox[]) => void;
  /** Quotations could not be found again after the page changed them. */
  onLost?: (lost: number) => void;
}

/** How long and how often a revealed mark flashes; with reduced motion it shows once, steady. */
const FLASH_MS = 350;
const FLASH_TIMES = 3;
const STEADY_FLASH_MS = 1500;
/**
 * Marks moved by the page are found again at once while that costs at most this (a frame
 * at 60 Hz is 16 ms: half of it); past that, after a pause of `RECHECK_MS`, not at every
 * change of a page that changes constantly.
 */
const FOLLOW_BUDGET_MS = 8;
const RECHECK_MS = 300;

type HighlightCtor = new (...ranges: Range[]) => object;
interface HighlightRegistryLike {
  set(name: string, highlight: object): unknown;
  delete(name: string): boolean;
}

function highlightApi(
  win: Window,
): { registry: HighlightRegistryLike; Highlight: HighlightCtor } | null {
  const css = (win as unknown as { CSS?: { highlights?: HighlightRegistryLike } }).CSS;
  const Highlight = (win as unknown as { Highlight?: HighlightCtor }).Highlight;
  if (!css?.highlights || typeof Highlight !== 'function') return null;
  return { registry: css.highlights, Highlight };
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

export function createMarks(doc: Document, entries: MarkEntry[], options: MarksOptions): Marks {
  const win = doc.defaultView!;
  const api = options.forceOverlay ? null : highlightApi(win);
  const path: MarkPath = api ? 'highlights' : 'overlay';
  /** The text each range held when it was marked: a range that no longer holds it moved. */
  const heldText = new Map<string, string>();
  for (const e of entries) if (e.range) heldText.set(e.id, squash(e.range.toString()));
  let shown = false;
  let flashing: { id: string; on: boolean } | null = null;
  let timers: ReturnType<typeof setTimeout>[] = [];
  let lastLost = -1;

  const holds = (e: MarkEntry) =>
    e.range !== null &&
    !e.range.collapsed &&
    e.range.startContainer.isConnected &&
    squash(e.range.toString()) === heldText.get(e.id);

  /** Finds again the quotations whose ranges the page changed; the others stay. */
  const refind = () => {
    const moved = entries.filter((e) => !holds(e));
    if (moved.length === 0) return;
    const scope = options.root?.isConnected ? options.root : doc.body;
    if (!scope) return;
    const index = indexText(scope);
    for (const e of moved) {
      const found = anchorInIndex(index, e.selector);
      e.range = found.ok ? found.value.range : null;
      if (e.range) heldText.set(e.id, squash(e.range.toString()));
    }
  };

  const markedEntries = () => entries.filter((e) => e.range && !e.range.collapsed);

  const boxes = (): MarkBox[] => {
    // Highlights draw themselves; boxes are the fallback's only.
    if (api || (!shown && !flashing)) return [];
    const out: MarkBox[] = [];
    for (const e of markedEntries()) {
      const verdict = flashing?.id === e.id && flashing.on ? 'flash' : e.verdict;
      if (!shown && verdict !== 'flash') continue;
      for (const r of e.range!.getClientRects()) {
        if (r.width === 0 || r.height === 0) continue;
        out.push({ id: e.id, verdict, left: r.left, top: r.top, width: r.width, height: r.height });
      }
    }
    return out;
  };

  const draw = () => {
    if (api) {
      for (const v of MARKED_VERDICTS) {
        const ranges = shown
          ? markedEntries()
              .filter((e) => e.verdict === v)
              .map((e) => e.range!)
          : [];
        if (ranges.length > 0) api.registry.set(highlightName(v), new api.Highlight(...ranges));
        else api.registry.delete(highlightName(v));
      }
      const flash = flashing?.on ? entries.find((e) => e.id === flashing!.id)?.range : null;
      if (flash) api.registry.set(FLASH_HIGHLIGHT, new api.Highlight(flash));
      else api.registry.delete(FLASH_HIGHLIGHT);
    } else {
      options.onBoxes?.(boxes());
    }
  };

  const reportLost = () => {
    const lost = entries.filter((e) => !e.range || e.range.collapsed).length;
    if (lost !== lastLost) {
      lastLost = lost;
      options.onLost?.(lost);
    }
  };

  // Page changes: find moved quotations again and redraw, in the observer's callback (a
  // microtask after the change, before the page paints it) while that stays cheap; after
  // a costly search, at most every RECHECK_MS (a page that rewrites itself constantly).
  let recheck: ReturnType<typeof setTimeout> | undefined;
  let lastCost = 0;
  const follow = () => {
    if (!entries.some((e) => !holds(e))) return;
    const t0 = win.performance.now();
    refind();
    draw();
    reportLost();
    lastCost = win.performance.now() - t0;
  };
  const observer = new win.MutationObserver(() => {
    if (!shown) return;
    if (lastCost <= FOLLOW_BUDGET_MS) {
      follow();
      return;
    }
    if (recheck !== undefined) return;
    recheck = setTimeout(() => {
      recheck = undefined;
      follow();
    }, RECHECK_MS);
  });
  if (doc.body) observer.observe(doc.body, { childList: true, subtree: true, characterData: true });

  // The overlay's boxes follow scrolling (of the page or any container) and resizing.
  let frame = 0;
  const relayout = () => {
    if (api || frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      options.onBoxes?.(boxes());
    });
  };
  if (!api) {
    win.addEventListener('scroll', relayout, { capture: true, passive: true });
    win.addEventListener('resize', relayout, { passive: true });
  }

  const stopFlash = () => {
    for (const id of timers) clearTimeout(id);
    timers = [];
    flashing = null;
  };

  return {
    path,
    marked: () => new Set(markedEntries().map((e) => e.id)),
    apply() {
      refind();
      shown = true;
      draw();
      reportLost();
    },
    clear() {
      shown = false;
      stopFlash();
      draw();
    },
    at(x, y) {
      if (!shown) return null;
      return markAt(
        x,
        y,
        markedEntries().map((e) => ({ id: e.id, rects: [...e.range!.getClientRects()] })),
      );
    },
    range: (id) => entries.find((e) => e.id === id)?.range ?? null,
    reveal(id) {
      if (!shown) this.apply();
      const entry = entries.find((e) => e.id === id);
      if (!entry?.range || entry.range.collapsed) return false;
      const reduced = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
      const start = entry.range.startContainer;
      const element = start.nodeType === 1 ? (start as Element) : start.parentElement;
      element?.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
      stopFlash();
      flashing = { id, on: true };
      draw();
      if (reduced) {
        timers.push(
          setTimeout(() => {
            flashing = null;
            draw();
          }, STEADY_FLASH_MS),
        );
      } else {
        for (let i = 1; i <= FLASH_TIMES * 2; i++) {
          timers.push(
            setTimeout(() => {
              flashing = i < FLASH_TIMES * 2 ? { id, on: i % 2 === 0 } : null;
              draw();
            }, i * FLASH_MS),
          );
        }
      }
      // The overlay's boxes follow the smooth scroll.
      if (!api) for (let t = 50; t < 1000; t += 100) timers.push(setTimeout(relayout, t));
      return true;
    },
    boxes,
    dispose() {
      observer.disconnect();
      clearTimeout(recheck);
      stopFlash();
      if (frame) win.cancelAnimationFrame(frame);
      win.removeEventListener('scroll', relayout, { capture: true });
      win.removeEventListener('resize', relayout);
      shown = false;
      draw();
    },
  };
}
