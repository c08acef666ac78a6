/**
 * Who a text says is speaking, in a selection or in the paragraph around it: read by the
 * extractor's own sieves (`lib/extract/readClaim.ts`), so the page's claim and the corpus
 * are read by one grammar. Kept here as the matcher's import.
 */
export type { ClaimInSelection } from '../extract/readClaim';
export {
  extractClaimFromContext,
  extractClaimFromSelection,
  trimAttribution,
} from '../extract/readClaim';
