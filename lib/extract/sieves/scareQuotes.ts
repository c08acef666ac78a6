import { open } from './attributionsOf.ts';
import type { Sieve } from './types.ts';

/**
 * The last sieve: a short fragment no clause attributed is a scare quote or a term the
 * article uses ("a “peace economy”"), not anyone's quotation: it is left out silently.
 */
export const scareQuotes: Sieve = {
  name: 'scare-quotes',
  run(doc) {
    for (const c of open(doc)) if (c.maybe) c.link = { sieve: this.name, term: true };
  },
};
