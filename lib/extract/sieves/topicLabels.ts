import { SPEECH_PARTICIPLES, SPEECH_VERBS, TOPIC_LABEL } from '../patterns.ts';
import { attributed, linkable } from './attributionsOf.ts';
import type { ArticleDoc, Candidate, Para, Sieve } from './types.ts';

/** Most paragraphs between the first topic label and the attributed quotation it goes on from. */
const MAX_GAP_PARAGRAPHS = 2;

/**
 * Reaction roundups that give one person's answers under topic labels: “…,” Quill told
 * Harbour Radio. / "Here is what he said afterwards." / "On the late winner: “…”" /
 * "On his second goal: “…”". A run of labelled paragraphs goes on from the nearest
 * attributed quotation before it (at most two paragraphs back), whose speaker answers them
 * all; with none, the run stays open.
 */
export const topicLabels: Sieve = {
  name: 'topic-label',
  run(doc) {
    let from: Candidate | null = null;
    for (const para of doc.paras) {
      const open = doc.candidates.filter((c) => c.para === para.index && linkable(c));
      if (!labelled(para) || open.length === 0) {
        from = null;
        continue;
      }
      from ??= attributedBefore(doc, para);
      if (!from) continue;
      for (const c of open) c.link = { sieve: this.name, sameAs: from.id };
    }
  },
};

/**
 * A topic label names a topic, not someone speaking: "On Twitter, the department paid tribute,
 * writing: “…”" is a sentence whose own subject posts the words (a participle of speech after
 * a comma), never a label under the speaker before.
 */
const labelled = (para: Para) =>
  para.role === 'body' &&
  (TOPIC_LABEL.test(para.text) || topicLead(para.text)) &&
  !(para.text.split(':')[0] ?? '')
    .split(/,\s+/)
    .slice(1)
    .some((clause) => SPEECH_PARTICIPLES.has(clause.split(/\s+/)[0]!.toLowerCase()));

/** The last attributed direct quotation of the paragraphs just before the run. */
function attributedBefore(doc: ArticleDoc, para: Para): Candidate | null {
  for (let p = para.index - 1; p >= 0 && para.index - p <= MAX_GAP_PARAGRAPHS; p--) {
    const last = doc.candidates
      .filter((c) => c.para === p && c.kind === 'direct' && attributed(c))
      .at(-1);
    if (last) return last;
  }
  return null;
}

/**
 * A topic set off by a comma right before the quotation, as press-conference round-ups
 * print a coach's answers: "On the goalkeeper, who made nine saves, “…”", "About the
 * late penalty, “…”". The lead names no speaker: it holds no verb of speech ("On Monday,
 * Quill said, “…”" is an attribution) and names no day or month.
 */
const TOPIC_LEAD = /^(?:and\s+)?(?:on|about|asked about)\s([^:“”"]{1,160}),\s*[“"‘]/i;
const WHEN =
  /^(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d)/i;

function topicLead(text: string): boolean {
  const lead = TOPIC_LEAD.exec(text)?.[1];
  if (lead === undefined || WHEN.test(lead)) return false;
  // ("who had 35 points": a noun a number counts, no verb.)
  const words = lead.toLowerCase().split(/[^\p{L}\d’']+/u);
  return !words.some(
    (w, i) => (SPEECH_VERBS.has(w) || SPEECH_PARTICIPLES.has(w)) && !/^\d/.test(words[i - 1] ?? ''),
  );
}
