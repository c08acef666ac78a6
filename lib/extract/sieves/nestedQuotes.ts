import { speechVerbs } from '../findAttribution.ts';
import { findQuoteSpans } from '../findQuoteSpans.ts';
import { subjectBefore } from '../findSubject.ts';
import { tokenize } from '../tokenize.ts';
import { addReported } from './addReported.ts';
import { wordCount } from './isShortFragment.ts';
import type { Sieve } from './types.ts';

/**
 * Most words between the speech verb inside a quotation and the nested quotation it
 * introduces ("assured us tonight that he “…”": four); further on, the verb tells something else.
 */
const MAX_WORDS_TO_NESTED = 5;
/** Fewest words of a nested quotation worth one of its own: shorter ones are terms. */
const MIN_NESTED_WORDS = 2;

/**
 * “Pres Quill assured us tonight that he “never raises taxes.” What a relief!”: a quotation
 * nested inside another, with its own attribution inside the outer one (a name and a
 * speech verb right before it), is that person's words, not the outer speaker's. It
 * becomes a quotation of its own, linked to the name. A nested quotation without a named
 * speaker of its own ("I told him ‘no’") stays part of the outer one.
 */
export const nestedQuotes: Sieve = {
  name: 'nested-quote',
  run(doc) {
    const outer = doc.candidates.filter((c) => c.kind === 'direct' && c.span !== null);
    for (const c of outer) {
      const scan = findQuoteSpans(c.text);
      if (!scan.ok) continue;
      for (const inner of scan.spans) {
        if (inner.runsOn || inner.open < 0) continue;
        if (wordCount(inner.text) < MIN_NESTED_WORDS) continue;
        const before = c.text.slice(0, inner.open);
        const tokens = tokenize(before);
        const verb = speechVerbs(tokens).at(-1);
        if (verb === undefined || tokens.length - 1 - verb > MAX_WORDS_TO_NESTED) continue;
        const subject = subjectBefore(tokens, verb, before);
        if (subject?.kind !== 'name') continue;
        const start = c.start + inner.open + 1;
        const end = c.start + inner.close;
        const link = { sieve: this.name, mentions: [subject] };
        // Already listed on its own, unattributed, as someone else's words inside the
        // quotation (readDocument, `othersWordsInQuote.ts`): that one becomes the named person's,
        // so the words are reported once.
        const listed = doc.candidates.find(
          (d) => d.para === c.para && d.start === start && d.end === end && d.span === null,
        );
        if (listed) {
          listed.link = link;
          listed.problem = null;
          continue;
        }
        addReported(doc, doc.paras[c.para]!, c.sentence, start, end, link, 'direct');
      }
    }
  },
};
