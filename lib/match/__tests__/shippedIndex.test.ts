/**
 * The shipped `corpus/index.json` must be the index of the shipped `corpus/quotes.json`,
 * byte for byte. When this fails, run `npm run corpus:index` (the lead's `npm run corpus`
 * chains it) and commit both files.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../corpus/parseCorpus';
import { buildShingleIndex } from '../buildShingleIndex';
import { indexToJson } from '../indexToJson';
import { loadMatcher } from '../loadMatcher';

const root = resolve(import.meta.dirname, '../../..');
const quotesText = readFileSync(resolve(root, 'corpus/quotes.json'), 'utf8');
const indexText = readFileSync(resolve(root, 'corpus/index.json'), 'utf8');

describe('corpus/index.json', () => {
  it('is the index of corpus/quotes.json, byte for byte (else: npm run corpus:index)', () => {
    const corpus = parseCorpus(JSON.parse(quotesText));
    expect(corpus.ok).toBe(true);
    if (!corpus.ok) return;
    expect(indexText).toBe(`${JSON.stringify(indexToJson(buildShingleIndex(corpus.value)))}\n`);
  });

  it('loads as the prebuilt index, in under 100 ms', () => {
    const t0 = performance.now();
    const m = loadMatcher(JSON.parse(quotesText), JSON.parse(indexText));
    const ms = performance.now() - t0;
    expect(m.ok && m.value.indexSource).toBe('prebuilt');
    expect(ms).toBeLessThan(100);
  });
});
