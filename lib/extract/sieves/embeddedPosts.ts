import { postAuthor } from '../postAuthor.ts';
import { open } from './attributionsOf.ts';
import { strongPeople } from './strongPeople.ts';
import type { Sieve } from './types.ts';

/**
 * A post embedded in the article (a tweet copied with its signature: "… — Ada Quill
 * (@adaquill) May 29, 2020", on its last line or on a line of its own): its words are its
 * author's; an organisation's account ("— Harbour Police HQ (@HarbourPD)") speaks as the
 * organisation. A post whose account may be either stays unattributed, never given to
 * the speaker before it.
 */
export const embeddedPosts: Sieve = {
  name: 'embedded-post',
  run(doc) {
    for (const c of open(doc)) {
      const para = doc.paras[c.para]!;
      if (!para.post || c.sentence !== -1 || c.start !== 0) continue;
      const author = postAuthor(para.post);
      // A name that may be a firm's ("Tarrow Ferries") is a person's only when the article
      // shows it names one person.
      if (author?.kind === 'person' && strongPeople(doc, author.run).length === 1)
        c.link = {
          sieve: this.name,
          mentions: [{ kind: 'name', run: author.run, text: para.post, role: null }],
        };
      else if (author?.kind === 'organisation')
        c.link = { sieve: this.name, mentions: [{ kind: 'other', text: author.name }] };
      // Its words are the account's, whoever spoke before it: never another speaker's.
      else
        c.problem = `an embedded post by "${para.post}", whom the article does not show to be one person`;
    }
  },
};
