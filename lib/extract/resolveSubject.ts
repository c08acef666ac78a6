import type { Subject } from './findSubject.ts';
import type { PeopleIndex } from './PeopleIndex.ts';
import type { Person } from './types.ts';

/** Ties an attribution's subject to a person of the article, or says why it cannot. */
export function resolveSubject(people: PeopleIndex, subject: Subject): Person | { reason: string } {
  switch (subject.kind) {
    case 'pronoun':
      return subject.plural
        ? { reason: `"${subject.text}" is not one person` }
        : people.resolvePronoun(subject.gender);
    case 'name':
      return people.resolveName(subject.run);
    case 'role':
      return people.resolveRole(subject.head);
    default:
      return { reason: `"${subject.text}" is not a person` };
  }
}
