import { SPEECH_VERBS } from '../patterns.ts';
import { afterOpeningQuote } from './afterOpeningQuote.ts';
import { attributed, linkable, open } from './attributionsOf.ts';
import { namedSubject } from './namedSubject.ts';
import type { Sieve } from './types.ts';

/**
 * A paragraph of one sentence that announces the words below it by a pronoun, as broadcast
 * copy does: "Here's what she said at the harbour meeting.", "This is what he told us."
 */
const HERE_IS_WHAT =
  /^(?:Here(?:'s|’s|\s+is)|This\s+is)\s+what\s+(he|she)\s+(?:said|told|had\s+to\s+say|wrote|posted)\b[^.!?:]*[.:]?$/i;

/**
 * A paragraph that opens with a quotation and attributes none, right after a paragraph
 * that quotes nobody and ends with a sentence about one named person ("Marsh spoke for
 * almost ten minutes without notes." / "U.S. Senator Bob Menendez today applauded …"):
 * that person's words. Runs late, after every sieve with firmer evidence.
 */
export const precedingSubject: Sieve = {
  name: 'preceding-subject',
  run(doc) {
    for (const c of open(doc)) {
      if (c.maybe || c.kind !== 'direct') continue;
      const para = doc.paras[c.para]!;
      if ((para.spans[0]?.open ?? 1) > 0 || para.qa !== null || para.label !== null) continue;
      const here = doc.candidates.filter((o) => o.para === para.index);
      if (here.some(attributed)) continue;
      // "“…,” the leaflet said.": a verb of speech after the quotation is its own
      // attribution, unread; the person the paragraph before is about did not say it.
      if (afterOpeningQuote(para)?.tokens.some((t) => SPEECH_VERBS.has(t.word))) continue;
      const prev = doc.paras[para.index - 1];
      if (prev?.role !== 'body' || prev.spans.length > 0 || prev.qa !== null) continue;
      // "Here's what she said during the meeting.": the pronoun whose words follow.
      const intro = HERE_IS_WHAT.exec(prev.text.trim());
      if (intro) {
        const female = intro[1]!.toLowerCase() === 'she';
        for (const o of here)
          if (linkable(o))
            o.link = {
              sieve: this.name,
              mentions: [
                { kind: 'pronoun', gender: female ? 'f' : 'm', plural: false, text: intro[1]! },
              ],
            };
        continue;
      }
      // The one person the paragraph's sentences are about.
      const { person, names, subjects } = namedSubject(doc, prev, prev.sentences);
      // "But he told the Today programme the plan was working." / "“…”": a paragraph of one
      // sentence whose one subject is "he" or "she" passes the quotation to whoever that is.
      const pronoun = prev.sentences.length === 1 && names.length === 0 ? subjects : [];
      const only = pronoun.length === 1 ? pronoun[0]! : undefined;
      if (only?.kind === 'pronoun' && /^(?:he|she)$/i.test(only.text)) {
        for (const o of here) if (linkable(o)) o.link = { sieve: this.name, mentions: [only] };
        continue;
      }
      if (!person) continue;
      for (const o of here) {
        if (linkable(o)) o.link = { sieve: this.name, mentions: [person] };
      }
    }
  },
};
