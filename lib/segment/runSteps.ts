/**
 * Long work (merging segments) is written as a generator that yields between small
 * steps, so a caller can share the thread: `runSteps` runs it to the end at once;
 * `runStepsPaused` pauses (gives the event loop a turn) whenever a slice of time is
 * spent, so that checks are answered while a merge goes on.
 */
export type Steps<T> = Generator<void, T, void>;

export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Milliseconds of work between pauses: well under what a reader notices. */
export const STEP_SLICE_MS = 8;

export async function runStepsPaused<T>(
  steps: Steps<T>,
  pause: () => Promise<void>,
  sliceMs = STEP_SLICE_MS,
): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await pause();
      sliceStart = performance.now();
    }
  }
}

/** How many items a step covers before it yields. */
export const ITEMS_PER_STEP = 1024;
