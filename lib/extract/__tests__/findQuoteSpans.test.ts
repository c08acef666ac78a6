import { describe, expect, it } from 'vitest';
import { findQuoteSpans, opensInside } from '../findQuoteSpans.ts';

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

  it('reads an opening double mark typed as two backticks', () => {
    expect(texts("``We will stay open,'' Liu said. ``Every day.''")).toEqual([
      ['We will stay open,', false],
      ['Every day.', false],
    ]);
    // A single backtick is a transcript's apostrophe ("I`m"), never a mark.
    expect(texts('I`m here, and it`s late.')).toEqual([]);
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

  it('closes a quotation opened with the other style of double mark', () => {
    expect(texts('Quill said “the fare is fair." Then she left.')).toEqual([
      ['the fare is fair.', false],
    ]);
    expect(texts('"We are ready,” Quill said.')).toEqual([['We are ready,', false]]);
  });

  it('reads a paragraph that starts inside a quotation up to the mark that closes it', () => {
    const scan = findQuoteSpans('and we will be ready,” Quill said. “Soon.”', true);
    expect(scan.ok && scan.spans.map((s) => [s.open, s.text, s.runsOn])).toEqual([
      [-1, 'and we will be ready,', false],
      [35, 'Soon.', false],
    ]);
    const unmarked = findQuoteSpans('The second paragraph of a long statement.', true);
    expect(unmarked.ok && unmarked.spans.map((s) => [s.open, s.runsOn])).toEqual([[-1, true]]);
    expect(opensInside('we will be ready,” Quill said.')).toBe(true);
    expect(opensInside('We will be ready," Quill said.')).toBe(true);
    expect(opensInside('Quill said, "we will be ready."')).toBe(false);
    expect(opensInside('No marks at all.')).toBe(false);
  });

  it('reports a closing mark that nothing opened', () => {
    const scan = findQuoteSpans('The bridge was ready.” Then');
    expect(scan).toEqual({ ok: false, index: 21, problem: 'a closing ” that no “ opened' });
  });
});

describe('a closing mark the page lost before the next quotation', () => {
  it('ends the first quotation at the sentence before the narration that introduces the next', () => {
    const text =
      '“We worked hard for this deal. Mrs. Quill’s hopes were shared by Tomas Vell, head of the guild; “I hope this is the first of many.”';
    const scan = findQuoteSpans(text);
    expect(scan.ok && scan.spans.map((s) => s.text)).toEqual([
      'We worked hard for this deal.',
      'I hope this is the first of many.',
    ]);
  });

  it('a term in marks inside a quotation is no lost mark', () => {
    const text =
      'He added: “They called the mayor “humble”, “a puppet” and so on. This shows what they think.';
    const scan = findQuoteSpans(text);
    expect(scan.ok && scan.spans.length).toBe(1);
  });
});
