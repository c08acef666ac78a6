/**
 * How much of a text one quote of the corpus already holds: the largest share of the
 * text's words that some quote contains in the same order (longest common subsequence
 * of words over the text's word count). The benchmark uses it to keep an `absent` text
 * honest: a made-up sentence that shares most of its words, in order, with a real quote
 * is an edit of that quote, not words nobody said.
 */
import type { Corpus } from '../../lib/corpus/schema';
import { documentWords } from '../../lib/match/documentWords';

export function createOverlapCheck(corpus: Corpus): (words: readonly string[]) => number {
  const docs = corpus.quotes.map((q) => documentWords(q.text));
  const postings = new Map<string, number[]>();
  docs.forEach((words, doc) => {
    for (const w of new Set(words)) {
      const list = postings.get(w);
      if (list) list.push(doc);
      else postings.set(w, [doc]);
    }
  });
  const bound = new Uint16Array(docs.length);
  return (words) => {
    if (words.length === 0) return 0;
    // An upper bound per quote (the text's words it holds, repeats counted), so that
    // the exact in-order count runs only where it could beat the best so far.
    const counts = new Map<string, number>();
    for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
    const touched: number[] = [];
    for (const [w, n] of counts) {
      for (const doc of postings.get(w) ?? []) {
        if (bound[doc] === 0) touched.push(doc);
        bound[doc] = bound[doc]! + n;
      }
    }
    touched.sort((a, b) => bound[b]! - bound[a]! || a - b);
    let best = 0;
    for (const doc of touched) {
      if (bound[doc]! <= best) break;
      best = Math.max(best, commonInOrder(words, docs[doc]!));
    }
    for (const doc of touched) bound[doc] = 0;
    return best / words.length;
  };
}

/** Length of the longest common subsequence of two word lists. */
export function commonInOrder(a: readonly string[], b: readonly string[]): number {
  let prev = new Uint16Array(b.length + 1);
  let cur = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}
