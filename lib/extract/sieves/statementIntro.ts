import { subjectBefore } from '../findSubject.ts';
import { ISSUING_VERBS, STATEMENT_NOUNS } from '../patterns.ts';
import { open } from './attributionsOf.ts';
import type { Sieve } from './types.ts';

/** Most words between the verb and the statement noun ("issued a brief written statement"). */
const MAX_NOUN_GAP = 4;

/**
 * A quotation introduced as a record of someone's words, with a comma or colon: "Afterward,
 * she issued this statement, “…”", "The mayor released a short letter: “…”". The subject
 * of the verb that put the record out is its speaker; the paragraphs the quotation runs
 * on into follow it (`continuation`, `runs-on`).
 */
export const statementIntro: Sieve = {
  name: 'statement-intro',
  run(doc) {
    for (const c of open(doc)) {
      if (c.maybe || c.token < 2) continue;
      const para = doc.paras[c.para]!;
      const tokens = para.sentences[c.sentence]?.tokens;
      if (!tokens || !/^[,:]$/.test(tokens[c.token - 1]!.text)) continue;
      const noun = c.token - 2;
      if (!STATEMENT_NOUNS.has(tokens[noun]!.word)) continue;
      let verb = -1;
      for (let i = noun - 1; i >= Math.max(0, noun - 1 - MAX_NOUN_GAP); i--) {
        if (ISSUING_VERBS.has(tokens[i]!.word)) {
          verb = i;
          break;
        }
        if (/^[,;:—–()]$/.test(tokens[i]!.text)) break;
      }
      if (verb < 1) continue;
      const subject = subjectBefore(tokens, verb, para.text);
      if (subject) c.link = { sieve: this.name, mentions: [subject] };
    }
  },
};
