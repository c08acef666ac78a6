import type { NameRun } from '../parseNameRun.ts';
import type { Person } from '../types.ts';
import type { ArticleDoc } from './types.ts';

/**
 * The people of the article a name can mean, when the article gives evidence they are
 * people (`PeopleIndex.isStrong`); none for no name or one that resolves to nobody.
 */
export function strongPeople(doc: ArticleDoc, run: NameRun | null): Person[] {
  const found = run ? doc.people.candidatesFor(run) : null;
  return Array.isArray(found) ? found.filter((p) => doc.people.isStrong(p)) : [];
}
