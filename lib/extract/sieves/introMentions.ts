import { findAttribution } from '../findAttribution.ts';
import type { Subject } from '../findSubject.ts';
import { subjectBefore, subjectOfPhrase } from '../findSubject.ts';
import { introducesStatement } from '../introducesStatement.ts';
import { nameRuns } from '../nameRuns.ts';
import { ISSUING_VERBS, STATEMENT_NOUNS } from '../patterns.ts';
import type { Para } from './types.ts';

/** A dateline in capitals before the sentence ("WASHBURN — "): never the speaker. */
const DATELINE = /^\p{Lu}[\p{Lu}\s.,'-]*$/u;

/** A sentence that announces a record in full after it, closed by a full stop: "… issued the following statement.", "… released the statement below.". */
const ANNOUNCED = /\bthe\s+(?:following\s+(\p{L}+)|(\p{L}+)\s+below)\.$/iu;

/** Who a paragraph's closing "…:" sentence introduces, if it ends in one. */
export function introMentions(para: Para): Subject[] {
  const last = para.sentences.at(-1);
  if (!last || para.spans.some((s) => s.open >= last.start)) return [];
  const sentence = para.text.slice(last.start, last.end);
  // "Sen. Ada Quill issued the following statement.": a release's announcement may end in
  // a full stop; the paragraphs after it are the statement all the same.
  const announced = ANNOUNCED.exec(sentence.trim());
  if (announced && !STATEMENT_NOUNS.has((announced[1] ?? announced[2]!).toLowerCase())) return [];
  if (!announced) {
    if (!sentence.trim().endsWith(':')) return [];
    const found = findAttribution(last.tokens, para.text).map((a) => a.subject);
    if (found.length > 0) return found;
  }
  if (!introducesStatement(sentence)) return [];
  // "Tarrow’s chief executive, Ada Quill, issued the following statement:": whoever issues
  // it (a name or a role, not a company's "The firm released …"), not the first capital.
  const verb = last.tokens.findIndex((t, i) => i > 0 && ISSUING_VERBS.has(t.word));
  const issuer = verb > 0 ? subjectBefore(last.tokens, verb, para.text) : null;
  if (issuer?.kind === 'name' || issuer?.kind === 'role') return [issuer];
  // "Senator Ada Quill issued the following statement:": the first name of the sentence
  // that is not a dateline in capitals.
  for (const { run, next } of nameRuns(last.tokens)) {
    const text = para.text.slice(run[0]!.start, run[run.length - 1]!.end);
    // "Statement from Bill Hancock:": the word "Statement" names nobody.
    if (DATELINE.test(text) || (run.length === 1 && STATEMENT_NOUNS.has(run[0]!.word))) continue;
    // "Opening statement:", "Prepared remarks:": the one capital of a heading is its first
    // word, which describes the statement and names nobody.
    if (
      run.length === 1 &&
      run[0] === last.tokens[0] &&
      STATEMENT_NOUNS.has(last.tokens[next]?.word ?? '')
    )
      continue;
    const subject = subjectOfPhrase(run, para.text);
    return subject?.kind === 'name' ? [subject] : [];
  }
  return [];
}
