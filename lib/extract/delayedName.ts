import { speechVerbs } from './findAttribution.ts';
import { AFTER_APPOSED_NAME } from './findSubject.ts';
import { nameRuns } from './nameRuns.ts';
import { parseNameRun } from './parseNameRun.ts';
import { GENDERED_ROLES } from './patterns.ts';
import { sentenceSubjects } from './sentenceSubjects.ts';
import { strongPeople } from './sieves/strongPeople.ts';
import type { ArticleDoc, Para } from './sieves/types.ts';
import { isCapitalized, type Token } from './tokenize.ts';
import type { Person } from './types.ts';

/**
 * The person a lede's description stands for when the story names them right after it
 * without describing them again ("Harbour's transport minister has said …" then "“…,” Ada
 * Quill told reporters."): news writing's delayed identification, where the description
 * already said who the name is. The sentences read are the lede's from its sentence `from`
 * on, then those of the paragraphs `after` it. Only when the first of them that names anyone
 * has a speech verb and one subject: a full name (given name and surname) of one person
 * whom none of the paragraphs `before` (the lede's and those above it) names, who has no
 * title or role of their own anywhere (a title would say which office they hold; the
 * lede's is all the story gives), and whose gender does not contradict the description's
 * head ("the spokeswoman"). Null otherwise.
 */
export function delayedName(
  doc: ArticleDoc,
  before: readonly Para[],
  from: number,
  after: readonly Para[],
  head: string,
): Person | null {
  const lede = before.at(-1);
  // What the story printed up to the end of the lede's description.
  const told = before
    .map((p) => (p === lede ? p.text.slice(0, p.sentences[from - 1]?.end ?? 0) : p.text))
    .join('\n');
  const sentences = [
    ...(lede?.sentences.slice(from).map((sentence) => ({ para: lede, sentence })) ?? []),
    ...after.flatMap((para) => para.sentences.map((sentence) => ({ para, sentence }))),
  ];
  for (const { para, sentence } of sentences) {
    const names = nameRuns(sentence.tokens).some(
      ({ run }) => strongPeople(doc, parseNameRun(run)).length > 0,
    );
    if (!names) continue;
    // The first sentence that names anyone: its speaker, or nobody.
    if (speechVerbs(sentence.tokens).length === 0) return null;
    const subjects = sentenceSubjects(sentence.tokens, para.text);
    const only = subjects.length === 1 ? subjects[0]! : null;
    if (only?.kind !== 'name' || only.role !== null || only.run.name.length < 2) return null;
    const people = strongPeople(doc, only.run);
    if (people.length !== 1) return null;
    const person = people[0]!;
    if (person.titles.length > 0 || person.roles.length > 0) return null;
    if (describedAfter(sentence.tokens, only.text)) return null;
    // (One the lede or a paragraph above it names is someone it speaks about.)
    if (told.includes(person.surname)) return null;
    const gender = GENDERED_ROLES[head];
    if (gender && person.gender !== null && person.gender !== gender) return null;
    return person;
  }
  return null;
}

/**
 * True when the name printed as `name` in a sentence has a description right after it
 * (", who lives nearby", ", 45", ", a fisherman", "of Tarrow"): someone the story describes
 * there, not the lede's person.
 */
function describedAfter(tokens: readonly Token[], name: string): boolean {
  const words = name.split(/\s+/);
  const at = tokens.findIndex((_, i) => words.every((w, k) => tokens[i + k]?.text === w));
  if (at < 0) return true;
  const [next, after] = [tokens[at + words.length], tokens[at + words.length + 1]];
  return (
    (next?.text === ',' && AFTER_APPOSED_NAME.test(after?.word ?? '')) ||
    (next?.word === 'of' && isCapitalized(after))
  );
}
