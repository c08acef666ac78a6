/**
 * Gets the matcher ready before anyone asks: loads it (fetches and opens the bundled
 * segment: no parsing) and runs a few checks of a corpus quote, as printed and altered,
 * with its paragraph, so the engine has compiled the matching code before the first real
 * check. A corpus that does not load is left for the first real check to report.
 *
 * Each warm check waits its turn behind whatever the worker has queued (`yieldTurn`): the
 * worker is often woken by a real check, which must not wait behind all three. The check
 * without a context goes first, over every segment (the path every check takes); those
 * with one compile the attribution too, over a matcher of that one segment: the same code,
 * but a speaker directory of its few speakers. Over the whole set they built the directory
 * of every speaker of the reader's corpus (59-102 ms at 100,000 imported quotes), and the
 * next real check waited behind it; now only a check that names someone builds that.
 */
import { createMatcher } from '../../lib/match/createMatcher';
import type { Matcher } from '../../lib/match/Matcher';
import type { VerifyRequest } from '../../lib/match/types';
import type { Segment } from '../../lib/segment/Segment';
import { SegmentSet } from '../../lib/segment/SegmentSet';
import type { GetMatcher } from './matcherHost';

/** A turn of the event loop: messages that arrived meanwhile are handled first. */
export const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function warmMatcher(
  getMatcher: GetMatcher,
  yieldTurn: () => Promise<void> = nextTurn,
  /** A matcher over one segment alone (the checks with a context). */
  matcherOf: (segment: Segment) => Matcher = (segment) => createMatcher(new SegmentSet([segment])),
): Promise<void> {
  const matcher = await getMatcher();
  if (!matcher.ok) return;
  const segment = matcher.value.segments.segments.find((s) => s.quoteCount > 0);
  if (!segment) return;
  try {
    await segment.ensureDocs([0]);
  } catch {
    return; // a damaged segment: the first real check reports it
  }
  const quote = segment.quote(0);
  const words = quote.text.split(' ');
  // One word dropped: the path an altered selection takes (diff, change list).
  const altered = [...words.slice(0, 1), ...words.slice(2)].join(' ');
  const alone = matcherOf(segment);
  const requests: [VerifyRequest, (r: VerifyRequest) => Promise<unknown>][] = [
    [{ text: quote.text }, matcher.value.verify],
    [{ text: quote.text, context: quote.context }, alone.verify],
    [{ text: altered, context: quote.context }, alone.verify],
  ];
  for (const [request, verify] of requests) {
    await yieldTurn();
    try {
      await verify(request);
    } catch {
      // The first real check runs the same code and reports the failure as a value.
    }
  }
}
