import type { Subject } from './findSubject.ts';
import { nameRuns } from './nameRuns.ts';
import type { PeopleIndex } from './PeopleIndex.ts';
import { parseNameRun } from './parseNameRun.ts';
import type { Sentence } from './readParagraph.ts';

/**
 * The words before a name that make it the interviewer's: the interviewee's own "Q&A",
 * "interview" or "conversation" with them ("From her Q&A with Ada Quill:", "in his
 * interview with Ben Holt of the Courier"), or "interviewed by", "asked by". ("Our Q&A
 * with Ada Quill" is the outlet's, and she answers it.)
 */
const INTERVIEWER_BEFORE =
  /(?:\b(?:his|her|their)\s+(?:[\p{L}-]+\s+){0,2}(?:q\s*&\s*a|q\s*and\s*a|interview|conversation|chat|talk|exchange)s?\s+with|\b(?:interviewed|questioned|questions|interview|conducted|asked)\s+by)\s+(?:\p{L}+\s+){0,2}$/iu;

/** Whether a name after these words is the one asking the questions, not answering them. */
const asksTheQuestions = (before: string): boolean => INTERVIEWER_BEFORE.test(before.slice(-80));

/**
 * Who answers an interview's questions: the first person named in the last sentence
 * before the questions that names one ("Minister Cho Hyun-woo spoke to the Courier on
 * Tuesday."), never the interviewer ("From her Q&A with Ada Quill:"), looking back through
 * the paragraph before them; else whoever the article was talking about just before (a
 * pronoun-like mention, resolved like "he").
 */
export function findInterviewee(
  people: PeopleIndex,
  intro: readonly Sentence[],
  text: string,
): Subject {
  for (const s of [...intro].reverse()) {
    for (const { run } of nameRuns(s.tokens)) {
      const parsed = parseNameRun(run);
      if (!parsed || asksTheQuestions(text.slice(0, run[0]!.start))) continue;
      const found = people.candidatesFor(parsed);
      if (Array.isArray(found) && found.length === 1 && people.isStrong(found[0]!)) {
        const at = text.slice(run[0]!.start, run[run.length - 1]!.end);
        return { kind: 'name', run: parsed, text: at, role: null };
      }
    }
  }
  return { kind: 'pronoun', gender: null, plural: false, text: 'the interviewee' };
}
