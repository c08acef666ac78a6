/**
 * The specificity gate, kept apart from the matcher's own steps (retrieval and scoring
 * are being rewritten elsewhere): it wraps a `verify` and, when the selection says too
 * little to single out a source (`measureSpecificity` below
 * `MATCH_CONFIG.specificity.minBits`), turns whatever the matcher found into `common`:
 * no speaker as the answer, no attribution verdict (never a conflict), and the quotes that
 * hold the phrase kept in `matches` only as where it appears.
 */
import { capText } from '../../text/capText';
import { tokenize } from '../../text/tokenize';
import { MATCH_CONFIG } from '../config';
import { explainVerdict } from '../explainVerdict';
import { extractClaimFromSelection } from '../extractClaim';
import type { VerifyRequest, VerifyResult } from '../types';
import type { WordBits } from './createWordBits';
import { measureSpecificity } from './measureSpecificity';

/** Verdicts the gate leaves alone: they name no source already. */
const UNTOUCHED: ReadonlySet<VerifyResult['verdict']> = new Set(['too-short', 'common']);

/**
 * The words the gate measures: the selection's as the matcher reads it (cut as `createVerify`
 * cuts it, so the claim read there is reused), without an attribution or editorial insertions.
 */
export function selectionWords(text: string): string[] {
  const read = capText(text, MATCH_CONFIG.readCharLimit);
  return tokenize(extractClaimFromSelection(read).text)
    .filter((t) => t.kind === 'word' && !t.editorial)
    .map((t) => t.norm);
}

export function gateCommonPhrases(
  verify: (request: VerifyRequest) => VerifyResult,
  wordBits: WordBits,
): (request: VerifyRequest) => VerifyResult;
export function gateCommonPhrases(
  verify: (request: VerifyRequest) => VerifyResult | Promise<VerifyResult>,
  wordBits: WordBits,
): (request: VerifyRequest) => VerifyResult | Promise<VerifyResult>;
/** (A `verify` that answers later, reading a segment's bytes first, is gated when it answers.) */
export function gateCommonPhrases(
  verify: (request: VerifyRequest) => VerifyResult | Promise<VerifyResult>,
  wordBits: WordBits,
): (request: VerifyRequest) => VerifyResult | Promise<VerifyResult> {
  return (request) => {
    const found = verify(request);
    return found instanceof Promise
      ? found.then((result) => gate(request, result, wordBits))
      : gate(request, found, wordBits);
  };
}

function gate(request: VerifyRequest, result: VerifyResult, wordBits: WordBits): VerifyResult {
  if (UNTOUCHED.has(result.verdict)) return result;
  const text = typeof request?.text === 'string' ? request.text : '';
  const bits = measureSpecificity(selectionWords(text), wordBits);
  if (bits >= MATCH_CONFIG.specificity.minBits) return result;
  const { narration: _narration, span: _span, ...rest } = result;
  return {
    ...rest,
    verdict: 'common',
    reason: explainVerdict('common', null),
    attribution: 'unknown',
    best: null,
    // Where it appears: only quotes it actually matched (no-match and narration lists nothing).
    matches: result.best ? result.matches : [],
    specificityBits: Math.round(bits * 10) / 10,
  };
}
