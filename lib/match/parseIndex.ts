/** Reads `corpus/index.json` (untrusted JSON) back into a `ShingleIndex`, checking its shape. */
import { err, ok, type QcError, type Result } from '../result';
import { decodeUint32 } from './base64';
import { INDEX_FORMAT_NAME } from './indexToJson';
import { INDEX_FORMAT_VERSION, type ShingleIndex } from './ShingleIndex';

const bad = (message: string): Result<ShingleIndex, QcError> =>
  err({ code: 'index-invalid', message });

export function parseIndex(json: unknown): Result<ShingleIndex, QcError> {
  if (typeof json !== 'object' || json === null) return bad('the index must be a JSON object');
  const o = json as Record<string, unknown>;
  if (o.format !== INDEX_FORMAT_NAME)
    return bad(`the index's "format" must be "${INDEX_FORMAT_NAME}"`);
  if (o.version !== INDEX_FORMAT_VERSION) {
    return bad(
      `the index is format version ${String(o.version)}, expected ${INDEX_FORMAT_VERSION}`,
    );
  }
  const { fingerprint, docCount, quoteCount } = o;
  if (typeof fingerprint !== 'string') return bad('the index has no "fingerprint"');
  if (!Number.isInteger(docCount) || !Number.isInteger(quoteCount)) {
    return bad('the index\'s "docCount" and "quoteCount" must be integers');
  }
  const arrays: Uint32Array[] = [];
  for (const name of ['keys', 'offsets', 'postings'] as const) {
    const v = o[name];
    const decoded = typeof v === 'string' ? decodeUint32(v) : null;
    if (decoded === null) return bad(`the index's "${name}" is not base64 of 32-bit words`);
    arrays.push(decoded);
  }
  const [keys, offsets, postings] = arrays as [Uint32Array, Uint32Array, Uint32Array];
  if (offsets.length !== keys.length + 1 || offsets[keys.length] !== postings.length) {
    return bad('the index\'s "offsets" do not fit its "keys" and "postings"');
  }
  // Lookups binary-search the keys and read each key's postings between its offsets:
  // keys out of order would miss silently, offsets that go back would read other keys'.
  for (let i = 1; i < keys.length; i++) {
    if (keys[i]! <= keys[i - 1]!) return bad('the index\'s "keys" are not sorted and distinct');
  }
  for (let i = 1; i < offsets.length; i++) {
    if (offsets[i]! < offsets[i - 1]!) return bad('the index\'s "offsets" go backwards');
  }
  const docs = docCount as number;
  for (let i = 0; i < postings.length; i++) {
    if (postings[i]! >= docs) return bad('the index refers to a document it does not count');
  }
  return ok({
    fingerprint,
    docCount: docs,
    quoteCount: quoteCount as number,
    keys,
    offsets,
    postings,
  });
}
