import { nameRuns } from './nameRuns.ts';
import type { PeopleIndex } from './PeopleIndex.ts';
import { parseNameRun } from './parseNameRun.ts';
import type { Sentence } from './readParagraph.ts';
import type { Person } from './types.ts';

/**
 * Who answers an interview's questions: the first person named in the last sentence
 * before the questions that names one ("Minister Cho Hyun-woo spoke to the Courier on
 * Tuesday."), looking back through the paragraph before them, else the person the
 * article is talking about.
 */
export function findInterviewee(
  people: PeopleIndex,
  intro: readonly Sentence[],
): Person | { reason: string } {
  for (const s of [...intro].reverse()) {
    for (const { run } of nameRuns(s.tokens)) {
      const parsed = parseNameRun(run);
      if (!parsed) continue;
      const person = people.resolveName(parsed);
      if (!('reason' in person)) return person;
    }
  }
  const focus = people.resolvePronoun(null);
  return 'reason' in focus
    ? { reason: 'no person is named before the questions and answers' }
    : focus;
}
