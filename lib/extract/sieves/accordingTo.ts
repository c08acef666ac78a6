import type { Subject } from '../findSubject.ts';
import { subjectOfPhrase } from '../findSubject.ts';
import { FINITE_VERBS, ROLE_NOUNS, SPEECH_VERBS, SUBORDINATORS } from '../patterns.ts';
import { ROLE_DETERMINERS } from '../roleDeterminers.ts';
import type { Token } from '../tokenize.ts';
import { isQuoteToken } from '../tokenize.ts';
import { addReported } from './addReported.ts';
import { isShortFragment } from './isShortFragment.ts';
import type { Sieve } from './types.ts';

/** What "according to" may be about without anyone speaking ("according to plan"). */
const NOT_A_SOURCE =
  /^(?:plan|plans|schedule|tradition|custom|the (?:plan|schedule|rules?|law|constitution|terms|script))\b/i;
/** Object pronouns read as the subject they stand for ("according to her" is "she"). */
const OBJECT_PRONOUNS: Record<string, string> = { her: 'she', him: 'he', them: 'they' };
/** Fewest words of a clause reported through "according to". */
const MIN_CLAUSE_WORDS = 4;
/**
 * Pronouns that open the clause after a sentence-initial "according to X" printed without
 * its comma ("According to the filing they were seen …"): where the source ends.
 */
const CLAUSE_PRONOUNS = new Set('he she they we it there'.split(' '));
/**
 * Words that open what follows "CLAUSE, according to X," without being the reported clause:
 * another clause joined to it ("…, but the talks go on") or words about the source ("…,
 * based at …", "…, which …").
 */
const NOT_THE_CLAUSE = new Set(
  'but and while yet so though although whereas which who based'.split(' '),
);
/**
 * Words that open a subordinate clause (`SUBORDINATORS`, "When it was over, according to
 * …") or a phrase of time or place, not the reported clause.
 */
const PHRASE_OPENERS = new Set('in on at during'.split(' '));
const opensSubordinate = (word: string): boolean =>
  SUBORDINATORS.has(word) || PHRASE_OPENERS.has(word);

/**
 * "According to X, CLAUSE", "CLAUSE, according to X", "SUBJECT, according to X, CLAUSE":
 * reported speech of X, in a sentence holding no quotation. X is a name, a role, an
 * unnamed source ("a person familiar with the inquiry") or an organisation ("police",
 * "court documents"); "according to plan" is nobody.
 */
export const accordingTo: Sieve = {
  name: 'according-to',
  run(doc) {
    for (const para of doc.paras) {
      for (const [si, s] of para.sentences.entries()) {
        const here = doc.candidates.filter((c) => c.para === para.index && c.sentence === si);
        // "According to sources, Quill called him “Prime Minister”.": a quoted word or two in
        // the clause leaves it reported speech as a whole (the words stay for `scareQuotes`).
        const fragments =
          here.length > 0 &&
          here.every((c) => c.maybe && c.link === null && isShortFragment(c.text));
        if (here.length > 0 && !fragments) {
          // "According to Moon, “we are ready.”": the quotations no other sieve attributed.
          const subject = accordingToSubject(s.tokens, para.text);
          if (subject && here.every((c) => c.link === null))
            for (const c of here)
              if (c.problem === null) c.link = { sieve: this.name, mentions: [subject] };
          continue;
        }
        const found = readAccordingTo(s.tokens, para.text, fragments);
        if (found)
          addReported(doc, para, si, found.start, found.end, {
            sieve: this.name,
            mentions: [found.subject],
          });
      }
    }
  },
};

interface Found {
  subject: Subject;
  start: number;
  end: number;
}

/** The source of a sentence's "according to X" (its quotations masked), if it has one. */
function accordingToSubject(tokens: readonly Token[], text: string): Subject | null {
  const at = tokens.findIndex((t, i) => t.word === 'according' && tokens[i + 1]?.word === 'to');
  if (at < 0) return null;
  let end = at + 2;
  while (
    end < tokens.length &&
    ![',', ';', ':'].includes(tokens[end]!.text) &&
    !isQuoteToken(tokens[end])
  )
    end++;
  const phrase = tokens.slice(at + 2, end);
  if (phrase.length === 0 || NOT_A_SOURCE.test(text.slice(phrase[0]!.start, phrase.at(-1)!.end)))
    return null;
  // "“…,” the order said, according to Ada Quill": the sentence's own verb has the speaker;
  // "according to" names who relayed it.
  if (tokens.slice(0, at).some((t) => SPEECH_VERBS.has(t.word))) return null;
  return subjectOfPhrase(phrase, text);
}

