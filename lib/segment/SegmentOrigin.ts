/** Where a segment's quotes come from: shipped with the extension, or the reader's own. */
export type SegmentOrigin = 'bundled' | 'reader';
