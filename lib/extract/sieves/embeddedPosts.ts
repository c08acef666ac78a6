import { parseNameRun } from '../parseNameRun.ts';
import { tokenize } from '../tokenize.ts';
import { open } from './attributionsOf.ts';
import type { Sieve } from './types.ts';

/**
 * A post embedded in the article (a tweet copied with its signature: "… — Ada Quill
 * (@adaquill) May 29, 2020"): its words, before the signature, are its author's.
 */
export const embeddedPosts: Sieve = {
  name: 'embedded-post',
  run(doc) {
    for (const c of open(doc)) {
      const para = doc.paras[c.para]!;
      if (!para.post || c.sentence !== -1 || c.start !== 0) continue;
      const run = parseNameRun(tokenize(para.post));
      if (run)
        c.link = {
          sieve: this.name,
          mentions: [{ kind: 'name', run, text: para.post, role: null }],
        };
    }
  },
};
