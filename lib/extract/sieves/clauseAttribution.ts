import { attributionsOf, open } from './attributionsOf.ts';
import type { Sieve } from './types.ts';

/**
 * A quotation no attribution points at, in a clause that has one: the nearest attribution
 * of its own clause ("“…” “…,” he said"; a fragment the clause's verb governs: "Lee said
 * the plan was “fully funded”"). A new clause starts at ";" and at "while/but/and …"
 * after a comma or a quotation, so another speaker's clause never lends its speaker.
 */
export const clauseAttribution: Sieve = {
  name: 'clause-attribution',
  run(doc) {
    for (const c of open(doc)) {
      const ranked = attributionsOf(doc, c);
      if (ranked && ranked.clause.length > 0)
        c.link = { sieve: this.name, mentions: ranked.clause.map((a) => a.subject) };
    }
  },
};
