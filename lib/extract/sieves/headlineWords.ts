import { nameMention } from './nameMention.ts';
import { strongPeople } from './strongPeople.ts';
import type { Sieve } from './types.ts';

/**
 * A headline that gives someone's words without quotation marks ("Ada Quill: We were not
 * good enough today", "… – Quill"): the words are the named person's when the article
 * names exactly one person by that name with evidence of a person (a given name, a
 * title, a role, the surname used alone). Any other name ("Brexit: …", a company, two
 * people of that surname) makes the line a plain headline, left out silently.
 */
export const headlineWords: Sieve = {
  name: 'headline-words',
  run(doc) {
    for (const para of doc.paras) {
      if (!para.headlineSpeaker) continue;
      const mention = nameMention(para.headlineSpeaker);
      const people = strongPeople(doc, mention?.run ?? null);
      for (const c of doc.candidates) {
        if (c.para !== para.index || c.sentence !== -1 || c.link !== null) continue;
        c.link =
          mention && people.length === 1
            ? { sieve: this.name, mentions: [mention] }
            : { sieve: this.name, term: true };
      }
    }
  },
};
