/**
 * A check as schema.org `ClaimReview` JSON-LD, for fact-checkers to paste into their own
 * pages ("Copy as ClaimReview"). The mapping is documented in docs/claimreview.md.
 *
 * Page text (the selection, the page's title, the claimed speaker) is untrusted: every
 * field is plain text (`plainText`), every URL http(s) (`httpUrl`), and nothing is
 * invented: a field the page or the source does not state is left out.
 */

import en from '../../public/_locales/en/messages.json';
import { isIsoDate } from '../extract/isIsoDate';
import { httpUrl } from '../httpUrl';
import type { VerifyResult } from '../match/types';
import { err, ok, type QcError, type Result } from '../result';
import { describeReason } from '../ui/describeReason';
import { translateFromMessages } from '../ui/translateFromMessages';
import { CLAIM_REVIEW_CONFIG as LIMITS } from './config';
import { plainText } from './plainText';
import { ratingFor } from './ratingFor';
import type { ClaimLd, ClaimReviewLd, CreativeWorkLd } from './types';

export interface ClaimReviewInput {
  /** The text that was checked: the reader's selection as the page prints it. */
  claim: string;
  result: VerifyResult;
  /** The page the selection was made on. */
  page: { url: string | null; title: string | null };
  /** Who the page says said it; by default the claim the check read (`result.claimedSpeaker`). */
  claimedSpeaker?: string | null;
  /** The day of the check, `YYYY-MM-DD`. */
  today: string;
}

/** The review is written in English: schema.org consumers read `alternateName` as is. */
const t = translateFromMessages(en);

/** Why there is nothing to review, per verdict without a source quote. */
const NOTHING: Readonly<Record<string, string>> = {
  'no-match':
    'Nothing to review: the quotation was not found in the corpus, which alone does not make it false.',
  'source-text':
    "Nothing to review: these words are the source article's narration, not anyone's quotation.",
  'too-short': 'Nothing to review: the selection is too short to check.',
  common: 'Nothing to review: the phrase is too common to say who said it.',
};

export function buildClaimReview(input: ClaimReviewInput): Result<ClaimReviewLd, QcError> {
  const { result } = input;
  if (typeof input.today !== 'string' || !isIsoDate(input.today)) {
    return err({
      code: 'claimreview-bad-date',
      message: `The review date must be a calendar date written YYYY-MM-DD, not "${String(input.today).slice(0, 40)}".`,
    });
  }
  const rating = ratingFor(result.verdict, result.attribution);
  const best = result.best;
  if (!rating || !best) {
    return err({
      code: 'claimreview-nothing-to-review',
      message: NOTHING[result.verdict] ?? 'Nothing to review: the check found no source quote.',
    });
  }
  const claim = plainText(input.claim ?? '', LIMITS.claimChars);
  if (claim === '') {
    return err({
      code: 'claimreview-empty-claim',
      message: 'Nothing to review: the selection holds no text.',
    });
  }
  const speaker = plainText(input.claimedSpeaker ?? result.claimedSpeaker ?? '', LIMITS.nameChars);
  const pageUrl = httpUrl(input.page?.url);
  const itemReviewed: ClaimLd = {
    '@type': 'Claim',
    ...(speaker ? { author: { '@type': 'Person', name: speaker } } : {}),
    ...appearanceOf(input.page?.title ?? null, pageUrl),
    firstAppearance: sourceOf(best.article),
  };
  return ok({
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: claim,
    itemReviewed,
    reviewRating: rating,
    reviewBody: plainText(reviewBody(result, speaker), LIMITS.bodyChars),
    datePublished: input.today,
    author: { '@type': 'Organization', name: 'Quote Check' },
    ...(pageUrl ? { url: pageUrl } : {}),
  });
}

/** The checked page, when its title or http(s) address is known. */
function appearanceOf(title: string | null, url: string | null): { appearance?: CreativeWorkLd } {
  const headline = plainText(title ?? '', LIMITS.headlineChars);
  if (!headline && !url) return {};
  return {
    appearance: {
      '@type': 'CreativeWork',
      ...(headline ? { headline } : {}),
      ...(url ? { url } : {}),
    },
  };
}

/** The source article: its headline, http(s) address, the date it states, its outlet. */
function sourceOf(article: NonNullable<VerifyResult['best']>['article']): CreativeWorkLd {
  const url = httpUrl(article.url);
  const outlet = plainText(article.outlet ?? '', LIMITS.nameChars);
  const stated =
    article.published !== null && article.dateSource === 'article' && isIsoDate(article.published);
  return {
    '@type': 'CreativeWork',
    headline: plainText(article.title, LIMITS.headlineChars),
    ...(url ? { url } : {}),
    ...(stated ? { datePublished: article.published! } : {}),
    ...(outlet ? { publisher: { '@type': 'Organization', name: outlet } } : {}),
  };
}

/** The reason line, the attribution when the page names someone else, the quote as printed. */
function reviewBody(result: VerifyResult, claimed: string): string {
  const best = result.best!;
  const parts: string[] = [];
  if (result.reason) {
    const line = describeReason(result.reason);
    parts.push(t(line.key, line.substitutions));
    if (line.framing) parts.push(t('reasonFraming', line.framing));
  }
  if (result.attribution === 'conflict' && claimed && best.speaker) {
    parts.push(t('attributionConflict', [claimed, best.speaker]));
  }
  const where = [best.article.outlet, best.article.published].filter(Boolean).join(', ');
  // A quote the source gives to no named person is never shown as anyone's.
  const who = best.speaker ?? 'Unattributed in the source';
  parts.push(`${who}${where ? ` (${where})` : ''}: “${best.quote}”`);
  return parts.join(' ');
}
