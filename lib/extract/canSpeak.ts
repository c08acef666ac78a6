import type { Subject } from './findSubject.ts';
import { ANONYMOUS_HEADS, CROWD_NOUNS, INSTITUTION_NOUNS } from './patterns.ts';

/**
 * True when a subject can give advice, make a call or a promise in words: a person or a
 * pronoun for one, a role ("the commissioner"), several people together, a named body
 * ("the Weather Office", "Harbour Police") or a body or group by its head noun ("police",
 * "the council", "officials"). A thing cannot: "the tax encouraged firms to invest", "the
 * storm threatened to flood the quay", "the plan calls for two new piers" say nothing.
 * (A named body is told by a capital in its words; a thing's name rarely opens a
 * directive's subject.)
 */
export function canSpeak(subject: Subject): boolean {
  if (subject.kind !== 'other')
    return subject.kind !== 'pronoun' || subject.text.toLowerCase() !== 'it';
  const words = subject.text.split(/[^\p{L}’'-]+/u).filter(Boolean);
  if (words.some((w) => /^\p{Lu}/u.test(w) && !/^(?:The|A|An)$/.test(w))) return true;
  const head = words.at(-1)?.toLowerCase() ?? '';
  return INSTITUTION_NOUNS.has(head) || ANONYMOUS_HEADS.has(head) || CROWD_NOUNS.has(head);
}
