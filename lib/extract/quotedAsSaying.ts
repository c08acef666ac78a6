import type { Subject } from './findSubject.ts';
import { fullName, subjectOfPhrase } from './findSubject.ts';
import type { Token } from './tokenize.ts';
import { withoutArticle } from './withoutArticle.ts';

/** The verb that relays someone's words with "as saying" ("Harbour News quoted Quill as saying"). */
const QUOTE_VERBS = new Set(['quote', 'quotes', 'quoted', 'quoting']);
/** Longest phrase for the one quoted ("an unnamed senior harbour official"). */
const MAX_QUOTED_TOKENS = 8;
/** Object pronouns read as the subject they stand for ("quoted him as saying" → he). */
const OBJECT_PRONOUNS: Record<string, Subject> = {
  him: { kind: 'pronoun', gender: 'm', plural: false, text: 'he' },
  her: { kind: 'pronoun', gender: 'f', plural: false, text: 'she' },
  them: { kind: 'pronoun', gender: null, plural: true, text: 'they' },
};

/**
 * "Tide Agency quoted Ben Holt as saying, “…”", "“…,” Xinhua quoted Quill as saying", "the
 * agency quoted him as saying": the participle's speaker is the one quoted, between the verb
 * and "as", never the outlet that quotes them. Null when the participle at `p` is not in
 * such a phrase.
 */
export function quotedAsSaying(tokens: readonly Token[], p: number, text: string): Subject | null {
  if (tokens[p - 1]?.word !== 'as') return null;
  let q = p - 2;
  while (q >= 0 && p - q <= MAX_QUOTED_TOKENS + 2 && !QUOTE_VERBS.has(tokens[q]!.word)) q--;
  if (q < 0 || !QUOTE_VERBS.has(tokens[q]!.word)) return quotedWithAppositive(tokens, p, text);
  const quoted = tokens.slice(q + 1, p - 1);
  if (quoted.some((t) => t.text === ',')) return quotedWithAppositive(tokens, p, text);
  if (quoted.length === 0 || quoted.some((t) => /^[;:]$/.test(t.text))) return null;
  if (quoted.length === 1 && OBJECT_PRONOUNS[quoted[0]!.word])
    return OBJECT_PRONOUNS[quoted[0]!.word]!;
  return subjectOfPhrase(quoted, text);
}

/** Longest appositive between the one quoted and "as saying" (", head of the flood relief bureau of the Tarrow council,"). */
const MAX_APPOSITIVE_TOKENS = 16;

/**
 * "State television quoted Hemant Lodra, head of the flood relief bureau of the Tarrow
 * council, as saying …": the full name quoted, an appositive saying who they are set
 * off by commas before "as saying". Null for anything else ("quoted residents, who …").
 */
function quotedWithAppositive(tokens: readonly Token[], p: number, text: string): Subject | null {
  if (tokens[p - 2]?.text !== ',') return null;
  let c = p - 3;
  while (c >= 0 && p - c <= MAX_APPOSITIVE_TOKENS + 3 && !/^[,;:]$/.test(tokens[c]!.text)) c--;
  if (tokens[c]?.text !== ',') return null;
  let q = c - 1;
  while (q >= 0 && c - q <= MAX_QUOTED_TOKENS && !QUOTE_VERBS.has(tokens[q]!.word)) q--;
  if (q < 0 || !QUOTE_VERBS.has(tokens[q]!.word)) return null;
  const named = fullName(tokens.slice(q + 1, c), text);
  const appositive = tokens.slice(c + 1, p - 2);
  if (!named || appositive.length === 0) return null;
  return {
    ...named,
    role: withoutArticle(text.slice(appositive[0]!.start, appositive.at(-1)!.end)),
  };
}
