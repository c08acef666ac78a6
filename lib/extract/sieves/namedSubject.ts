import type { Subject } from '../findSubject.ts';
import type { Sentence } from '../readParagraph.ts';
import { sentenceSubjects } from '../sentenceSubjects.ts';
import { strongPeople } from './strongPeople.ts';
import type { ArticleDoc, Para } from './types.ts';

/**
 * The one person some sentences of a paragraph are about: the name that is every one of
 * their subjects, when the article shows it is a person's. A second name among the
 * subjects ("Tomas Varga and Ines Morrow spoke …") leaves it unclear, even when the article
 * gives no other sign that the second is a person's; so does a name that is no one's.
 * `names`: the sentences' name subjects (each a name the people index knows); `subjects`:
 * all their subjects, read once for callers that also weigh the others.
 */
export function namedSubject(
  doc: ArticleDoc,
  para: Para,
  sentences: readonly Sentence[],
): { person: Subject | null; names: Subject[]; subjects: Subject[] } {
  const subjects = sentences.flatMap((s) => sentenceSubjects(s.tokens, para.text));
  const names = subjects.filter(
    (s): s is Extract<Subject, { kind: 'name' }> =>
      s.kind === 'name' && Array.isArray(doc.people.candidatesFor(s.run)),
  );
  const strong = names.filter((s) => strongPeople(doc, s.run).length > 0);
  const person = new Set(names.map((s) => s.text)).size === 1 ? (strong[0] ?? null) : null;
  return { person, names, subjects };
}
