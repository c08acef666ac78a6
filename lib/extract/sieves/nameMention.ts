import type { Subject } from '../findSubject.ts';
import { parseNameRun } from '../parseNameRun.ts';
import { tokenize } from '../tokenize.ts';

/**
 * A mention of a person by a name printed on its own (a signature's, a heading's, a
 * headline's "Ada Quill: …"), or null when the words are no name.
 */
export function nameMention(name: string): Extract<Subject, { kind: 'name' }> | null {
  const run = parseNameRun(tokenize(name));
  return run ? { kind: 'name', run, text: name, role: null } : null;
}
