/** Elements whose text is never page text. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** One text node's share of a block's text: `[start, end)` in the text, and the node. */
export interface TextPiece {
  node: Node;
  /** Where the node's characters start in the block's text, after spaces are collapsed. */
  start: number;
  end: number;
  /** For each character of the block's text in this piece, its offset in `node.data`. */
  offsets: number[];
}

export interface BlockText {
  text: string;
  pieces: TextPiece[];
}

/**
 * The text of a block element as a reader sees it: its text nodes in document order
 * (scripts, styles and buttons left out), runs of white space collapsed to one space,
 * trimmed. Keeps, for every character, the text node and offset it came from, so an
 * offset into the text maps back to a DOM position (`locateText`). No DOM globals: the
 * document may be linkedom's in Node or the page's in a content script.
 */
export function blockText(element: Element): BlockText {
  const pieces: TextPiece[] = [];
  let text = '';
  let pendingSpace = false;
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === ELEMENT_NODE) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIP.has(tag)) continue;
        if (tag === 'BR') pendingSpace = text !== '';
        walk(child);
      } else if (child.nodeType === TEXT_NODE) {
        const data = (child as Text).data;
        const offsets: number[] = [];
        const start = text.length;
        for (let i = 0; i < data.length; i++) {
          const c = data[i]!;
          if (/\s/.test(c)) {
            pendingSpace = text !== '';
            continue;
          }
          if (pendingSpace) {
            text += ' ';
            offsets.push(i);
            pendingSpace = false;
          }
          text += c;
          offsets.push(i);
        }
        if (offsets.length > 0) pieces.push({ node: child, start, end: text.length, offsets });
      }
    }
  };
  walk(element);
  return { text, pieces };
}

/**
 * The DOM position of a character offset into a block's text (`blockText`): the text
 * node and the offset in its data. `end` positions (just after a character) are given
 * as the offset after that character in its node.
 */
export function locateText(
  block: BlockText,
  offset: number,
  side: 'start' | 'end',
): { node: Node; offset: number } | null {
  const at = side === 'start' ? offset : offset - 1;
  for (const piece of block.pieces) {
    if (at < piece.start || at >= piece.end) continue;
    const inNode = piece.offsets[at - piece.start]!;
    return { node: piece.node, offset: side === 'start' ? inNode : inNode + 1 };
  }
  return null;
}
