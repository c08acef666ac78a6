import type { Subject } from './findSubject.ts';
import type { PeopleIndex } from './PeopleIndex.ts';
import type { Person } from './types.ts';

/** Fewest words of a role phrase worth keeping for a description ("South Korea's top diplomat in …", not "the minister"). */
const MIN_ROLE_SUBJECT_WORDS = 5;

/**
 * Records what a person's attribution says of them: the role it gives them ("Park
 * Ji-won, the opposition leader, said"; "South Korea's top diplomat in the United States").
 */
export function noteSpeaker(people: PeopleIndex, person: Person, subject: Subject): void {
  if (subject.kind === 'name' && subject.role) people.learn(person, null, subject.role);
  if (subject.kind === 'role' && subject.text.split(/\s+/).length >= MIN_ROLE_SUBJECT_WORDS)
    people.learn(person, null, subject.text);
}
