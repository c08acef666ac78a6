import { nameRuns } from '../nameRuns.ts';
import { parseNameRun } from '../parseNameRun.ts';
import type { Sentence } from '../readParagraph.ts';
import type { Person } from '../types.ts';
import { strongPeople } from './strongPeople.ts';
import type { ArticleDoc } from './types.ts';

/**
 * The people a sentence names outside its quotations, by full name or by surname alone,
 * when the article gives evidence they are people (`PeopleIndex.isStrong`).
 */
export function peopleNamed(doc: ArticleDoc, sentence: Sentence | undefined): Person[] {
  return nameRuns(sentence?.tokens ?? []).flatMap(({ run }) =>
    strongPeople(doc, parseNameRun(run)),
  );
}
