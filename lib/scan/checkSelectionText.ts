/**
 * Checks a reader's selection: as one quotation (the matcher, with the claim read from the
 * selection's paragraph at its offsets), or, when it holds several quotations or runs past
 * what the matcher reads, each quotation in it on its own with the speaker the page gives
 * it (`selectionQuotations`), so a selection over two speakers' words shows both.
 */
import type { VerifyRequest, VerifyResult } from '../match/types';
import type { CheckOutcome, PageRef } from '../protocol';
import type { QcError, Result } from '../result';
import { selectionQuotations } from './selectionQuotations';
import { worstPart } from './worstPart';

export type Verify = (request: VerifyRequest) => Promise<Result<VerifyResult, QcError>>;

export async function checkSelectionText(
  request: VerifyRequest,
  verify: Verify,
  page?: PageRef,
): Promise<CheckOutcome> {
  const withPage = <T extends object>(o: T) => (page ? { ...o, page } : o);
  const read = selectionQuotations(request);
  if (!read) return withPage({ text: request.text, result: await verify(request) });
  const parts: CheckOutcome[] = [];
  for (const part of read.parts) {
    const result = await verify({
      text: part.text,
      ...(part.speaker ? { claimedSpeaker: part.speaker } : {}),
    });
    parts.push(withPage({ text: part.text, result }));
  }
  const worst = worstPart(parts)!;
  return withPage({
    text: request.text,
    result: worst.result,
    parts,
    ...(read.readChars < read.totalChars
      ? { covered: { readChars: read.readChars, totalChars: read.totalChars } }
      : {}),
  });
}
