/**
 * Gets the matcher ready before anyone asks: loads it (fetches and opens the bundled
 * segment: no parsing) and runs a few checks of a corpus quote, as printed and altered,
 * with its paragraph, so the engine has compiled the matching code before the first real
 * check. A corpus that does not load is left for the first real check to report.
 *
 * Each warm check waits its turn behind whatever the worker has queued (`yieldTurn`): the
 * worker is often woken by a real check, which must not wait behind all three. The check
 * without a context goes first (the path every check takes); those with one compile the
 * attribution too (and build the speaker directory, the larger the reader's corpus, the
 * longer).
 *
 * `warmWhile` runs the same checks on the bundled segment alone while the reader's corpus
 * is read from IndexedDB (the browser's storage works off this thread, so the worker
 * would otherwise sit idle), stopping as soon as that read is done: the first real check
 * after a wake then finds the matching code compiled instead of compiling it itself.
 */
import type { Matcher } from '../../lib/match/Matcher';
import type { VerifyRequest } from '../../lib/match/types';
import type { GetMatcher } from './matcherHost';

/** A turn of the event loop: messages that arrived meanwhile are handled first. */
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The warm checks: a corpus quote alone, with its paragraph, and altered with it. */
function warmRequests(matcher: Matcher): VerifyRequest[] {
  const segment = matcher.segments.segments.find((s) => s.quoteCount > 0);
  if (!segment) return [];
  const quote = segment.quote(0);
  const words = quote.text.split(' ');
  // One word dropped: the path an altered selection takes (diff, change list).
  const altered = [...words.slice(0, 1), ...words.slice(2)].join(' ');
  return [
    { text: quote.text },
    { text: quote.text, context: quote.context },
    { text: altered, context: quote.context },
  ];
}

/** Runs the warm checks, each after a turn, until `stop` says to. */
async function runWarmChecks(
  matcher: Matcher,
  yieldTurn: () => Promise<void>,
  stop: () => boolean = () => false,
): Promise<void> {
  for (const request of warmRequests(matcher)) {
    await yieldTurn();
    if (stop()) return;
    try {
      await matcher.verify(request);
    } catch {
      // The first real check runs the same code and reports the failure as a value.
    }
  }
}

export async function warmMatcher(
  getMatcher: GetMatcher,
  yieldTurn: () => Promise<void> = nextTurn,
): Promise<void> {
  const matcher = await getMatcher();
  if (matcher.ok) await runWarmChecks(matcher.value, yieldTurn);
}

/** Warm checks on `matcher` while `pending` runs; never past it (it stops when `pending` settles). */
export async function warmWhile(
  matcher: Matcher,
  pending: Promise<unknown>,
  yieldTurn: () => Promise<void> = nextTurn,
): Promise<void> {
  let done = false;
  const settled = pending.then(
    () => {
      done = true;
    },
    () => {
      done = true;
    },
  );
  await runWarmChecks(matcher, yieldTurn, () => done);
  await settled;
}
