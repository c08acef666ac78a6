/**
 * The schema.org JSON-LD a check is copied out as (https://schema.org/ClaimReview), with
 * the fields Quote Check fills. Optional fields are left out, never `null`, when the page
 * or the source does not state them.
 */

export interface PersonLd {
  '@type': 'Person';
  name: string;
}

export interface OrganizationLd {
  '@type': 'Organization';
  name: string;
}

/** A page or an article: where the claim appears, or first appeared. */
export interface CreativeWorkLd {
  '@type': 'CreativeWork';
  headline?: string;
  url?: string;
  /** YYYY-MM-DD, only when the source states it. */
  datePublished?: string;
  publisher?: OrganizationLd;
}

export interface ClaimLd {
  '@type': 'Claim';
  /** Who the page says said it; left out when the page names no one. */
  author?: PersonLd;
  /** The page that was checked. */
  appearance?: CreativeWorkLd;
  /** The source article that prints the quotation. */
  firstAppearance: CreativeWorkLd;
}

export interface RatingLd {
  '@type': 'Rating';
  ratingValue: number;
  bestRating: number;
  worstRating: number;
  /** Our verdict in words ("Verbatim", "Altered", "Misattributed" …). */
  alternateName: string;
}

export interface ClaimReviewLd {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  /** The quotation as the page printed it (the reader's selection, as plain text). */
  claimReviewed: string;
  itemReviewed: ClaimLd;
  reviewRating: RatingLd;
  /** One plain sentence or two: why the rating, and what the source prints. */
  reviewBody: string;
  /** YYYY-MM-DD: the day of the check. */
  datePublished: string;
  author: OrganizationLd;
  /** The checked page's address, when it is http(s). */
  url?: string;
}
