import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../lib/corpus/parseCorpus';
import seed from '../../lib/match/__tests__/fixtures/seedCorpus.json';
import { formatTable } from '../bench/formatTable';
import { makeQueries } from '../bench/makeQueries';
import { makeSyntheticCorpus } from '../bench/makeSyntheticCorpus';
import { runBench } from '../bench/runBench';

const real = parseCorpus(seed);
if (!real.ok) throw new Error(real.error.message);

describe('the benchmark at a tiny size', () => {
  const corpus = makeSyntheticCorpus(real.value, 300);

  it('builds a deterministic corpus that keeps the real quotes and is a valid corpus', () => {
    expect(corpus.quotes).toHaveLength(300);
    expect(corpus.quotes.slice(0, seed.quotes.length)).toEqual(real.value.quotes);
    expect(makeSyntheticCorpus(real.value, 300)).toEqual(corpus);
    expect(parseCorpus(corpus).ok).toBe(true);
  });

  it('makes queries of three kinds; absent ones are no quote', () => {
    const queries = makeQueries(corpus, 10);
    expect(queries.map((q) => q.kind)).toEqual([
      ...Array(10).fill('exact'),
      ...Array(10).fill('edited'),
      ...Array(10).fill('absent'),
    ]);
    const texts = new Set(corpus.quotes.map((q) => q.text));
    for (const q of queries.filter((x) => x.kind === 'absent'))
      expect(texts.has(q.text)).toBe(false);
    for (const q of queries.filter((x) => x.kind === 'exact')) {
      expect(corpus.quotes.find((c) => c.id === q.quoteId)?.text).toContain(q.text);
    }
  });

  it('measures engine and baseline on the same queries and prints a table', () => {
    const r = runBench(corpus, makeQueries(corpus, 10), { baselineQueries: 6, gc: () => {} });
    expect(r.quotes).toBe(300);
    expect(r.engine.queries).toBe(30);
    expect(r.baseline.queries).toBe(6);
    expect(r.engine.top1).toBeGreaterThanOrEqual(0.9);
    expect(r.engine.falseMatchRate).toBeLessThanOrEqual(0.1);
    expect(r.engine.indexBytes).toBeGreaterThan(0);
    expect(formatTable([r]).split('\n')).toHaveLength(4);
  });
});
