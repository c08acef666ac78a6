/**
 * The shipped `public/segments/bundled.qcs` must be the segment of the shipped
 * `corpus/quotes.json`, byte for byte. When this fails, run `npm run corpus:segment`
 * (`npm run corpus` chains it) and commit both files.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../corpus/parseCorpus';
import { buildSegment } from '../buildSegment';
import { BUNDLED_SEGMENT_PATH } from '../bundledSegmentPath';
import { openSegment } from '../openSegment';

const root = resolve(import.meta.dirname, '../../..');
const corpus = parseCorpus(JSON.parse(readFileSync(resolve(root, 'corpus/quotes.json'), 'utf8')));
const shipped = new Uint8Array(
  readFileSync(resolve(root, 'public', BUNDLED_SEGMENT_PATH.slice(1))),
);

describe(`public${BUNDLED_SEGMENT_PATH}`, () => {
  it('is the segment of corpus/quotes.json, byte for byte (else: npm run corpus:segment)', () => {
    expect(corpus.ok).toBe(true);
    if (!corpus.ok) return;
    expect(Buffer.from(buildSegment(corpus.value)).equals(Buffer.from(shipped))).toBe(true);
  });

  it('opens without repair and gives the corpus back', () => {
    const opened = openSegment(shipped, { origin: 'bundled' });
    expect(opened.ok && opened.value.repaired).toBe(null);
    if (!opened.ok || !corpus.ok) return;
    expect(opened.value.toCorpus()).toEqual(corpus.value);
  });
});
