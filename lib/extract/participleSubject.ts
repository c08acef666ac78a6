import type { Subject } from './findSubject.ts';
import { nameRuns } from './nameRuns.ts';
import { parseNameRun } from './parseNameRun.ts';
import { SPEECH_PARTICIPLES, STATEMENT_NOUNS } from './patterns.ts';
import { sentenceSubjects } from './sentenceSubjects.ts';
import type { Token } from './tokenize.ts';

/**
 * Words before a participle of speech that tie it to the sentence's subject: a comma
 * ("…, saying the party will …"), a record of speech ("issued a statement saying …", "in a
 * voice recording saying …"), "as" ("on record as saying …"), "by" ("rebutted by saying").
 */
const LEADS = new Set([',', 'as', 'by', ...STATEMENT_NOUNS]);

/** Relative pronouns: a participle after one belongs to the relative clause. */
const RELATIVES = new Set(['which', 'who', 'whom', 'whose']);

/**
 * The speaker of a participle of speech at `p` ("Holt met the press, saying he
 * …", "The party put out a note saying that …"): the subject of the sentence before it —
 * the subject of a speech verb ("Lee said …, adding that …"), else the name that opens a
 * clause ("As he walked in, Holt …"), else the pronoun or role that opens the sentence.
 * Null when the participle is not tied to the sentence's subject or it has none.
 */
export function participleSubject(
  tokens: readonly Token[],
  p: number,
  text: string,
): Subject | null {
  const participle = tokens[p];
  const lead = tokens[p - 1];
  if (!participle || !SPEECH_PARTICIPLES.has(participle.word) || !lead) return null;
  // "Passengers were furious, with Ada Quill tweeting: “…”": the name "with" introduces
  // speaks, not the sentence's subject.
  const withName = named(tokens, p, text);
  if (withName) return withName;
  if (!LEADS.has(lead.word)) return null;
  // "Likud, which tried to rally support by saying …": the relative clause's own subject.
  if (inRelativeClause(tokens, p)) return null;
  // "Taking a dig at Quill, Vell brought up …, saying …": an opening participle is no subject.
  const subjects = sentenceSubjects(tokens.slice(0, p), text).filter(
    (s) => !/^\p{Lu}\p{Ll}+ing$/u.test(s.text),
  );
  return subjects[0] ?? null;
}

/** True when token `p` stands in a relative clause ("…, which tried to rally support by saying"). */
export function inRelativeClause(tokens: readonly Token[], p: number): boolean {
  const clauseStart = tokens.slice(0, p).findLastIndex((t) => t.text === ',');
  return tokens.slice(clauseStart + 1, p).some((t) => RELATIVES.has(t.word));
}

/** Most words of a name between "with" and its participle ("with Ada Lin Quill saying"). */
const MAX_NAME_WORDS = 4;

/** The full name between "with" and the participle at `p` ("…, with Ada Quill saying …"), or null. */
function named(tokens: readonly Token[], p: number, text: string): Subject | null {
  const runs = nameRuns(tokens.slice(0, p));
  const last = runs.at(-1);
  if (!last || last.next !== p || last.run.length > MAX_NAME_WORDS) return null;
  if (tokens[last.start - 1]?.word !== 'with') return null;
  const run = parseNameRun(last.run);
  if (!run || run.name.length < 2) return null;
  const printed = text.slice(last.run[0]!.start, last.run.at(-1)!.end);
  return { kind: 'name', run, text: printed, role: null };
}
