import { findAttribution } from '../findAttribution.ts';
import type { Subject } from '../findSubject.ts';
import { addReported } from './addReported.ts';
import type { Para, Sieve } from './types.ts';

/**
 * A list after a sentence that introduces what someone said ("In the interview, the
 * president also said:" then "• The UK must stay in the EU …"): each list item is that
 * person's reported speech.
 */
export const listedStatements: Sieve = {
  name: 'listed-statements',
  run(doc) {
    let intro: Subject[] = [];
    for (const para of doc.paras) {
      if (para.block !== 'li') {
        intro = saidIntro(para);
        continue;
      }
      if (intro.length === 0 || para.spans.length > 0) continue;
      if (doc.candidates.some((c) => c.para === para.index)) continue;
      let end = para.text.length;
      while (end > 0 && /[\s.;]/.test(para.text[end - 1]!)) end--;
      const sentence = para.sentences.length > 0 ? 0 : -1;
      addReported(doc, para, sentence, 0, end, { sieve: this.name, mentions: intro });
    }
  },
};

/** The speaker a paragraph's closing "… said:" introduces, if it ends in one. */
function saidIntro(para: Para): Subject[] {
  const last = para.sentences.at(-1);
  if (!last || !para.text.slice(last.start, last.end).trim().endsWith(':')) return [];
  return findAttribution(last.tokens, para.text).map((a) => a.subject);
}
