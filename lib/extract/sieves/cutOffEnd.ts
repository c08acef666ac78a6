import type { Sieve } from './types.ts';

/** The last character of a paragraph the page cut off mid-sentence: a letter, a digit or a comma. */
const CUT_OFF_END = /[\p{L}\p{N},]$/u;

/**
 * A quotation opened in the article's last paragraph and never closed, the text ending
 * mid-sentence ("“We were always going to", "…, we are actua"): the page was cut off
 * before the words ended, and with them the attribution news prints after the words. The
 * sentence sieves before this one have read what the quotation's own sentence says; no
 * later sieve guesses from the paragraphs around it (the speaker just quoted, the one
 * person the article quotes), and the quotation stays open.
 */
export const cutOffEnd: Sieve = {
  name: 'cut-off-end',
  run(doc) {
    const last = doc.paras.at(-1);
    if (last?.role !== 'body' || !CUT_OFF_END.test(last.text.trimEnd())) return;
    for (const c of doc.candidates) {
      if (c.para !== last.index || c.link !== null || c.problem !== null) continue;
      if (c.kind !== 'direct' || !c.span || c.span.open < 0 || !c.span.runsOn) continue;
      c.problem = 'the page ends inside the quotation, before anyone is said to speak it';
    }
  },
};
