/** Turns the comparison of a selection with its best source into a verdict. */
import type { Comparison } from './compareToSource';
import { MATCH_CONFIG } from './config';
import type { Verdict } from './types';

export function decideVerdict(c: Comparison): Verdict {
  if (c.similarity < MATCH_CONFIG.noMatchBelow) return 'no-match';
  if (c.similarity < MATCH_CONFIG.alteredFrom) {
    // Reworded rather than edited: only when enough content words survive in order.
    return c.sharedContentWords >= MATCH_CONFIG.paraphraseMinSharedContentWords
      ? 'paraphrase'
      : 'no-match';
  }
  if (c.meaningChanged) return 'altered';
  if (c.minorChanged) return 'close';
  return 'verbatim';
}
