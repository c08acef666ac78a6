/** DOM node types and tree-walker flags by number: lib/ has no DOM globals to read them from. */
export const NODE = Object.freeze({
  ELEMENT: 1,
  TEXT: 3,
  CDATA_SECTION: 4,
  DOCUMENT: 9,
  DOCUMENT_FRAGMENT: 11,
});

export const SHOW = Object.freeze({ ELEMENT: 0x1, TEXT: 0x4 });
