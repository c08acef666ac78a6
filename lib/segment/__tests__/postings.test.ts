import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IndexWriter } from '../IndexWriter';
import { postingIndexOf } from '../indexFromStore';
import { KeyWalker } from '../PostingIndex';

/** Distinct keys, each with an ascending list of distinct documents below `docCount`. */
const lists = (docCount: number) =>
  fc.uniqueArray(
    fc.record({
      key: fc.nat({ max: 0xffffffff }),
      docs: fc.uniqueArray(fc.nat({ max: docCount - 1 }), { minLength: 1, maxLength: 900 }),
    }),
    { selector: (l) => l.key, minLength: 1, maxLength: 40 },
  );

const write = (entries: { key: number; docs: number[] }[], docCount: number) => {
  const sorted = [...entries].sort((a, b) => a.key - b.key);
  const writer = new IndexWriter(docCount);
  for (const { key, docs } of sorted) {
    const d = [...docs].sort((a, b) => a - b);
    writer.add(key, d, d.length);
  }
  return { index: postingIndexOf(writer.finish(), docCount), sorted };
};

describe('posting lists', () => {
  it('give back every key with its documents, in order, however long the list', () => {
    fc.assert(
      fc.property(lists(5000), (entries) => {
        const { index, sorted } = write(entries, 5000);
        const out = new Uint32Array(5000);
        for (const { key, docs } of sorted) {
          const pos = index.lookup(key);
          expect(pos).toBeGreaterThanOrEqual(0);
          expect(index.df(pos)).toBe(docs.length);
          const n = index.decode(pos, out, 5000);
          expect([...out.subarray(0, n)]).toEqual([...docs].sort((a, b) => a - b));
        }
        // Walking the keys in order finds each record where lookup does.
        const walker = new KeyWalker(index);
        const walked: number[] = [];
        while (walker.next()) {
          expect(walker.pos).toBe(index.lookup(walker.key));
          walked.push(walker.key);
        }
        expect(walked).toEqual(sorted.map((e) => e.key));
      }),
      { numRuns: 60 },
    );
  });

  it('find the first document at or after each of ascending targets, through the skip blocks', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat({ max: 20_000 }), { minLength: 1, maxLength: 3000 }),
        fc.array(fc.nat({ max: 21_000 }), { maxLength: 60 }),
        (docs, targets) => {
          const sorted = [...docs].sort((a, b) => a - b);
          const { index } = write([{ key: 7, docs: sorted }], 21_000);
          const cursor = index.cursor();
          cursor.open(index.lookup(7));
          for (const target of [...targets].sort((a, b) => a - b)) {
            const expected = sorted.find((d) => d >= target) ?? -1;
            expect(cursor.advance(target)).toBe(expected);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('never return a document the segment does not count, whatever the record says', () => {
    const { index } = write([{ key: 1, docs: [3, 9, 40] }], 10);
    const out = new Uint32Array(10);
    expect([...out.subarray(0, index.decode(index.lookup(1), out, 10))]).toEqual([3, 9]);
    const cursor = index.cursor();
    cursor.open(index.lookup(1));
    expect(cursor.advance(10)).toBe(-1);
  });

  it('miss keys they do not hold', () => {
    const { index } = write(
      [
        { key: 5, docs: [1] },
        { key: 0xfffffff0, docs: [2, 3] },
      ],
      10,
    );
    for (const key of [0, 4, 6, 0xffffffff, 0x7fffffff]) expect(index.lookup(key)).toBe(-1);
  });
});
