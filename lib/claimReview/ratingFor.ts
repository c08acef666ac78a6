/**
 * The rating of a check on a four-point scale, with our verdict in words as its
 * `alternateName`. The claim a page makes is "this person said these words"; the scale
 * says how far the page's words and speaker keep to what the source prints:
 *
 * | ratingValue | alternateName   | when                                                      |
 * |------------:|-----------------|-----------------------------------------------------------|
 * | 4           | Verbatim        | the source's words                                        |
 * | 3           | Close           | the source's words with changes that keep the meaning     |
 * | 2           | Paraphrase      | the source's meaning in other words                       |
 * | 1           | Altered         | words changed in a way that changes the meaning           |
 * | 1           | Misattributed   | the page names someone other than the source's speaker    |
 *
 * A misattribution is rated 1 whatever the words: a wrong speaker makes the claim false.
 * Verdicts without a source quote (not found, article text, too short) have no rating:
 * there is nothing a review could rest on.
 */
import type { Attribution, Verdict } from '../match/types';
import type { RatingLd } from './types';

export const RATING_SCALE = Object.freeze({ best: 4, worst: 1 });

const RATINGS: Readonly<Partial<Record<Verdict, { value: number; name: string }>>> = {
  verbatim: { value: 4, name: 'Verbatim' },
  close: { value: 3, name: 'Close' },
  paraphrase: { value: 2, name: 'Paraphrase' },
  altered: { value: 1, name: 'Altered' },
};

/** `null` for a verdict that has no source quote to rate against. */
export function ratingFor(verdict: Verdict, attribution: Attribution): RatingLd | null {
  const rating = RATINGS[verdict];
  if (!rating) return null;
  const misattributed = attribution === 'conflict';
  return {
    '@type': 'Rating',
    ratingValue: misattributed ? RATING_SCALE.worst : rating.value,
    bestRating: RATING_SCALE.best,
    worstRating: RATING_SCALE.worst,
    alternateName: misattributed ? 'Misattributed' : rating.name,
  };
}
