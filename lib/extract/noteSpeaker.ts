import type { Subject } from './findSubject.ts';
import type { PeopleIndex } from './PeopleIndex.ts';
import type { Person } from './types.ts';

/** Fewest words of a role phrase worth keeping for a description ("South Korea's top diplomat in …", not "the minister"). */
const MIN_ROLE_SUBJECT_WORDS = 5;

/**
 * Records that a person has just spoken: the role their attribution gives them
 * ("Park Ji-won, the opposition leader, said"), and that they are now the person the
 * article is talking about.
 */
export function noteSpeaker(people: PeopleIndex, person: Person, subject: Subject): void {
  if (subject.kind === 'name' && subject.role) people.learn(person, null, subject.role);
  if (subject.kind === 'role' && subject.text.split(/\s+/).length >= MIN_ROLE_SUBJECT_WORDS)
    people.learn(person, null, subject.text);
  people.markSpeaker(person);
}
