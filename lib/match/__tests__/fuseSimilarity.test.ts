import fc from 'fast-check';
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { fuseSimilarity } from '../fuseSimilarity';

/** fuse.js itself, with the options the matcher used to give it. */
const viaFuse = (pattern: string, text: string) => {
  const fuse = new Fuse([text], {
    includeScore: true,
    ignoreLocation: true,
    ignoreFieldNorm: true,
    threshold: 1,
    isCaseSensitive: true,
  });
  const hit = fuse.search(pattern)[0];
  return hit ? 1 - (hit.score ?? 1) : 0;
};

/** Few characters, so that texts and patterns share many and edits line up many ways. */
const unit = fc.constantFrom('a', 'b', 'c', 'd', ' ', "'", 'é', '한', '😀');

describe('fuseSimilarity', () => {
  it('answers what fuse.js answers, for any pattern of 1 to 32 units and any text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit, minLength: 1, maxLength: 32 }).filter((p) => p.length <= 32),
        fc.string({ unit, maxLength: 200 }),
        (pattern, text) => {
          expect(fuseSimilarity(pattern, text)).toBeCloseTo(viaFuse(pattern, text), 12);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('on the words of real sentences', () => {
    const text = 'we are ready for dialogue with north korea at any time and through any channel';
    for (const pattern of [
      'ready for dialogue with north ko',
      'ready for talks with north korea',
      'the door for dialogue will remai',
      'zzzz',
      text.slice(0, 32),
    ]) {
      expect(fuseSimilarity(pattern, text)).toBeCloseTo(viaFuse(pattern, text), 12);
    }
    expect(fuseSimilarity('we are', 'we are')).toBe(1);
    expect(fuseSimilarity('we are', '')).toBe(0);
  });
});
