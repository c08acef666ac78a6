/**
 * The inverse of anchoring: where a DOM Range (a reader's selection) lies in a root's
 * text, as offsets into it (an element's `textContent`). The claim reader can then run
 * the extractor on the paragraph's text and know exactly which characters were selected,
 * instead of searching for the selection again in re-spaced text.
 */
import { err, ok, type QcError, type Result } from '../result';
import { NODE } from './nodeTypes';
import type { TextOffsets } from './types';

/** The boundary points of a Range (a live `Range`, a `StaticRange` or a plain object). */
export interface BoundaryPoints {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

/** Characters of text a node holds (comments and processing instructions hold none). */
function textLength(node: Node): number {
  switch (node.nodeType) {
    case NODE.TEXT:
    case NODE.CDATA_SECTION:
      return (node as CharacterData).data.length;
    case NODE.ELEMENT:
    case NODE.DOCUMENT_FRAGMENT:
      return node.textContent?.length ?? 0;
    case NODE.DOCUMENT:
      return (node as Document).documentElement?.textContent?.length ?? 0;
    default:
      return 0;
  }
}

/** Offset in `root`'s text of the boundary point (container, offset), or null when outside root. */
function offsetOfPoint(root: Node, container: Node, offset: number): number | null {
  let total = 0;
  if (container.nodeType === NODE.TEXT || container.nodeType === NODE.CDATA_SECTION) {
    total = Math.min(Math.max(0, offset), (container as CharacterData).data.length);
  } else {
    const children = container.childNodes;
    const upTo = Math.min(Math.max(0, offset), children.length);
    for (let i = 0; i < upTo; i++) total += textLength(children[i]!);
  }
  let node: Node = container;
  while (node !== root) {
    for (let s = node.previousSibling; s; s = s.previousSibling) total += textLength(s);
    const parent = node.parentNode;
    if (!parent) return null;
    node = parent;
  }
  return total;
}

export function offsetsOfRange(root: Node, range: BoundaryPoints): Result<TextOffsets, QcError> {
  const start = offsetOfPoint(root, range.startContainer, range.startOffset);
  const end = offsetOfPoint(root, range.endContainer, range.endOffset);
  if (start === null || end === null) {
    return err({
      code: 'anchor-outside-root',
      message: 'The selection is not inside the part of the page it was measured against.',
    });
  }
  return ok(start <= end ? { start, end } : { start: end, end: start });
}
