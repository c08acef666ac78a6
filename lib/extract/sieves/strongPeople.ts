import type { Subject } from '../findSubject.ts';
import type { NameRun } from '../parseNameRun.ts';
import type { Person } from '../types.ts';
import { nameMention } from './nameMention.ts';
import type { ArticleDoc } from './types.ts';

/**
 * The people of the article a name can mean, when the article gives evidence they are
 * people (`PeopleIndex.isStrong`); none for no name or one that resolves to nobody.
 */
export function strongPeople(doc: ArticleDoc, run: NameRun | null): Person[] {
  const found = run ? doc.people.candidatesFor(run) : null;
  return Array.isArray(found) ? found.filter((p) => doc.people.isStrong(p)) : [];
}

/** A name's mention, when the article shows the name is exactly one person's; else null. */
export function trustedMention(doc: ArticleDoc, name: string | null): Subject | null {
  const mention = name ? nameMention(name) : null;
  return mention && strongPeople(doc, mention.run).length === 1 ? mention : null;
}
