/**
 * A short hash of everything the index depends on (index format, and the ids and
 * texts of quotes and narration, in order). An index whose fingerprint differs from
 * the corpus's is stale and is rebuilt rather than trusted.
 */
import type { Corpus } from '../corpus/schema';
import { hashString } from './hashString';
import { INDEX_FORMAT_VERSION } from './ShingleIndex';

/** Two independent 32-bit hashes make an accidental collision negligible. */
const SEEDS = [0x811c9dc5, 0x2545f491] as const;

export function corpusFingerprint(corpus: Corpus): string {
  return SEEDS.map((seed) => {
    let h = hashString(`qc-index-v${INDEX_FORMAT_VERSION}`, seed);
    for (const q of corpus.quotes) h = hashString(`\u0002${q.id}\u0003${q.text}`, h);
    for (const n of corpus.narration) h = hashString(`\u0004${n.id}\u0003${n.text}`, h);
    return h.toString(16).padStart(8, '0');
  }).join('');
}
