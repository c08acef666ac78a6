import type { Corpus } from './schema.ts';

/** The bytes of `corpus/quotes.json`: two-space JSON and a final newline, so rebuilds diff cleanly. */
export function serializeCorpus(corpus: Corpus): string {
  return `${JSON.stringify(corpus, null, 2)}\n`;
}
