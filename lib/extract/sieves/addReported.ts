import type { ArticleDoc, Link, Para } from './types.ts';

/** Adds a reported-speech candidate a sieve found, already linked to its evidence. */
export function addReported(
  doc: ArticleDoc,
  para: Para,
  sentence: number,
  start: number,
  end: number,
  link: Link,
): void {
  doc.candidates.push({
    id: doc.candidates.length,
    para: para.index,
    sentence,
    start,
    end,
    text: para.text.slice(start, end),
    kind: 'reported',
    span: null,
    token: -1,
    maybe: false,
    chain: null,
    link,
    problem: null,
  });
}
