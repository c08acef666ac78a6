import { attributed } from './attributionsOf.ts';
import { holdsOwnAttribution } from './holdsOwnAttribution.ts';
import type { Sieve } from './types.ts';

/**
 * A quotation that runs over several paragraphs (news style: an opening mark at each
 * paragraph, one closing mark at the end) is one speaker's: every part takes the speaker
 * of whichever part is attributed, the first attributed part if several are.
 */
export const runsOn: Sieve = {
  name: 'runs-on',
  run(doc) {
    const chains = new Map<number, number[]>();
    for (const c of doc.candidates) {
      if (c.kind !== 'direct' || c.sentence < 0) continue;
      const head = c.chain ?? (doc.candidates.some((o) => o.chain === c.id) ? c.id : null);
      if (head === null) continue;
      chains.set(head, [...(chains.get(head) ?? []), c.id]);
    }
    for (const ids of chains.values()) {
      const members = ids.map((id) => doc.candidates[id]!);
      const linked = members.find(attributed);
      if (!linked) continue;
      for (const m of members) {
        // (A part whose unmatched mark runs into its own attribution is that verb's.)
        if (m.link === null && m.problem === null && !holdsOwnAttribution(m.text))
          m.link = { sieve: this.name, sameAs: linked.id };
      }
    }
  },
};
