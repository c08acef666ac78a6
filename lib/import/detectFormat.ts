/**
 * Tells the two collection formats apart from a file's first bytes (decompressed), or
 * says why the file cannot be either. Our export (and corpus/quotes.json) is one JSON
 * object that opens with `schemaVersion`, or whose first line is a lone `{`; Quotebank
 * is one JSON object per line (blank lines before either are passed over). A file that is neither is read as Quotebank, whose reader
 * then finds no quotation in it and says the file is no collection.
 */
import { err, ok, type QcError, type Result } from '../result';
import type { CollectionFormat } from './types';

const CORPUS_START = /^\s*\{\s*(?:"schemaVersion"\s*:|$)/;

export function detectFormat(head: Uint8Array): Result<CollectionFormat, QcError> {
  const notCollection = (why: string) => err({ code: 'import-not-collection', message: why });
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    return notCollection('the file is UTF-16 text: save it as UTF-8 and import it again');
  }
  if (head.includes(0)) {
    return notCollection(
      'the file is binary (it holds NUL bytes), not JSON lines nor a Quote Check corpus file',
    );
  }
  // Non-fatal decoding: the head may end inside a character; only its shape matters here.
  const text = new TextDecoder('utf-8').decode(head).replace(/^\uFEFF/, '');
  const firstLine = text.split('\n').find((line) => line.trim() !== '') ?? '';
  return ok(CORPUS_START.test(firstLine) ? 'corpus' : 'quotebank');
}
