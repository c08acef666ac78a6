import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../lib/corpus/parseCorpus';
import seed from '../../lib/match/__tests__/fixtures/seedCorpus.json';
import { documentWords } from '../../lib/match/documentWords';
import { commonInOrder, createOverlapCheck } from '../bench/createOverlapCheck';
import { formatTable } from '../bench/formatTable';
import {
  ABSENT_MAX_OVERLAP,
  heldByAQuote,
  LONG_FROM,
  MAX_WORDS,
  MIN_WORDS,
  makeQueries,
} from '../bench/makeQueries';
import { makeSyntheticCorpus } from '../bench/makeSyntheticCorpus';
import { evenShare, runBench } from '../bench/runBench';
import { grammarSource } from '../bench/SentenceSource';

const real = parseCorpus(seed);
if (!real.ok) throw new Error(real.error.message);

const wordCount = (text: string) => documentWords(text).length;

describe('the benchmark at a tiny size', () => {
  const corpus = makeSyntheticCorpus(real.value, 300);
  const { queries, absentRedrawn } = makeQueries(corpus, 10);

  it('builds a deterministic corpus that keeps the real quotes and is a valid corpus', () => {
    expect(corpus.quotes).toHaveLength(300);
    expect(corpus.quotes.slice(0, seed.quotes.length)).toEqual(real.value.quotes);
    expect(makeSyntheticCorpus(real.value, 300)).toEqual(corpus);
    expect(parseCorpus(corpus).ok).toBe(true);
  });

  it('makes queries of three kinds, the same every time', () => {
    expect(queries.map((q) => q.kind)).toEqual([
      ...Array(10).fill('exact'),
      ...Array(10).fill('edited'),
      ...Array(10).fill('absent'),
    ]);
    expect(makeQueries(corpus, 10)).toEqual({ queries, absentRedrawn });
    for (const q of queries.filter((x) => x.kind === 'exact')) {
      expect(corpus.quotes.find((c) => c.id === q.quoteId)?.text).toContain(q.text);
      expect(q.text.split(' ').length).toBeGreaterThanOrEqual(MIN_WORDS);
      expect(q.text.split(' ').length).toBeLessThanOrEqual(MAX_WORDS);
    }
  });

  it('makes absent texts, short and long in turn, that no quote holds 60% of', () => {
    const absent = queries.filter((x) => x.kind === 'absent');
    expect(absent.map((q) => q.length)).toEqual(Array(5).fill(['short', 'long']).flat());
    const overlap = createOverlapCheck(corpus);
    for (const q of absent) {
      const n = wordCount(q.text);
      expect(n).toBeGreaterThanOrEqual(MIN_WORDS);
      expect(n).toBeLessThanOrEqual(MAX_WORDS);
      expect(n >= LONG_FROM).toBe(q.length === 'long');
      expect(overlap(documentWords(q.text))).toBeLessThan(ABSENT_MAX_OVERLAP);
      // The check against every quote, the slow way, for the text and each of its sentences.
      const pieces = [q.text, ...q.text.split(/(?<=\.)\s+/)]
        .map(documentWords)
        .filter((p) => p.length >= MIN_WORDS);
      for (const c of corpus.quotes) {
        for (const p of pieces) {
          expect(commonInOrder(p, documentWords(c.text)) / p.length).toBeLessThan(
            ABSENT_MAX_OVERLAP,
          );
        }
      }
    }
  });

  it('measures how much of a text one quote holds, in order', () => {
    expect(commonInOrder(['a', 'b', 'c', 'd'], ['x', 'a', 'c', 'y', 'd'])).toBe(3);
    expect(commonInOrder(['a', 'b'], ['b', 'a'])).toBe(1);
    expect(commonInOrder([], ['a'])).toBe(0);
    const overlap = createOverlapCheck(corpus);
    const quote = documentWords(corpus.quotes[120]!.text);
    expect(overlap(quote)).toBe(1);
    expect(overlap(['zzz', 'qqq', ...quote.slice(0, 2)])).toBe(0.5);
    expect(overlap([])).toBe(0);
  });

  it('reads a text as held by a quote when one of its sentences is', () => {
    const overlap = createOverlapCheck(corpus);
    const quote = corpus.quotes[150]!.text;
    const madeUp =
      'Zebras quietly paint violet harbours beneath seven frozen lanterns every morning.';
    expect(heldByAQuote(madeUp, overlap)).toBe(false);
    expect(heldByAQuote(`${madeUp} ${quote}`, overlap)).toBe(true);
  });

  it('gives the baseline an even share of each kind', () => {
    const share = evenShare(queries, 6);
    expect(share.map((q) => q.kind)).toEqual([
      'exact',
      'exact',
      'edited',
      'edited',
      'absent',
      'absent',
    ]);
    expect(share.filter((q) => q.kind === 'absent').map((q) => q.length)).toEqual([
      'short',
      'long',
    ]);
  });

  it('measures engine and baseline on the same queries and prints a table', async () => {
    const r = await runBench(corpus, queries, {
      baselineQueries: 6,
      source: grammarSource,
    });
    expect(r.quotes).toBe(300);
    expect(r.engine.queries).toBe(30);
    expect(r.baseline?.queries).toBe(6);
    expect(r.engine.top1).toBeGreaterThanOrEqual(0.9);
    expect(r.engine.top1Exact).toBe(1);
    expect(r.engine.falseMatchRate).toBeLessThanOrEqual(0.1);
    expect(r.engine.falseMatchRate).toBeCloseTo(
      (r.engine.falseMatchRateShort + r.engine.falseMatchRateLong) / 2,
      2,
    );
    expect(r.engine.indexBytes).toBeGreaterThan(0);
    expect(r.engine.segmentBytes).toBeGreaterThan(r.engine.indexBytes);
    expect(r.engine.addArticleMs).toBeGreaterThan(0);
    expect(formatTable([r]).split('\n')).toHaveLength(4);
  }, 60_000);
});
