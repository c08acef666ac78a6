import { attributed } from './attributionsOf.ts';
import { introMentions } from './introMentions.ts';
import type { Candidate, Link, Sieve } from './types.ts';

/**
 * A paragraph set as a block quotation (`<blockquote>`, no quotation marks: a blog post,
 * a court filing, a statement quoted at length) is the words of whoever the paragraph
 * before it introduces ("Zuckerberg said at the trial." / "Askar wrote:"): the person
 * its closing "…:" names, else the speaker of its last attributed quotation, looking
 * back at most two paragraphs of prose. Consecutive block paragraphs go on from one another.
 */
/**
 * Most paragraphs of prose looked back through for who a block quotation is by: the one
 * right before it, or the one before that when the nearer one only explains ("Askar wrote
 * in a blog post …" / "The bug resides in …" / the quoted post).
 */
const MAX_PROSE_BACK = 2;

export const blockQuotes: Sieve = {
  name: 'block-quote',
  run(doc) {
    for (const c of doc.candidates) {
      const para = doc.paras[c.para]!;
      if (
        c.link !== null ||
        c.problem !== null ||
        c.sentence !== -1 ||
        (para.block !== 'blockquote' && !para.statement)
      )
        continue;
      let link: Link | null = null;
      let prose = 0;
      for (let p = para.index - 1; p >= 0 && link === null && prose < MAX_PROSE_BACK; p--) {
        const before = doc.paras[p]!;
        const linked = doc.candidates.filter((o) => o.para === p && attributed(o));
        const last: Candidate | undefined = linked.at(-1);
        if (before.block === 'blockquote' || before.statement) {
          if (last) link = { sieve: this.name, sameAs: last.id };
          continue;
        }
        prose++;
        const intro = introMentions(before);
        if (intro.length > 0) link = { sieve: this.name, mentions: intro };
        else if (last) link = { sieve: this.name, sameAs: last.id };
      }
      if (link) c.link = link;
    }
  },
};
