import { givenName } from './givenNames.ts';
import type { NameRun } from './parseNameRun.ts';

/**
 * True when a name printed on its own (a post's signature, a speaker's heading) shows by
 * itself that it is a person's: a title before it ("CEO Ada Quill") or a known given name
 * ("Ada Quill"), not two capitalised words a firm may bear ("Tarrow Ferries").
 */
export const evidentPerson = (run: NameRun): boolean =>
  run.name.length >= 2 && (run.title !== null || givenName(run.name[0]!) !== undefined);
