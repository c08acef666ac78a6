/** Turns the comparison of a selection with its best source into a verdict. */
import type { Comparison } from './compareToSource';
import { MATCH_CONFIG } from './config';
import type { Verdict } from './types';

/**
 * `margin`: how far the best quote's weighted similarity is ahead of the next quote
 * with different words (1 when there is none).
 */
export function decideVerdict(c: Comparison, margin = 1): Verdict {
  if (c.similarity < MATCH_CONFIG.noMatchBelow) return 'no-match';
  const strong = c.weightedSimilarity >= MATCH_CONFIG.strongWeightedFrom;
  const distinct =
    c.weightedSimilarity >= MATCH_CONFIG.distinctWeightedFrom &&
    margin >= MATCH_CONFIG.distinctMargin;
  if (!strong && !distinct) return 'no-match';
  if (c.similarity < MATCH_CONFIG.alteredFrom) {
    // Reworded rather than edited: only when enough content words survive in order and
    // either rare words carry the match or the quote stands far ahead of any other (a
    // made-up sentence built from a quote's stock phrases resembles it about as much).
    // Nor does a selection that runs on past the part it rewords with words of its own
    // (one quote's last clause, then another sentence): that is not this quote reworded.
    return (c.weightedSimilarity >= MATCH_CONFIG.paraphraseWeightedFrom ||
      (distinct && margin >= MATCH_CONFIG.paraphraseMargin)) &&
      c.sharedContentWords >= MATCH_CONFIG.paraphraseMinSharedContentWords &&
      c.looseEnds < MATCH_CONFIG.paraphraseMaxOwnWordsAtEnds
      ? 'paraphrase'
      : 'no-match';
  }
  if (c.meaningChanged) return 'altered';
  // The same intention in words that are not the source's ("would" for "plans to"):
  // faithful in sense, not in wording, however many words are shared.
  if (c.reworded) return 'paraphrase';
  if (c.minorChanged) return 'close';
  return 'verbatim';
}
