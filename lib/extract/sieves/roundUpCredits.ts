import type { Subject } from '../findSubject.ts';
import { nameRuns } from '../nameRuns.ts';
import { parseNameRun } from '../parseNameRun.ts';
import {
  CLAUSE_WORDS,
  EPITHET_NOUNS,
  FINITE_VERBS,
  ROLE_NOUNS,
  SPEECH_VERBS,
} from '../patterns.ts';
import type { Sentence } from '../readParagraph.ts';
import { describedAfter } from '../sentenceSubjects.ts';
import type { Token } from '../tokenize.ts';
import { isCapitalized, isPossessiveMark, isQuoteToken } from '../tokenize.ts';
import { afterOpeningQuote } from './afterOpeningQuote.ts';
import { linkable } from './attributionsOf.ts';
import type { ArticleDoc, Para, Sieve } from './types.ts';

/**
 * Fewest paragraphs of a page printed as "“…” Name does something" before the layout is
 * read as a round-up's: one or two such paragraphs are ordinary narration after a
 * quotation (whose subject may be someone answering it); three make the page a list of
 * quotations each credited by the sentence after it.
 */
const MIN_ROUND_UP_ITEMS = 3;

/** Dashes a round-up may print between a quotation and its credit ("“…” - Ada Quill on …"). */
const CREDIT_DASHES = new Set(['-', '–', '—', '--']);

/**
 * The words that credit a paragraph's opening quotation: the rest of its sentence after the
 * closing mark, past a dash ("“…” - Harbour captain ADA QUILL on her last race"), or the
 * next sentence when the quotation is its sentence ("“…” Quill offers her advice to …").
 */
function creditOf(para: Para): Sentence | null {
  const after = afterOpeningQuote(para);
  if (!after) return null;
  const words = (s: Sentence): Sentence => {
    let tokens = s.tokens;
    while (tokens[0] && CREDIT_DASHES.has(tokens[0].text)) tokens = tokens.slice(1);
    return { ...s, tokens };
  };
  const rest = words(after);
  if (rest.tokens.some((t) => /\p{L}/u.test(t.text))) return rest;
  const next = para.sentences[para.sentences.findIndex((s) => s.start === after.start) + 1];
  return next ? words(next) : null;
}

/** Most words of the description before the speaker's name ("Harbour regatta gold medallist"). */
const MAX_DESCRIPTION_WORDS = 7;

/** A lower-case noun of someone who does something ("runner", "medallist", "debutant"). */
const AGENT_NOUN = /^\p{Ll}[\p{Ll}-]*(?:er|or|ist|ant)$/u;

/**
 * A word that may describe a person before their name: a capitalised word (a country, a
 * tournament) or a lower-case noun or adjective ("gold medallist", "singles champion",
 * "gentleman’s"), never a word of grammar or a verb of being or having.
 */
