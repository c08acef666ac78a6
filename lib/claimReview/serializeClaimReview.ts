/**
 * The ClaimReview as JSON text to paste into a page's
 * `<script type="application/ld+json">`: `<`, `>` and `&` are written as `\u003c`,
 * `\u003e` and `\u0026` (and the line separators U+2028/U+2029 escaped), so no text from
 * the checked page can close the script element or be read as markup. `JSON.parse` gives
 * back the same object.
 */
import type { ClaimReviewLd } from './types';

const UNSAFE = /[<>&\u2028\u2029]/gu;

export function serializeClaimReview(review: ClaimReviewLd): string {
  return JSON.stringify(review, null, 2).replace(
    UNSAFE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
