/**
 * How much a run of words says, in bits, measured against English in general rather
 * than against the corpus: a phrase met once in a small corpus can still be a stock
 * phrase ("over the next four years") that anyone might say.
 *
 * Each word carries its information under a general word-frequency list (`wordBits`).
 * Words are not independent, though: the word after a common word is, far more often
 * than chance, the other half of a stock pairing ("at any", "any time", "the next",
 * "next four"). The list has no pair counts, so the measure takes the pair into account
 * by its parts: when a word and the one before it are both common (fewer than
 * `commonWordBits` each), the second counts only `predictableShare` of its bits. A rare
 * word counts in full wherever it stands. The sum is the phrase's information; below
 * `MATCH_CONFIG.specificity.minBits` it is too common to say who said it.
 */
import { MATCH_CONFIG } from '../config';
import type { WordBits } from './createWordBits';

export function measureSpecificity(
  words: readonly string[],
  wordBits: WordBits,
  config: { commonWordBits: number; predictableShare: number } = MATCH_CONFIG.specificity,
): number {
  let total = 0;
  let previousCommon = false;
  for (const word of words) {
    const bits = wordBits(word);
    const common = bits < config.commonWordBits;
    total += common && previousCommon ? config.predictableShare * bits : bits;
    previousCommon = common;
  }
  return total;
}