const describes = (t: Token) =>
  /^\p{L}[\p{L}’'.-]*$/u.test(t.text) &&
  (isCapitalized(t) ||
    (!CLAUSE_WORDS.has(t.word) && !FINITE_VERBS.has(t.word) && !SPEECH_VERBS.has(t.word)));

/** A lower-case word that says what someone is ("champion", "star", "swimmer"). */
const isRoleWord = (t: Token | undefined) =>
  t !== undefined &&
  /^\p{Ll}/u.test(t.text) &&
  (ROLE_NOUNS.has(t.word) || EPITHET_NOUNS.has(t.word) || AGENT_NOUN.test(t.text));

/**
 * The person a credit opens with, or null. The sentence opens with a name, or with words
 * that only describe the person before their name ("Harbour regatta champion Ada Quill
 * offers …", "US gold medallist BEN HOLT has …"), perhaps after a participle's phrase and
 * its comma ("Beating Tarrow in the final, harbour star BEN HOLT gave …"). The name must be
 * one person's: one the article shows is a person, or a full name right after a word that
 * says what someone is. A word of grammar or a verb before any such name ("After the race
 * Quill …"), a name that is someone's ("Quill's coach …"), that has company ("Quill and
 * Holt …") or that describes the next one ("Quill coach Ben Holt"): null.
 */
function creditSubject(doc: ArticleDoc, credit: Sentence, text: string): Subject | null {
  let tokens = credit.tokens;
  if (/^\p{Lu}\p{Ll}+ing$/u.test(tokens[0]?.text ?? '')) {
    const comma = tokens.findIndex((t) => t.text === ',');
    if (comma < 0) return null;
    tokens = tokens.slice(comma + 1);
  }
  const runs = nameRuns(tokens);
  for (const [i, { run, start, next }] of runs.entries()) {
    const before = tokens.slice(0, start);
    if (before.length > MAX_DESCRIPTION_WORDS || !before.every(describes)) return null;
    if (describedAfter(tokens, next, runs[i + 1]?.run[0]) >= 0) continue;
    const name = parseNameRun(run);
    const found = name ? doc.people.candidatesFor(name) : null;
    const person = Array.isArray(found) && found.length === 1 ? found[0]! : null;
    if (!person || !name) continue;
    const introduced = isRoleWord(tokens[start - 1]) && name.name.length >= 2;
    if (!introduced && !doc.people.isStrong(person)) continue;
    const after = tokens[next];
    if (/[’']s$/.test(run.at(-1)!.text) || isPossessiveMark(after) || after?.word === 'and')
      return null;
    return {
      kind: 'name',
      run: name,
      text: text.slice(run[0]!.start, run.at(-1)!.end),
      role: null,
    };
  }
  return null;
}

/** True when a body paragraph opens with a quotation, its only one. */
function opensWithQuote(para: Para): boolean {
  if (para.role !== 'body' || para.qa !== null || para.label !== null) return false;
  const first = para.spans[0];
  if (!first || para.spans.length !== 1) return false;
  return para.text.slice(0, Math.max(0, first.open)).trim() === '';
}

/**
 * The one person a paragraph that opens with its only quotation names as the subject of the
 * sentence after it ("“…” Harbour champion Ada Quill offers her tips …", "“…” - Captain
 * ADA QUILL after her last race"), or null: no such sentence, a quotation in it, or no
 * person it plainly opens with.
 */
function creditedSpeaker(doc: ArticleDoc, para: Para): Subject | null {
  if (!opensWithQuote(para)) return null;
  const credit = creditOf(para);
  if (!credit || credit.tokens.some(isQuoteToken)) return null;
  return creditSubject(doc, credit, para.text);
}

/**
 * A round-up of what people said, printed as paragraphs that each open with a quotation
 * and go on with a sentence about its speaker ("“…” Harbour champion Ada Quill offers her
 * tips for …", "“…” - Captain BEN HOLT after the final"): on a page with at least
 * `MIN_ROUND_UP_ITEMS` such paragraphs, each quotation is the person that sentence opens
 * with. A paragraph whose sentence has any other subject, or a second quotation, is left
 * open.
 */
export const roundUpCredits: Sieve = {
  name: 'round-up-credit',
  run(doc: ArticleDoc) {
    const credited = new Map<number, Subject>();
    for (const para of doc.paras) {
      const subject = creditedSpeaker(doc, para);
      if (subject) credited.set(para.index, subject);
    }
    if (credited.size < MIN_ROUND_UP_ITEMS) return;
    for (const c of doc.candidates) {
      if (c.kind !== 'direct' || !linkable(c)) continue;
      const para = doc.paras[c.para]!;
      if (!opensWithQuote(para) || c.span !== para.spans[0]) continue;
      const subject = credited.get(para.index);
      if (subject) c.link = { sieve: this.name, mentions: [subject] };
      // Each item is credited after its quotation, so the item before is closed: a
      // quotation right after it whose credit names no one readable ("“…” - Harbour star
      // HOLT gave …"), or is cut off, goes on from no one.
      else if (credited.has(para.index - 1))
        c.problem = 'a round-up item whose credit names no one the sieves can read';
    }
  },
};
