import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../findQuoteSpans.ts';

const texts = (s: string) => {
  const scan = findQuoteSpans(s);
  if (!scan.ok) throw new Error(scan.problem);
  return scan.spans.map((x) => [x.text, x.runsOn]);
};

describe('findQuoteSpans', () => {
  it('pairs curly and straight double marks', () => {
    expect(texts('“One,” he said. "Two."')).toEqual([
      ['One,', false],
      ['Two.', false],
    ]);
  });

  it('keeps nested quotations inside the outer one', () => {
    expect(texts('“adopt a ‘two-track strategy’ of responding”')).toEqual([
      ['adopt a ‘two-track strategy’ of responding', false],
    ]);
    expect(texts('‘The secretary says “this year”,’ he added.')).toEqual([
      ['The secretary says “this year”,', false],
    ]);
    expect(texts('"He called it \'a mess\' today," she said.')).toEqual([
      ["He called it 'a mess' today,", false],
    ]);
  });

  it('tells apostrophes from closing single marks', () => {
    expect(texts('the Moon administration’s “driver’s seat” approach')).toEqual([
      ['driver’s seat', false],
    ]);
    expect(texts("Korea's drivers' union, rock ‘n’ roll")).toEqual([]);
    expect(texts('‘The town’s drivers’ patience’ is gone')).toEqual([
      ['The town’s drivers', false],
    ]);
  });

  it('lets a quotation run on to the next paragraph', () => {
    expect(texts('“The first thing is money. We have none.')).toEqual([
      ['The first thing is money. We have none.', true],
    ]);
    expect(texts('‘We start at dawn.')).toEqual([['We start at dawn.', true]]);
  });

  it('reports a closing mark that nothing opened', () => {
    const scan = findQuoteSpans('The bridge was ready.” Then');
    expect(scan).toEqual({ ok: false, index: 21, problem: 'a closing ” that no “ opened' });
  });
});
