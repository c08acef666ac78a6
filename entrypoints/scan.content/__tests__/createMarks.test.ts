// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMarks, type MarkEntry } from '../createMarks';

/** A stand-in for the CSS Custom Highlight API (happy-dom has none): a registry of range sets. */
class FakeHighlight {
  readonly ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}

const QUOTE = 'The northern ferry will run twice a day';

function story(): { entry: (verdict?: MarkEntry['verdict']) => MarkEntry; root: Element } {
  document.body.innerHTML = `<article id="story"><p>Intro line.</p><p id="q">“${QUOTE},” said Mara Lind.</p></article>`;
  const root = document.getElementById('story')!;
  const entry = (verdict: MarkEntry['verdict'] = 'altered'): MarkEntry => {
    const text = document.getElementById('q')!.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 1);
    range.setEnd(text, 1 + QUOTE.length);
    return { id: 'q1', verdict, range, selector: { exact: QUOTE, prefix: '“', suffix: ',”' } };
  };
  return { entry, root };
}

let fakeRegistry = new Map<string, FakeHighlight>();
const registry = () => fakeRegistry;

/** Gives happy-dom's window a highlight registry and `Highlight`, as Chrome 105+ has. */
function installHighlights(): void {
  fakeRegistry = new Map();
  // happy-dom's `CSS` is a getter that makes a new object each time: our own, on the window.
  Object.defineProperty(window, 'CSS', { value: { highlights: fakeRegistry }, configurable: true });
  Object.defineProperty(window, 'Highlight', { value: FakeHighlight, configurable: true });
}

function removeHighlights(): void {
  Reflect.deleteProperty(window, 'CSS');
  Reflect.deleteProperty(window, 'Highlight');
}

describe('createMarks with the CSS Custom Highlight API', () => {
  beforeEach(installHighlights);
  afterEach(() => {
    vi.useRealTimers();
    removeHighlights();
    document.body.innerHTML = '';
  });

  it('one highlight per verdict holds the marked ranges; clearing removes them; nothing is added to the page', () => {
    const { entry, root } = story();
    const before = document.body.innerHTML;
    const marks = createMarks(document, [entry()], { root });
    expect(marks.path).toBe('highlights');
    marks.apply();
    expect([...registry().keys()]).toEqual(['quote-check-altered']);
    expect(
      registry()
        .get('quote-check-altered')!
        .ranges.map((r) => r.toString()),
    ).toEqual([QUOTE]);
    expect(marks.marked()).toEqual(new Set(['q1']));
    expect(marks.boxes()).toEqual([]);
    expect(document.body.innerHTML).toBe(before);
    marks.clear();
    expect(registry().size).toBe(0);
    marks.apply();
    marks.dispose();
    expect(registry().size).toBe(0);
  });

  it('a page that rewrites the paragraph: the mark is found again in the new text, at once', async () => {
    const { entry, root } = story();
    const marks = createMarks(document, [entry('misattributed')], { root });
    marks.apply();
    const markup = root.innerHTML;
    root.innerHTML = markup; // the same words, new nodes
    await new Promise((r) => setTimeout(r, 0));
    const [range] = registry().get('quote-check-misattributed')!.ranges;
    expect(range!.toString()).toBe(QUOTE);
    expect(root.contains(range!.startContainer)).toBe(true);
    marks.dispose();
  });

  it('a quotation the page removes is counted as lost, and unmarked', async () => {
    const { entry, root } = story();
    const onLost = vi.fn();
    const marks = createMarks(document, [entry()], { root, onLost });
    marks.apply();
    expect(onLost).toHaveBeenLastCalledWith(0);
    document.getElementById('q')!.remove();
    await new Promise((r) => setTimeout(r, 0));
    expect(onLost).toHaveBeenLastCalledWith(1);
    expect(registry().has('quote-check-altered')).toBe(false);
    expect(marks.marked().size).toBe(0);
    marks.dispose();
  });

  it('reveal scrolls to the quotation and flashes it, then stops', () => {
    vi.useFakeTimers();
    const { entry, root } = story();
    const scroll = vi.fn();
    Element.prototype.scrollIntoView = scroll;
    const marks = createMarks(document, [entry()], { root });
    marks.apply();
    expect(marks.reveal('q1')).toBe(true);
    expect(scroll).toHaveBeenCalled();
    expect(registry().get('quote-check-flash')!.ranges[0]!.toString()).toBe(QUOTE);
    vi.advanceTimersByTime(5000);
    expect(registry().has('quote-check-flash')).toBe(false);
    // The marks themselves stay.
    expect(registry().has('quote-check-altered')).toBe(true);
    expect(marks.reveal('nope')).toBe(false);
    marks.dispose();
  });
});

describe('createMarks without the API (the fallback)', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('draws boxes in the overlay instead, and touches no highlight registry', () => {
    const { entry, root } = story();
    const onBoxes = vi.fn();
    // happy-dom lays nothing out: give the range one line box.
    const e = entry('verbatim');
    e.range!.getClientRects = () =>
      [
        { left: 10, top: 20, width: 200, height: 18, right: 210, bottom: 38 },
      ] as unknown as DOMRectList;
    const marks = createMarks(document, [e], { root, onBoxes });
    expect(marks.path).toBe('overlay');
    marks.apply();
    expect(onBoxes).toHaveBeenLastCalledWith([
      { id: 'q1', verdict: 'verbatim', left: 10, top: 20, width: 200, height: 18 },
    ]);
    expect(marks.at(50, 30)).toBe('q1');
    expect(marks.at(500, 30)).toBeNull();
    marks.clear();
    expect(onBoxes).toHaveBeenLastCalledWith([]);
    expect(marks.at(50, 30)).toBeNull();
    marks.dispose();
  });

  it('forceOverlay draws boxes even where highlights exist', () => {
    installHighlights();
    const { entry, root } = story();
    const marks = createMarks(document, [entry()], { root, forceOverlay: true });
    expect(marks.path).toBe('overlay');
    marks.apply();
    expect(registry().size).toBe(0);
    marks.dispose();
    removeHighlights();
  });
});
