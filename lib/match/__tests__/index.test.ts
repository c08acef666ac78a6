import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../corpus/parseCorpus';
import type { Corpus } from '../../corpus/schema';
import { decodeUint32, encodeUint32 } from '../base64';
import { buildShingleIndex } from '../buildShingleIndex';
import { documentWords } from '../documentWords';
import { indexToJson } from '../indexToJson';
import { loadMatcher } from '../loadMatcher';
import { parseIndex } from '../parseIndex';
import { makeScratch, retrieveCandidates } from '../retrieveCandidates';
import seed from './fixtures/seedCorpus.json';

const corpus = (() => {
  const r = parseCorpus(seed);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
})();

describe('base64 of 32-bit words', () => {
  it('round-trips any array', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 0xffffffff })), (values) => {
        const a = Uint32Array.from(values);
        expect(decodeUint32(encodeUint32(a))).toEqual(a);
      }),
    );
  });
  it('rejects text that is not such base64', () => {
    expect(decodeUint32('abc')).toBeNull();
    expect(decodeUint32('ab!d')).toBeNull();
    expect(decodeUint32('AAA=')).toBeNull(); // three bytes are not a 32-bit word
  });
});

describe('the shingle index', () => {
  it('serialises to the same bytes every time and reads back', () => {
    const a = JSON.stringify(indexToJson(buildShingleIndex(corpus)));
    const b = JSON.stringify(indexToJson(buildShingleIndex(structuredClone(corpus))));
    expect(a).toBe(b);
    const parsed = parseIndex(JSON.parse(a));
    expect(parsed.ok && parsed.value).toEqual(buildShingleIndex(corpus));
  });

  it('retrieves the quote an excerpt comes from first', () => {
    const index = buildShingleIndex(corpus);
    const scratch = makeScratch(index);
    corpus.quotes.forEach((q, i) => {
      const words = documentWords(q.text);
      if (words.length < 4) return;
      const top = retrieveCandidates(index, words.slice(0, 6), scratch);
      expect(top.map((c) => c.doc)).toContain(i);
    });
  });

  it('scans at most the posting cap per key', () => {
    const many: Corpus = {
      ...corpus,
      quotes: Array.from({ length: 500 }, (_, i) => ({
        ...corpus.quotes[0]!,
        id: `x#${i}`,
        text: `the same common words ${i}`,
      })),
      narration: [],
    };
    const index = buildShingleIndex(many);
    const top = retrieveCandidates(index, ['the', 'same', 'common', 'words'], makeScratch(index), {
      limit: 12,
      maxPostings: 50,
    });
    expect(top.length).toBe(12);
    expect(Math.max(...top.map((c) => c.doc))).toBeLessThan(50);
  });

  it('rescores its best documents with the common keys it did not scan', () => {
    // 60 documents of common words, 30 of others, then 40 that share one rarer word
    // ("needle"); the last of them also holds the common words (in 47% of documents:
    // common, but not so common that every candidate holds them). Only the common keys
    // tell it apart.
    const texts = [
      ...Array.from({ length: 60 }, (_, i) => `of the plan pad${i}`),
      ...Array.from({ length: 30 }, (_, i) => `filler w${i}`),
      ...Array.from({ length: 39 }, (_, i) => `needle z${i}`),
      'needle x of the plan',
    ];
    const many: Corpus = {
      ...corpus,
      quotes: texts.map((text, i) => ({ ...corpus.quotes[0]!, id: `x#${i}`, text })),
      narration: [],
    };
    const index = buildShingleIndex(many);
    const words = ['needle', 'of', 'the', 'plan'];
    const scratch = makeScratch(index);
    const rescored = retrieveCandidates(index, words, scratch, { limit: 3, maxPostings: 50 });
    expect(rescored[0]?.doc).toBe(129);
    // Without a pool larger than the answer, it ties with 39 others on "needle" and loses.
    const narrow = retrieveCandidates(index, words, scratch, {
      limit: 3,
      maxPostings: 50,
      pool: 3,
    });
    expect(narrow.map((c) => c.doc)).not.toContain(129);
  });

  it('reports malformed index JSON', () => {
    const good = indexToJson(buildShingleIndex(corpus));
    expect(parseIndex(null)).toMatchObject({ ok: false, error: { code: 'index-invalid' } });
    expect(parseIndex({ ...good, version: 99 })).toMatchObject({ ok: false });
    expect(parseIndex({ ...good, postings: '!!!!' })).toMatchObject({ ok: false });
    expect(parseIndex({ ...good, docCount: 1 })).toMatchObject({
      ok: false,
      error: { message: 'the index refers to a document it does not count' },
    });
    const built = buildShingleIndex(corpus);
    const swapped = { ...built, keys: built.keys.slice().reverse() };
    expect(parseIndex(indexToJson(swapped))).toMatchObject({
      ok: false,
      error: { message: 'the index\'s "keys" are not sorted and distinct' },
    });
    const offsets = built.offsets.slice();
    offsets[1] = offsets[2]! + 1;
    expect(parseIndex(indexToJson({ ...built, offsets }))).toMatchObject({
      ok: false,
      error: { message: 'the index\'s "offsets" go backwards' },
    });
  });
});

describe('loadMatcher', () => {
  it('uses a prebuilt index that fits the corpus', () => {
    const r = loadMatcher(seed, indexToJson(buildShingleIndex(corpus)));
    expect(r.ok && r.value.indexSource).toBe('prebuilt');
  });

  it('rebuilds a stale, invalid or missing index in memory and still answers', () => {
    const changed = structuredClone(seed);
    changed.quotes[0]!.text = 'a different text about glacier tariffs in Busan harbour';
    const stale = loadMatcher(changed, indexToJson(buildShingleIndex(corpus)));
    expect(stale.ok && stale.value.indexSource).toBe('built: index stale');
    expect(loadMatcher(seed, { format: 'nope' })).toMatchObject({
      ok: true,
      value: { indexSource: 'built: index invalid' },
    });
    const none = loadMatcher(seed);
    expect(none.ok && none.value.indexSource).toBe('built: no index given');
    if (stale.ok) {
      const text = 'a different text about glacier tariffs in Busan harbour';
      expect(stale.value.verify({ text }).verdict).toBe('verbatim');
    }
  });

  it('returns the corpus error as a value', () => {
    expect(loadMatcher({ schemaVersion: 1 })).toMatchObject({
      ok: false,
      error: { code: 'corpus-invalid' },
    });
  });
});
