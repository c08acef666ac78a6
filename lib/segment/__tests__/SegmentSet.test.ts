import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../corpus/schema';
import { createMatcher } from '../../match/createMatcher';
import { SegmentSet } from '../SegmentSet';
import { segmentOf } from './segmentOf';

const articleOf = (id: string, text: string): Corpus => ({
  schemaVersion: 1,
  speakers: [{ id: `s-${id}`, name: `Speaker ${id}`, aliases: [], description: '' }],
  articles: [
    { id, title: id, outlet: null, url: null, published: null, dateSource: null, byline: null },
  ],
  quotes: [
    { id: `${id}#1`, text, speakerId: `s-${id}`, articleId: id, kind: 'direct', context: text },
  ],
  narration: [],
});

const texts = Array.from(
  { length: 12 },
  (_, i) => `Quotation number ${i} talks about harbour ${i * 7} and the ferry timetable for winter`,
);

describe('SegmentSet', () => {
  it('searches a segment from the check after it is added, and masks a removed article at once', async () => {
    const set = new SegmentSet([
      segmentOf(articleOf('bundled', 'The bundled corpus holds this one sentence')),
    ]);
    const matcher = createMatcher(set);
    expect((await matcher.verify({ text: texts[3]! })).verdict).toBe('no-match');
    const version = set.version;
    set.add(segmentOf(articleOf('a3', texts[3]!), 'reader'));
    expect(set.version).toBeGreaterThan(version);
    const found = await matcher.verify({ text: texts[3]! });
    expect(found).toMatchObject({
      verdict: 'verbatim',
      best: { quoteId: 'a3#1', origin: 'reader' },
    });
    expect(set.removeArticle('a3')).toHaveLength(1);
    expect((await matcher.verify({ text: texts[3]! })).verdict).toBe('no-match');
    expect(set.removeArticle('a3')).toEqual([]);
  });

  it('merges the reader’s small segments (never the bundled one), dropping removed articles, and answers the same', async () => {
    const bundled = segmentOf(articleOf('bundled', 'The bundled corpus holds this one sentence'));
    const set = new SegmentSet([bundled]);
    texts.forEach((text, i) => {
      set.add(segmentOf(articleOf(`a${i}`, text), 'reader'));
    });
    set.removeArticle('a5');
    const matcher = createMatcher(set);
    const before = await Promise.all(texts.map((text) => matcher.verify({ text })));
    const merged = await set.merge({ pause: async () => {} });
    expect(merged.ok).toBe(true);
    if (!merged.ok) return;
    // The segment of the removed article, wholly deleted, merges into nothing (first: it
    // frees the most); ten one-quote segments merge into one.
    expect(merged.value.map((m) => [m.replaced.length, m.merged?.quoteCount ?? 0])).toEqual([
      [1, 0],
      [10, 10],
    ]);
    expect(merged.value.flatMap((m) => m.replaced)).not.toContain(bundled);
    expect(set.segments).toHaveLength(3);
    expect(set.segments[0]).toBe(bundled);
    expect(set.segments.some((s) => s.findArticle('a5') >= 0)).toBe(false);
    const after = await Promise.all(texts.map((text) => matcher.verify({ text })));
    expect(after.map((r) => [r.verdict, r.best?.quoteId])).toEqual(
      before.map((r) => [r.verdict, r.best?.quoteId]),
    );
    expect(after[5]!.verdict).toBe('no-match');
    expect(set.segments.reduce((n, s) => n + s.quoteCount, 0)).toBe(1 + 11);
  });

  it('merges only the segments `eligible` accepts', async () => {
    const set = new SegmentSet();
    const kept = new Set<unknown>();
    texts.forEach((text, i) => {
      const segment = segmentOf(articleOf(`a${i}`, text), 'reader');
      if (i % 2 === 0) kept.add(segment);
      set.add(segment);
    });
    const merged = await set.merge({ pause: async () => {}, eligible: (s) => !kept.has(s) });
    expect(merged.ok).toBe(true);
    if (!merged.ok) return;
    // Six eligible one-quote segments are fewer than a tier's ten: nothing merges…
    expect(merged.value).toEqual([]);
    for (let i = 0; i < 8; i++)
      set.add(segmentOf(articleOf(`b${i}`, `${texts[i]} again`), 'reader'));
    const again = await set.merge({ pause: async () => {}, eligible: (s) => !kept.has(s) });
    if (!again.ok) return;
    // …with eight more, fourteen are eligible: ten merge, and none of the six kept out.
    expect(again.value.map((m) => m.replaced.length)).toEqual([10]);
    expect(again.value[0]!.replaced.some((s) => kept.has(s))).toBe(false);
    expect(set.segments.filter((s) => kept.has(s))).toHaveLength(6);
  });

  it('keeps an article removed while a merge runs: the merge, stale, is dropped', async () => {
    // Twelve segments of 300 quotes each: a merge long enough to pause inside.
    const set = new SegmentSet();
    texts.forEach((text, i) => {
      const many = articleOf(`a${i}`, text);
      for (let k = 2; k <= 300; k++) {
        many.quotes.push({ ...many.quotes[0]!, id: `a${i}#${k}`, text: `${text} ${k}` });
      }
      set.add(segmentOf(many, 'reader'));
    });
    const matcher = createMatcher(set);
    // Pauses before the merge and after every step of it; the article goes at the
    // third pause, inside the merge.
    let pauses = 0;
    const merged = await set.merge({
      sliceMs: 0,
      pause: async () => {
        if (++pauses === 3) set.removeArticle('a3');
      },
    });
    expect(pauses).toBeGreaterThan(3);
    expect(merged.ok).toBe(true);
    expect((await matcher.verify({ text: texts[3]! })).verdict).toBe('no-match');
    expect((await matcher.verify({ text: texts[4]! })).verdict).toBe('verbatim');
  });
});
