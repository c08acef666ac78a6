import type { Subject } from './findSubject.ts';
import { nameRuns } from './nameRuns.ts';
import type { PeopleIndex } from './PeopleIndex.ts';
import { parseNameRun } from './parseNameRun.ts';
import type { Sentence } from './readParagraph.ts';

/**
 * Who answers an interview's questions: the first person named in the last sentence
 * before the questions that names one ("Minister Cho Hyun-woo spoke to the Courier on
 * Tuesday."), looking back through the paragraph before them; else whoever the article
 * was talking about just before (a pronoun-like mention, resolved like "he").
 */
export function findInterviewee(
  people: PeopleIndex,
  intro: readonly Sentence[],
  text: string,
): Subject {
  for (const s of [...intro].reverse()) {
    for (const { run } of nameRuns(s.tokens)) {
      const parsed = parseNameRun(run);
      if (!parsed) continue;
      const found = people.candidatesFor(parsed);
      if (Array.isArray(found) && found.length === 1 && people.isStrong(found[0]!)) {
        const at = text.slice(run[0]!.start, run[run.length - 1]!.end);
        return { kind: 'name', run: parsed, text: at, role: null };
      }
    }
  }
  return { kind: 'pronoun', gender: null, plural: false, text: 'the interviewee' };
}
