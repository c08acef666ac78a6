import { article, read } from './inventedArticle.ts';
import type { Variant } from './structureVariants.ts';

const norm = (s: string) => s.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

/**
 * What the extractor gives a variant's quotation: the named speakers of the quotes holding
 * its probe words ([] when none names a person), and whether that is what the row expects.
 */
export function checkVariant(v: Variant): { named: string[]; holds: boolean } {
  const quotes = read(article(...v.paragraphs)).quotes.filter((q) =>
    norm(q.text).includes(norm(v.probe)),
  );
  const named = [...new Set(quotes.flatMap((q) => (q.speaker ? [q.speaker] : [])))];
  const holds =
    v.speaker === null ? named.length === 0 : named.length === 1 && named[0] === v.speaker;
  return { named, holds };
}
