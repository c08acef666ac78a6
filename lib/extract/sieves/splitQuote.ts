import { open } from './attributionsOf.ts';
import type { Sieve } from './types.ts';

/**
 * A full quotation whose sentence attributes nothing, in a paragraph that attributes
 * another: the second half of a split quote (“…,” said Dr. Ada Quill in a statement.
 * “…”), or a quotation before the attributed one (“…” “…,” he said.). It takes the
 * speaker of the nearest attributed quotation before it in the paragraph, else after it.
 */
export const splitQuote: Sieve = {
  name: 'split-quote',
  run(doc) {
    for (const c of open(doc)) {
      if (c.maybe || c.sentence < 0) continue;
      const linked = doc.candidates.filter(
        (o) => o.para === c.para && o.kind === 'direct' && o.link !== null && !('term' in o.link),
      );
      const before = linked.filter((o) => o.start < c.start).at(-1);
      const after = linked.find((o) => o.start > c.start);
      const target = before ?? after;
      if (target) c.link = { sieve: this.name, sameAs: target.id };
    }
  },
};
