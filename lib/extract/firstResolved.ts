import type { Subject } from './findSubject.ts';
import type { PeopleIndex } from './PeopleIndex.ts';
import { resolveSubject } from './resolveSubject.ts';
import type { Person } from './types.ts';

/** The first attribution that names a person of the article, or why the first one does not. */
export function firstResolved(
  people: PeopleIndex,
  candidates: readonly Subject[],
): { person: Person; subject: Subject } | { reason: string } {
  let firstReason: string | null = null;
  for (const subject of candidates) {
    const person = resolveSubject(people, subject);
    if (!('reason' in person)) return { person, subject };
    firstReason ??= person.reason;
  }
  return { reason: firstReason ?? 'no attribution' };
}
