import { parseNameRun } from '../parseNameRun.ts';
import { TOPIC_LABEL } from '../patterns.ts';
import { tokenize } from '../tokenize.ts';
import { transcriptTitleName } from '../transcriptTitleName.ts';
import { afterOpeningQuote } from './afterOpeningQuote.ts';
import { attributed, linkable } from './attributionsOf.ts';
import { peopleNamed } from './peopleNamed.ts';
import type { ArticleDoc, Para, Sieve } from './types.ts';

/**
 * A topic in brackets glued to the answer, as team sites print press conferences:
 * "(On the late penalty)- “…”", "(on if he felt ready) "…"", "(Opening statement) “…”".
 */
const BRACKETED_TOPIC =
  /^\((?:on|about|asked about|regarding|opening statement|opening remarks)\b[^()]{0,160}\)\s*[-–—:]?\s*[“"‘]/i;

/** A paragraph of a press conference's answers: a topic glued to the quotation it opens. */
const isLabelledAnswer = (para: Para) => labelEnd(para) > 0;

/** Where the answer's opening mark stands after its topic label; 0 when the paragraph has none. */
function labelEnd(para: Para): number {
  if (para.role !== 'body') return 0;
  const m = TOPIC_LABEL.exec(para.text) ?? BRACKETED_TOPIC.exec(para.text);
  return m ? m[0].length - 1 : 0;
}

/**
 * A press-conference transcript of one person, printed as topic-labelled answers
 * ("On the loss: “…”", "(On the injury)- “…”") under a title or a heading that names
 * them ("Game Vs. Harbour: Head Coach Ada Quill", "Post Game Quotes, Ada Quill", a heading
 * "Head coach Ada Quill" over the first answer; `transcriptTitleName`). The answers are
 * that person's: the run of labelled answers from the first, each with no quotation given
 * to anyone and no person named in its own narration, when the heading stands over the
 * first answer, or when the first answer is the article's first paragraph under the
 * title. Any other paragraph ends the run.
 */
export const headedAnswers: Sieve = {
  name: 'headed-answers',
  run(doc) {
    const first = doc.paras.find(isLabelledAnswer);
    if (!first) return;
    const headline = doc.paras.find((p) => p.role === 'headline');
    const opensBody = !doc.paras.some((p) => p.role === 'body' && p.index < first.index);
    const headed = first.heading ? transcriptTitleName(first.heading) : null;
    const titled = !headed && opensBody && headline ? transcriptTitleName(headline.text) : null;
    const name = headed ?? titled;
    const run = name ? parseNameRun(tokenize(name)) : null;
    if (!name || !run) return;
    const answers: Para[] = [];
    for (const para of doc.paras.slice(first.index)) {
      if (!isLabelledAnswer(para) || !isOpen(doc, para)) break;
      answers.push(para);
    }
    if (answers.length === 0) return;
    doc.people.register(run, null, true);
    // (A quotation read from the paragraph's start, its opening mark lost, holds the
    // reporter's topic: not the speaker's words.)
    for (const para of answers)
      for (const c of doc.candidates)
        if (
          c.para === para.index &&
          c.kind === 'direct' &&
          linkable(c) &&
          c.start >= labelEnd(para)
        )
          c.link = { sieve: this.name, mentions: [{ kind: 'name', run, text: name, role: null }] };
    // "Game Vs. Harbour: Head Coach Ada Quill": the title labels the transcript; the words
    // before the name are no words of theirs.
    if (titled && headline)
      for (const c of doc.candidates)
        if (c.para === headline.index && c.link !== null && !('term' in c.link)) {
          c.link = null;
          c.problem = 'the title of a press conference’s transcript, not words of its speaker';
        }
  },
};

/** An answer none of whose quotations is given to anyone, with no person named in its narration. */
function isOpen(doc: ArticleDoc, para: Para): boolean {
  const here = doc.candidates.filter((c) => c.para === para.index && c.kind === 'direct');
  return !here.some(attributed) && peopleNamed(doc, afterOpeningQuote(para)).length === 0;
}
