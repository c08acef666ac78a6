import type { Subject } from './findSubject.ts';
import { isKoreanStyle } from './parseNameRun.ts';

/**
 * Whether an attribution that names nobody of the article still points at one person
 * (an error a curator must see), rather than an institution or a crowd (left out).
 */
export function looksLikeOnePerson(subject: Subject): boolean {
  if (subject.kind === 'pronoun') return !subject.plural;
  if (subject.kind === 'name') return subject.run.title !== null || isKoreanStyle(subject.run.name);
  return subject.kind === 'role';
}
