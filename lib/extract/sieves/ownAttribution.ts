import { attributionsOf, open } from './attributionsOf.ts';
import type { Sieve } from './types.ts';

/**
 * The attribution that points at the quotation itself: a speech verb right before or
 * after it (“…,” Lee said; “…,” said the minister; Lee said, “…”; Lee told Reuters: “…”),
 * a dash and a name after it, a headline's "Name: “…”" or "“…”: Name". The most precise
 * evidence there is (CoreNLP's trigram sieve plays this part), so it runs first.
 */
export const ownAttribution: Sieve = {
  name: 'own-attribution',
  run(doc) {
    for (const c of open(doc)) {
      const ranked = attributionsOf(doc, c);
      if (ranked && ranked.own.length > 0)
        c.link = { sieve: this.name, mentions: ranked.own.map((a) => a.subject) };
    }
  },
};
