import { describe, expect, it, vi } from 'vitest';
import { parseCorpus } from '../../corpus/parseCorpus';
import type { Corpus } from '../../corpus/schema';
import { segmentOf, setOf } from '../../segment/__tests__/segmentOf';
import { SegmentSet } from '../../segment/SegmentSet';
import { documentWords } from '../documentWords';
import { loadMatcher } from '../loadMatcher';
import { makeScratch, retrieveCandidates } from '../retrieveCandidates';
import seed from './fixtures/seedCorpus.json';

const corpus = (() => {
  const r = parseCorpus(seed);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
})();

/** A corpus of these texts as quotes of one article (no narration). */
const quotesOf = (texts: readonly string[], prefix = 'x'): Corpus => ({
  ...corpus,
  articles: [{ ...corpus.articles[0]!, id: prefix }],
  quotes: texts.map((text, i) => ({
    ...corpus.quotes[0]!,
    id: `${prefix}#${i + 1}`,
    articleId: prefix,
    text,
  })),
  narration: [],
});

const retrieve = (set: SegmentSet, words: string[], options = {}) =>
  retrieveCandidates(set.entries, words, makeScratch(), options);

describe('retrieval', () => {
  it('retrieves the quote an excerpt comes from first', () => {
    const set = new SegmentSet([segmentOf(corpus)]);
    corpus.quotes.forEach((q, i) => {
      const words = documentWords(q.text);
      if (words.length < 4) return;
      const top = retrieve(set, words.slice(0, 6));
      expect(top.map((c) => c.doc)).toContain(i);
    });
  });

  it('scans at most the posting cap per key', () => {
    const set = setOf(
      quotesOf(Array.from({ length: 500 }, (_, i) => `the same common words ${i}`)),
    );
    const top = retrieve(set, ['the', 'same', 'common', 'words'], { limit: 12, maxPostings: 50 });
    expect(top.length).toBe(12);
    expect(Math.max(...top.map((c) => c.doc))).toBeLessThan(50);
  });

  it('rescores its best documents with the common keys it did not scan', () => {
    // 60 documents of common words, 30 of others, then 40 that share one rarer word
    // ("needle"); the last of them also holds the common words (in 47% of documents:
    // common, but not so common that every candidate holds them). Only the common keys
    // tell it apart. 200 documents pad the first list past the skip block.
    const texts = [
      ...Array.from({ length: 60 }, (_, i) => `of the plan pad${i}`),
      ...Array.from({ length: 30 }, (_, i) => `filler w${i}`),
      ...Array.from({ length: 39 }, (_, i) => `needle z${i}`),
      'needle x of the plan',
    ];
    const set = setOf(quotesOf(texts));
    const words = ['needle', 'of', 'the', 'plan'];
    const rescored = retrieve(set, words, { limit: 3, maxPostings: 50 });
    expect(rescored[0]?.doc).toBe(129);
    // Without a pool larger than the answer, it ties with 39 others on "needle" and loses.
    const narrow = retrieve(set, words, { limit: 3, maxPostings: 50, pool: 3 });
    expect(narrow.map((c) => c.doc)).not.toContain(129);
  });

  it('leaves out the commonest keys once the rarer ones have scanned their budget of postings', () => {
    // 400 documents of the same common words (in 44% of all: common, but not so common
    // that every candidate holds them); one of them also holds two rare ones.
    const texts = Array.from({ length: 400 }, (_, i) => `alpha beta gamma delta n${i}`);
    texts[123] = 'zephyr quokka alpha beta gamma delta';
    const set = setOf(quotesOf([...texts, ...Array.from({ length: 500 }, (_, i) => `w${i}`)]));
    const index = set.segments[0]!.index;
    const decoded = vi.spyOn(index, 'decode');
    const opened: number[] = [];
    const cursor = index.cursor.bind(index);
    vi.spyOn(index, 'cursor').mockImplementation(() => {
      const c = cursor();
      const open = c.open.bind(c);
      c.open = (pos) => {
        opened.push(pos);
        open(pos);
      };
      return c;
    });
    const words = ['zephyr', 'quokka', 'alpha', 'beta', 'gamma', 'delta'];
    // Without a budget every key of the selection is scanned or looked up: 11 keys.
    const all = retrieve(set, words, { scanBudget: Number.POSITIVE_INFINITY });
    expect(all[0]?.doc).toBe(123);
    expect(decoded.mock.calls.length + opened.length).toBe(11);
    decoded.mockClear();
    opened.length = 0;
    // With one: the four rare keys and "alpha" (which takes the scan past 50 postings);
    // the other six, the commonest, are neither scanned nor looked up, and the answer holds.
    const budgeted = retrieve(set, words, { scanBudget: 50 });
    expect(budgeted[0]?.doc).toBe(123);
    expect(decoded).toHaveBeenCalledTimes(5);
    expect(opened).toEqual([]);
  });

  it('looks up a key too long to scan in pass 2 when it came before the budget was spent, even if a later key spends it', () => {
    // Segment a: "mid" is in 60 documents (over the posting cap of 50), "hot" in two; segment
    // b holds "hot" 100 times more, so over both "mid" (60) is the rarer and comes first. In
    // a, "r1" and "r2" scan 4 postings, "mid" is too long to scan, then "hot" scans 2 and
    // takes the scan past the budget of 5. Documents 0 and 1 tie on "r1", "r2" and "hot"
    // (no pair of the selection is printed in either); only "mid" tells document 1 apart.
    const a = quotesOf(
      ['hot r2 r1 d', 'hot mid r2 r1', ...Array.from({ length: 59 }, (_, i) => `mid p${i}`)],
      'a',
    );
    const b = quotesOf(
      Array.from({ length: 100 }, (_, i) => `hot b${i}`),
      'b',
    );
    const top = retrieve(setOf(a, b), ['r1', 'r2', 'mid', 'hot'], {
      maxPostings: 50,
      scanBudget: 5,
    });
    expect(top[0]).toMatchObject({ seg: 0, doc: 1 });
    expect(top[1]).toMatchObject({ seg: 0, doc: 0 });
  });

  it('finds a common key of a long posting list through its skip blocks', () => {
    // 1,000 documents hold "alpha beta"; one of them, far down the list, holds "gamma" too.
    const texts = Array.from({ length: 1000 }, (_, i) => `alpha beta n${i}`);
    texts[777] = 'alpha beta gamma';
    const set = setOf(
      quotesOf([...texts, ...Array.from({ length: 1200 }, (_, i) => `other ${i}`)]),
    );
    const top = retrieve(set, ['gamma', 'alpha', 'beta'], { limit: 1, maxPostings: 100 });
    expect(top[0]?.doc).toBe(777);
  });

  it('searches every segment, ranks them together and counts rarity over all of them', () => {
    const a = quotesOf(['we will build the bridge', 'the river is wide'], 'a');
    const b = quotesOf(['the bridge will open in spring', 'we will build the tunnel'], 'b');
    const set = setOf(a, b);
    const top = retrieve(set, documentWords('we will build the tunnel'));
    expect(top[0]).toMatchObject({ seg: 1, doc: 1 });
    expect(top.some((c) => c.seg === 0 && c.doc === 0)).toBe(true);
    // Rarity over both: "bridge" is in one document of each, "tunnel" in one of four.
    const alone = setOf(b);
    const both = retrieve(set, ['tunnel']).find((c) => c.seg === 1)!.score;
    const single = retrieve(alone, ['tunnel'])[0]!.score;
    expect(both).toBeCloseTo(Math.log(1 + 4 / 1));
    expect(single).toBeCloseTo(Math.log(1 + 2 / 1));
  });

  it('never returns a document of a removed article', () => {
    const set = setOf(
      quotesOf(['we will build the bridge'], 'a'),
      quotesOf(['we will build the bridge'], 'b'),
    );
    expect(retrieve(set, documentWords('we will build the bridge')).map((c) => c.seg)).toEqual([
      0, 1,
    ]);
    expect(set.removeArticle('a')).toHaveLength(1);
    expect(retrieve(set, documentWords('we will build the bridge')).map((c) => c.seg)).toEqual([1]);
  });
});

describe('loadMatcher', () => {
  it('returns the corpus error as a value', () => {
    expect(loadMatcher({ schemaVersion: 1 })).toMatchObject({
      ok: false,
      error: { code: 'corpus-invalid' },
    });
  });
});
