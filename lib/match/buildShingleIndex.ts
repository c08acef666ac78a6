/** Builds the retrieval index of a corpus (quotes, then narration). */
import type { Corpus } from '../corpus/schema';
import { corpusFingerprint } from './corpusFingerprint';
import { documentWords } from './documentWords';
import type { ShingleIndex } from './ShingleIndex';
import { shingleKeys } from './shingleKeys';

/**
 * Postings are sorted as one number `key * DOC_SPACE + doc` (exact below 2^53), which
 * a Float64Array sorts natively, far faster than sorting pairs with a comparator.
 */
const DOC_SPACE = 2 ** 21;

export function buildShingleIndex(corpus: Corpus): ShingleIndex {
  const texts = [...corpus.quotes.map((q) => q.text), ...corpus.narration.map((n) => n.text)];
  if (texts.length >= DOC_SPACE)
    throw new RangeError(`index holds at most ${DOC_SPACE - 1} documents`);
  const perDoc = texts.map((t) => shingleKeys(documentWords(t)));
  const total = perDoc.reduce((n, k) => n + k.length, 0);
  const packed = new Float64Array(total);
  let p = 0;
  perDoc.forEach((keys, doc) => {
    for (const key of keys) packed[p++] = key * DOC_SPACE + doc;
  });
  packed.sort();
  const keys: number[] = [];
  const offsets: number[] = [];
  const postings = new Uint32Array(total);
  let last = -1;
  for (let i = 0; i < total; i++) {
    const v = packed[i]!;
    const key = Math.floor(v / DOC_SPACE);
    if (key !== last) {
      keys.push(key);
      offsets.push(i);
      last = key;
    }
    postings[i] = v - key * DOC_SPACE;
  }
  offsets.push(total);
  return {
    fingerprint: corpusFingerprint(corpus),
    docCount: texts.length,
    quoteCount: corpus.quotes.length,
    keys: Uint32Array.from(keys),
    offsets: Uint32Array.from(offsets),
    postings,
  };
}
