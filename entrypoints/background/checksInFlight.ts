/**
 * The matcher's checks running now. A check can wait (its candidates' bytes read from the
 * reader's store), and the worker's warm-up must not slip its own checks into that wait:
 * the warm-up waits until no check is running (e2e: with the body read on demand, a woken
 * worker's first check otherwise shared its thread with up to three warm checks).
 */
import type { Matcher } from '../../lib/match/Matcher';

export interface ChecksInFlight {
  /** The same matcher, its checks counted. */
  track(matcher: Matcher): Matcher;
  running(): number;
  /** Resolves when no check is running. */
  idle(): Promise<void>;
}

export function createChecksInFlight(): ChecksInFlight {
  let running = 0;
  let waiting: (() => void)[] = [];
  const done = () => {
    running--;
    if (running > 0) return;
    const wake = waiting;
    waiting = [];
    for (const w of wake) w();
  };
  return {
    track: (matcher) => ({
      ...matcher,
      verify: (request) => {
        running++;
        const answer = matcher.verify(request);
        answer.then(done, done);
        return answer;
      },
    }),
    running: () => running,
    idle: () =>
      running === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiting.push(resolve)),
  };
}
