/**
 * The prebuilt index as JSON (`corpus/index.json`): a fixed key order and base64
 * arrays, so the same corpus always gives the same bytes.
 */
import { encodeUint32 } from './base64';
import { INDEX_FORMAT_VERSION, type ShingleIndex } from './ShingleIndex';

export const INDEX_FORMAT_NAME = 'quote-check-index';

export interface IndexJson {
  format: typeof INDEX_FORMAT_NAME;
  version: number;
  fingerprint: string;
  docCount: number;
  quoteCount: number;
  keys: string;
  offsets: string;
  postings: string;
}

export function indexToJson(index: ShingleIndex): IndexJson {
  return {
    format: INDEX_FORMAT_NAME,
    version: INDEX_FORMAT_VERSION,
    fingerprint: index.fingerprint,
    docCount: index.docCount,
    quoteCount: index.quoteCount,
    keys: encodeUint32(index.keys),
    offsets: encodeUint32(index.offsets),
    postings: encodeUint32(index.postings),
  };
}