function readAccordingTo(tokens: readonly Token[], text: string, fragments: boolean): Found | null {
  const at = tokens.findIndex((t, i) => t.word === 'according' && tokens[i + 1]?.word === 'to');
  if (at < 0 || (!fragments && tokens.some(isQuoteToken))) return null;
  // (The source itself is never inside the quoted words.)
  if (tokens.slice(at, at + 3).some(isQuoteToken)) return null;
  // The source runs to the next comma, or the end of the sentence.
  let end = at + 2;
  while (end < tokens.length && tokens[end]!.text !== ',' && tokens[end]!.text !== ';') end++;
  // "According to the filing they were seen …": with no comma after a sentence-initial
  // source, its clause starts at the first subject pronoun (the comma's place).
  let clauseFrom = end + 1;
  if (at === 0 && end === tokens.length) {
    const k = tokens.findIndex((t, i) => i > at + 2 && CLAUSE_PRONOUNS.has(t.text));
    if (k > 0) {
      end = k;
      clauseFrom = k;
    }
  }
  const phrase = tokens.slice(at + 2, end);
  if (phrase.length === 0) return null;
  const phraseText = text.slice(phrase[0]!.start, phrase[phrase.length - 1]!.end);
  if (NOT_A_SOURCE.test(phraseText)) return null;
  const first = phrase[0]!;
  const pronoun = OBJECT_PRONOUNS[first.word];
  const subject =
    phrase.length === 1 && pronoun
      ? subjectOfPhrase([{ ...first, text: pronoun, word: pronoun }], text)
      : subjectOfPhrase(phrase, text);
  if (!subject) return null;
  const sentenceEnd = tokens[tokens.length - 1]!.end;
  // The clause: after the source when the sentence goes on, else before it.
  const after = tokens.slice(clauseFrom);
  const before = tokens.slice(0, at).filter((t) => t.text !== ',');
  const side = after.length >= MIN_CLAUSE_WORDS && !clauseBefore(before, after) ? after : before;
  if (side.length < MIN_CLAUSE_WORDS) return null;
  const start = side[0]!.start;
  // (The clause ends before the comma, or with its last word when none precedes "according".)
  const last = tokens[at - 1];
  let stop = side === after ? sentenceEnd : last!.text === ',' ? last!.start : last!.end;
  while (stop > start && /[\s.,;:!?]/.test(text[stop - 1]!)) stop--;
  return { subject, start, end: stop };
}

/**
 * "CLAUSE, according to X, but …" / "…, according to a statement from X, based at …" /
 * "It had 100 stores, according to X, double …": the clause is the one before the source
 * when that one is a clause of its own (a finite verb, no subordinator first) and what
 * follows the source is not the reported clause or has no verb of its own.
 */
function clauseBefore(before: readonly Token[], after: readonly Token[]): boolean {
  if (before.length < MIN_CLAUSE_WORDS) return false;
  const finite = (ts: readonly Token[]) => ts.some((t) => FINITE_VERBS.has(t.word));
  // "…, according to Ivo Sharrock, a senior officer in the district office.": what follows
  // the source is its appositive, not a clause; the clause is the one before ("…,
  // according to Lee, the US attorney for …" too). Not after a sentence-initial source or
  // a subordinate clause ("When it was over, according to police, the boats …"): there
  // "a …" or "the …" opens the reported clause.
  const appositive =
    !SUBORDINATORS.has(before[0]!.word) && /^(?:a|an|the)$/.test(after[0]!.word) && !finite(after);
  if (appositive) return true;
  // "CLAUSE, according to Ada Quill, the harbour master for the district.": a phrase
  // opening with a determiner, naming a role and holding no verb is the source's role,
  // never the clause.
  const role =
    ROLE_DETERMINERS.has(after[0]!.word) &&
    after.some((t) => ROLE_NOUNS.has(t.word)) &&
    !finite(after) &&
    !after.some((t) => isQuoteToken(t) || t.text === ',');
  if (role) return true;
  const first = before[0]!.word === 'but' || before[0]!.word === 'and' ? before[1] : before[0];
  if (!first || opensSubordinate(first.word)) return false;
  if (NOT_THE_CLAUSE.has(after[0]!.word)) return true;
  return finite(before) && !finite(after);
}
