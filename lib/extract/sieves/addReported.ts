import type { QuoteKind } from '../../corpus/schema.ts';
import type { ArticleDoc, Link, Para } from './types.ts';

/**
 * Adds a candidate a sieve found, already linked to its evidence: reported speech, or
 * (`kind` 'direct') words a sieve lifts out of another quotation (`nestedQuotes`).
 */
export function addReported(
  doc: ArticleDoc,
  para: Para,
  sentence: number,
  start: number,
  end: number,
  link: Link,
  kind: QuoteKind = 'reported',
): void {
  doc.candidates.push({
    id: doc.candidates.length,
    para: para.index,
    sentence,
    start,
    end,
    text: para.text.slice(start, end),
    kind,
    span: null,
    token: -1,
    maybe: false,
    chain: null,
    link,
    problem: null,
  });
}
