import { attributionsOf, open } from './attributionsOf.ts';
import type { Sieve } from './types.ts';

/**
 * A full quotation whose own clause names nobody, in a sentence that attributes another
 * clause: the nearest attribution of the sentence. Never for a short fragment (that is a
 * scare quote unless its own clause attributes it).
 */
export const sentenceAttribution: Sieve = {
  name: 'sentence-attribution',
  run(doc) {
    for (const c of open(doc)) {
      if (c.maybe) continue;
      const ranked = attributionsOf(doc, c);
      if (ranked && ranked.sentence.length > 0)
        c.link = { sieve: this.name, mentions: ranked.sentence.map((a) => a.subject) };
    }
  },
};
