import { colonLikeIntro } from '../colonLikeIntro.ts';
import { findAttribution } from '../findAttribution.ts';
import type { Subject } from '../findSubject.ts';
import { subjectBefore, subjectOfPhrase } from '../findSubject.ts';
import { introducedFrom, introducesStatement } from '../introducesStatement.ts';
import { jointSubject } from '../jointSubject.ts';
import { nameRuns } from '../nameRuns.ts';
import { participleSubject } from '../participleSubject.ts';
import { ISSUING_VERBS, REPORTING_PARTICIPLES, STATEMENT_NOUNS } from '../patterns.ts';
import { nameMention } from './nameMention.ts';
import type { Para } from './types.ts';

/** A dateline in capitals before the sentence ("WASHBURN — "): never the speaker. */
const DATELINE = /^\p{Lu}[\p{Lu}\s.,'-]*$/u;

/**
 * A record announced as coming next, closed by a full stop as a release may print it
 * ("Sen. Ada Quill issued the following statement.", "… issued the statement below."):
 * it points ahead as a colon does.
 */
const POINTS_AHEAD = /\b(?:the following|below)\b[^.]*\.$/i;

/**
 * Who a paragraph's closing sentence introduces, if it ends in a colon ("…:") or announces
 * a record after a full stop (`POINTS_AHEAD`).
 */
export function introMentions(para: Para): Subject[] {
  const last = para.sentences.at(-1);
  if (!last || para.spans.some((s) => s.open >= last.start)) return [];
  const closing = para.text.slice(last.start, last.end).trim();
  const ahead = POINTS_AHEAD.test(closing) && introducesStatement(closing);
  // ("Ada Quill said;" closes as "Ada Quill said:" does, `colonLikeIntro`.)
  if (!closing.endsWith(':') && !ahead && !colonLikeIntro(closing)) return [];
  const found = findAttribution(last.tokens, para.text).map((a) => a.subject);
  if (found.length > 0) return found;
  // "…, with the club's coach saying:", "…, with Ada Quill saying of the captain:": the one
  // a participle of speech before the colon gives (it leads into no quotation of its own).
  const participle = last.tokens.findLastIndex((t) => REPORTING_PARTICIPLES.has(t.word));
  const speaker = participle > 0 ? participleSubject(last.tokens, participle, para.text) : null;
  if (speaker) return [speaker];
  // "From Ada Quill, the harbour's senator:": the words copied below are hers.
  const from = introducedFrom(closing);
  const source = from ? nameMention(from) : null;
  if (source && source.run.name.length >= 2) return [source];
  const sentence = para.text.slice(last.start, last.end);
  if (!introducesStatement(sentence)) return [];
  // "Tarrow’s chief executive, Ada Quill, issued the following statement:": whoever issues
  // it (a name or a role, not a company's "The firm released …"), not the first capital.
  const verb = last.tokens.findIndex((t, i) => i > 0 && ISSUING_VERBS.has(t.word));
  // "Mayor Ada Quill and Harbour CEO Tomas Vell released a joint statement:": the words
  // are both theirs, none of theirs alone (and not the first capital's either).
  if (verb > 0 && jointSubject(last.tokens, verb, para.text)) return [];
  const issuer = verb > 0 ? subjectBefore(last.tokens, verb, para.text) : null;
  if (issuer?.kind === 'name' || issuer?.kind === 'role') return [issuer];
  // "Senator Ada Quill issued the following statement:": the first name of the sentence
  // that is not a dateline in capitals.
  for (const { run, next } of nameRuns(last.tokens)) {
    const text = para.text.slice(run[0]!.start, run[run.length - 1]!.end);
    // "Statement from Ben Hallam:": the word "Statement" names nobody.
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
