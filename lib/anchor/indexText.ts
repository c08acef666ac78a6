/**
 * The text of a DOM subtree, ready to search: its Text nodes in document order with the
 * offset each starts at in the root's text (an element's `textContent`), and a searchable
 * copy normalised by `lib/text/normalize` (spacing, quote marks, dashes, case) whose offset
 * map leads back to those offsets. Text that is not page text (scripts, styles, templates)
 * keeps its offsets but is left out of the search; a line break between blocks (`</p><p>`,
 * `<br>`) counts as a space, as a reader sees it.
 *
 * The DOM is passed in: `root.ownerDocument` makes the walker, so the same code runs on
 * the live page, a clone of it, or a linkedom / happy-dom document in Node.
 */
import { type NormalizedText, normalize } from '../text/normalize';
import { NODE, SHOW } from './nodeTypes';

/** Elements whose text the page does not show as text. */
const NOT_PAGE_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TITLE']);

/** Elements that stand on lines of their own: text on either side is never one word. */
const BLOCKS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY BR DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE ' +
    'FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY ' +
    'TD TFOOT TH THEAD TR UL'
  ).split(' '),
);

/** A run of searchable text: where it starts in the search source and in the root's text. */
interface Piece {
  source: number;
  text: number;
  length: number;
}

export interface TextIndex {
  readonly root: Node;
  readonly doc: Document;
  /** Text nodes under the root, in document order. */
  readonly nodes: readonly Text[];
  /** `starts[i]`: offset of `nodes[i]` in the root's text. */
  readonly starts: readonly number[];
  /** Length of the root's text. */
  readonly length: number;
  /** The searchable text, normalised; its offsets lead into the search source. */
  readonly search: NormalizedText;
  readonly pieces: readonly Piece[];
}

const tagOf = (n: Node) =>
  n.nodeType === NODE.ELEMENT ? (n as Element).nodeName.toUpperCase() : '';

export function indexText(root: Node): TextIndex {
  const doc = (root.nodeType === NODE.DOCUMENT ? root : root.ownerDocument) as Document;
  const walker = doc.createTreeWalker(root, SHOW.ELEMENT | SHOW.TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  const source: string[] = [];
  const pieces: Piece[] = [];
  let textAt = 0;
  let sourceAt = 0;
  let hidden: Node | null = null;
  let breakPending = false;
  let lastBlock: Node | null = null;
  const blockCache = new Map<Node, Node>();
  const blockOf = (n: Node): Node => {
    const parent = n.parentNode ?? root;
    let b = blockCache.get(parent);
    if (!b) {
      b = parent;
      while (b !== root && !BLOCKS.has(tagOf(b)) && b.parentNode) b = b.parentNode;
      blockCache.set(parent, b);
    }
    return b;
  };
  for (let n: Node | null = walker.nextNode(); n; n = walker.nextNode()) {
    if (hidden && !hidden.contains(n)) hidden = null;
    if (n.nodeType === NODE.ELEMENT) {
      const tag = tagOf(n);
      if (!hidden && NOT_PAGE_TEXT.has(tag)) hidden = n;
      if (BLOCKS.has(tag)) breakPending = true;
      continue;
    }
    if (n.nodeType !== NODE.TEXT) continue;
    const data = (n as Text).data;
    nodes.push(n as Text);
    starts.push(textAt);
    if (!hidden && data.length > 0) {
      const block = blockOf(n);
      if ((breakPending || block !== lastBlock) && sourceAt > 0) {
        source.push('\n');
        sourceAt += 1;
      }
      breakPending = false;
      lastBlock = block;
      pieces.push({ source: sourceAt, text: textAt, length: data.length });
      source.push(data);
      sourceAt += data.length;
    }
    textAt += data.length;
  }
  return { root, doc, nodes, starts, length: textAt, search: normalize(source.join('')), pieces };
}

/** Last index whose key is ≤ `x` (-1 if none), over keys in ascending order. */
function lastAtMost(n: number, key: (i: number) => number, x: number): number {
  let lo = 0;
  let hi = n - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(mid) <= x) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * A normalised match `[from, to)` as offsets into the root's text: from the first
 * original character of its first normalised character to the last of its last.
 */
export function matchToText(
  index: TextIndex,
  from: number,
  to: number,
): { start: number; end: number } {
  const { search, pieces } = index;
  const sourceStart = search.starts[from]!;
  const sourceEnd = search.ends[to - 1]!;
  const a = pieces[lastAtMost(pieces.length, (i) => pieces[i]!.source, sourceStart)]!;
  // The end is mapped from its last character, so that it never slides past hidden text.
  const b = pieces[lastAtMost(pieces.length, (i) => pieces[i]!.source, sourceEnd - 1)]!;
  return { start: a.text + (sourceStart - a.source), end: b.text + (sourceEnd - b.source) };
}

/** The normalised offset nearest to an offset into the root's text (for a position hint). */
export function textToSearch(index: TextIndex, offset: number): number {
  const { search, pieces } = index;
  const p = lastAtMost(pieces.length, (i) => pieces[i]!.text, offset);
  const piece = pieces[Math.max(0, p)];
  if (!piece) return 0;
  const source = piece.source + Math.min(Math.max(0, offset - piece.text), piece.length);
  return Math.max(
    0,
    lastAtMost(search.starts.length, (i) => search.starts[i]!, source),
  );
}

/**
 * Text node and offset for `[start, end)` of the root's text: the start in the node that
 * holds its first character, the end in the node that holds its last.
 */
export function textToPoints(
  index: TextIndex,
  start: number,
  end: number,
): { startNode: Text; startOffset: number; endNode: Text; endOffset: number } | null {
  const { nodes, starts } = index;
  if (!(start >= 0 && end > start && end <= index.length)) return null;
  let i = lastAtMost(nodes.length, (k) => starts[k]!, start);
  while (i < nodes.length - 1 && starts[i]! + nodes[i]!.data.length <= start) i++;
  let j = lastAtMost(nodes.length, (k) => starts[k]!, end - 1);
  while (j > 0 && nodes[j]!.data.length === 0) j--;
  const startNode = nodes[i];
  const endNode = nodes[j];
  if (!startNode || !endNode) return null;
  return {
    startNode,
    startOffset: start - starts[i]!,
    endNode,
    endOffset: end - starts[j]!,
  };
}
