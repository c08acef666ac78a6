/**
 * The middle of some timings (the upper of the two middles for an even count): what the
 * benches and the timed end-to-end runs report, since one scheduling hiccup on a shared
 * machine moves a mean but not this.
 */
export const median = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
