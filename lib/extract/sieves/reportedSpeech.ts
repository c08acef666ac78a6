import { courtAccount } from '../courtAccount.ts';
import { describedAs } from '../describedAs.ts';
import { speechVerbs } from '../findAttribution.ts';
import { findReported } from '../findReported.ts';
import { isFirstPerson, subjectBefore } from '../findSubject.ts';
import { introducesWords } from '../introducesStatement.ts';
import { openingParticiple } from '../openingParticiple.ts';
import {
  CROWD_NOUNS,
  PRONOUNS,
  QUOTE_ONLY_VERBS,
  REPORTING_PARTICIPLES,
  SPEECH_PARTICIPLES,
  SPEECH_VERBS,
} from '../patterns.ts';
import type { Token } from '../tokenize.ts';
import { isCapitalized } from '../tokenize.ts';
import { toldByAgent } from '../toldByAgent.ts';
import { addReported } from './addReported.ts';
import { isShortFragment, MIN_QUOTE_WORDS, wordCount } from './isShortFragment.ts';
import { relayedParticiple } from './relayedParticiple.ts';
import type { ArticleDoc, Candidate, Para, Sieve } from './types.ts';

/** "…” and that …", "…” and noted that …", "…,” he said, adding that …": reported speech after a quotation. */
const AND_THAT =
  /^\s*that\s+|(?:^|,)\s*(?:and (?:[a-z]+ )?that\s+|(?:adding|noting|saying|arguing|insisting)(?: that)?\s+)/;

/**
 * "…,” Lee said, before adding that …", "…,” Vell remarked, but in the same breath warned
 * that …", "…,” Quell argued, even suggesting that …": a connective, then the same speaker's
 * next verb of speech and its "that" (group 1: the verb, read against the one list).
 */
const CONNECTED_THAT =
  /(?:^|,)\s*(?:before|but|although|though|even|then)\s+(?:(?:at|in) the same (?:time|breath)\s+|also\s+|later\s+)?(\p{Ll}+)\s+that\s+/u;

/**
 * Reported speech, which this sieve both finds and attributes: in a sentence holding no
 * quotation, "NAME said (that) CLAUSE", "CLAUSE, NAME said", "CLAUSE, said NAME" and a
 * headline's "CLAUSE: NAME" (see `findReported`); after a quotation already attributed,
 * "… “…” and that CLAUSE" (the same speaker). Runs after the sentence sieves, which
 * decide whether a sentence's quoted fragments are quotations or scare quotes.
 */
export const reportedSpeech: Sieve = {
  name: 'reported',
  run(doc) {
    const bySentence = new Map<string, Candidate[]>();
    for (const c of doc.candidates) {
      const key = `${c.para}:${c.sentence}`;
      bySentence.set(key, [...(bySentence.get(key) ?? []), c]);
    }
    for (const para of doc.paras) {
      for (const [si, s] of para.sentences.entries()) {
        const here = bySentence.get(`${para.index}:${si}`) ?? [];
        const quoted = here.filter((c) => !c.maybe || c.link !== null);
        // "… said the budget must be “put to a vote” by the council": a quoted word or two inside
        // a reported clause leaves the clause reported speech as a whole.
        const fragments = quoted.every((c) => c.maybe && isShortFragment(c.text));
        if (quoted.length > 0 && !fragments) {
          const last = quoted.filter((c) => c.link !== null).at(-1);
          if (last?.span) andThat(doc, para, si, last, this.name);
        }
        const context = para.text.slice(s.start, s.end).trim();
        // "…, he said:" introduces the words below; "Quill says the crews were paid:" (radio
        // copy before a sound clip) is reported speech all the same. ("…, he said;" where the
        // colon belongs introduces them as well: `colonLikeIntro`, read by `introducesWords`.)
        if (introducesWords(context)) continue;
        // "Stressing that the pier was safe, Quill told residents …": the opening participle's
        // clause is the main clause's speaker's words (read before the main clause's own).
        const opening = para.role === 'headline' ? null : openingParticiple(s.tokens, para.text);
        if (opening)
          addReported(doc, para, si, opening.start, opening.end, {
            sieve: this.name,
            mentions: [opening.subject],
          });
        const found0 = findReported(s.tokens, para.text, s, para.role === 'headline');
        // (The participle's clause read again by `findReported` is not a second quotation.)
        const found = found0 && opening && found0.start < opening.end ? null : found0;
        // "The court heard the pier had been sold twice": an account in court whose teller the
        // sentence does not name, reported speech with its speaker left open.
        const account =
          found || quoted.length > 0 ? null : courtAccount(s.tokens, para.text, s.end);
        if (account) {
          addReported(doc, para, si, account.start, account.end, {
            sieve: this.name,
            mentions: [],
          });
          continue;
        }
        // "Quill described the levy as a relic of another age": the words after "as" are hers.
        const described = found || quoted.length > 0 ? null : describedAs(s.tokens, para.text);
        if (described) {
          addReported(doc, para, si, described.start, described.end, {
            sieve: this.name,
            mentions: [described.subject],
          });
          continue;
        }
        if (!found) continue;
        // A labelled turn ("Mayor Ada Quill: Well, I've news, I'm happy to say.") is its
        // speaker's words as a whole: only a clause a named third person said ("Your
        // predecessor, Ben Holt, said that …") is someone else's reported speech in it.
        // So is an interviewer's question ("Q: You note that you …?").
        if ((para.label || para.qa?.role === 'question') && found.subject.kind !== 'name') continue;
        if (quoted.length > 0 && !fragments) {
          const inside = quoted.filter((c) => c.span && c.end > found.start && c.start < found.end);
          if (inside.some((c) => c.span!.open < found.start)) continue;
          const end = clauseEnd(para, s.tokens, found, inside);
          if (end === null) continue;
          found.end = end;
        }
        // "Holt says Vell told deputies that he took them": the clause reports Vell's words,
        // relayed by Holt; they are Vell's (or open when Vell is nobody the article names).
        // (Only a named relayer's: what unnamed sources say someone said stays theirs. The
        // writer's own "we" or "I" in narration relays too: "We also note that Quill said …".)
        const relayed =
          quoted.length === 0 && (found.subject.kind === 'name' || isFirstPerson(found.subject))
            ? relayedReport(para, s.tokens, found)
            : null;
        if (relayed) {
          addReported(doc, para, si, relayed.start, relayed.end, {
            sieve: this.name,
            mentions: [relayed.subject],
          });
          continue;
        }
        // "Quill said she had been told by police that …": the police's words, relayed.
        const told =
          quoted.length === 0 && found.subject.kind === 'name'
            ? toldByAgent(
                s.tokens.filter((t) => t.start >= found.start && t.end <= found.end),
                para.text,
                found.end,
              )
            : null;
        if (told) {
          addReported(doc, para, si, told.start, told.end, {
            sieve: this.name,
            mentions: [told.subject],
          });
          continue;
        }
        // "Holt reported that Vell apologised, saying …": the participle is Vell's, relayed.
        const participle =
          quoted.length === 0 ? relayedParticiple(para.text, s.tokens, found) : null;
        if (participle) {
          addReported(doc, para, si, found.start, participle.end, {
            sieve: this.name,
            mentions: [found.subject],
          });
          addReported(doc, para, si, participle.inner.start, participle.inner.end, {
            sieve: this.name,
            mentions: [participle.inner.subject],
          });
          continue;
        }
        addReported(doc, para, si, found.start, found.end, {
          sieve: this.name,
          mentions: [found.subject],
        });
        // "…, arguing that A and saying that B": B is the same speaker's second clause.
        if (found.also && quoted.length === 0)
          addReported(doc, para, si, found.also.start, found.also.end, {
            sieve: this.name,
            mentions: [found.subject],
          });
        // "… after a reporter said she had spoken to …": the subordinate clause's own speaker.
        const rest = found.next === undefined ? null : s.tokens.slice(found.next + 1);
        const inner =
          rest && quoted.length === 0
            ? findReported(rest, para.text, { start: rest[0]?.start ?? s.end, end: s.end }, false)
            : null;
        if (inner && !inner.next)
          addReported(doc, para, si, inner.start, inner.end, {
            sieve: this.name,
            mentions: [inner.subject],
          });
      }
    }
  },
};

/**
 * A reported clause that opens with a report of its own, its speaker first ("Holt said
 * Vell told deputies that …", "Holt says Vell said he …"): the inner report, whose words
 * are the inner speaker's, relayed. Null when the clause opens otherwise.
 */
function relayedReport(
  para: Para,
  tokens: readonly Token[],
  found: { start: number; end: number },
): ReturnType<typeof findReported> {
  const inside = tokens.filter((t) => t.start >= found.start && t.end <= found.end);
  if (inside.length === 0) return null;
  const inner = findReported(inside, para.text, { start: found.start, end: found.end }, false);
  if (!inner || inner.before || inner.next !== undefined) return null;
  // The inner speaker's name opens the clause, their verb of telling right after it, and the
  // inner clause follows that verb.
  const first = speechVerbs(inside)[0];
  if (first === undefined || first > MAX_RELAYED_SUBJECT) return null;
  if (!RELAYING_VERBS.has(inside[first]!.word) || inner.start < inside[first]!.end) return null;
  const subject = inside.slice(0, first);
  // "Holt said witnesses told him that …", "Quill says two officials told her …": unnamed
  // people the named relayer heard it from, whose words the clause is (an anonymous source).
  if (inner.subject.kind === 'other' && unnamedGroup(subject)) return inner;
  if (inner.subject.kind !== 'name' || !isCapitalized(inside[0])) return null;
  return subject.every((t) => isCapitalized(t) || t.text === '.') ? inner : null;
}

/**
 * True for a group of unnamed people in lower case, its noun last ("witnesses", "two
 * officials", "police sources"): no name and no pronoun among its words.
 */
function unnamedGroup(words: readonly Token[]): boolean {
  const last = words.at(-1);
  if (last === undefined || !CROWD_NOUNS.has(last.word)) return false;
  return words.every((t) => /^[\p{Ll}\d]/u.test(t.text) && !Object.hasOwn(PRONOUNS, t.word));
}
/** Verbs of one person telling another, as a relayed report prints them ("Vell told deputies"). */
const RELAYING_VERBS = new Set(['told', 'tells', 'said', 'says', 'admitted', 'admits']);
/** Most words of the inner speaker before their verb ("the arrested man's lawyer told"). */
const MAX_RELAYED_SUBJECT = 5;

/**
 * True when the words before a reported clause hold a report of their own around the verb
 * that reports it: "…, saying she commented that …", "Lee said Park told them that …".
 * (A noun such as "a conference call" before it is no second report.)
 */
function nestedReport(before: readonly Token[]): boolean {
  const verbs = speechVerbs(before);
  if (verbs.length > 0 && before.some((t, i) => i < verbs[0]! && SPEECH_PARTICIPLES.has(t.word)))
    return true;
  const last = verbs.at(-1);
  if (verbs.length < 2 || last === undefined) return false;
  const subject = before[last - 1];
  return (subject?.word ?? '') in PRONOUNS || isCapitalized(subject);
}

/**
 * Where a reported clause ends in a sentence that also quotes: at the first quotation set
 * off by a comma, colon or dash ("Lee said the plan would work, “…”"), which is a quotation
 * of its own; a short fragment its words run into ("said her party means to “turn a
 * corner” this spring", "Her office would run “on a shoestring budget”, she said") is part
 * of the clause, unless the clause also holds another speech verb ("… and Park replied
 * “…”"), whose speaker the fragment may be. Null when no reported clause stands apart.
 */
function clauseEnd(
  para: Para,
  tokens: readonly Token[],
  found: { start: number; end: number; before?: boolean },
  inside: readonly Candidate[],
): number | null {
  const text = para.text;
  const trim = (e: number) => {
    let end = e;
    while (end > found.start && /[\s,;:—–-]/.test(text[end - 1]!)) end--;
    return end;
  };
  const setOff = (c: Candidate) => {
    let k = c.span!.open;
    while (k > found.start && /\s/.test(text[k - 1]!)) k--;
    return k === found.start || /[,;:—–-]/.test(text[k - 1]!);
  };
  // A short fragment (`maybe`) belongs to the clause; so does a longer quotation its words
  // run into ("said the new pier will be “ready before the first storms arrive.”"): the
  // clause, quotation and all, is the speaker's reported speech, the quotation also their
  // words as printed (a quotation of its own).
  let first = inside.findIndex((c) => setOff(c) || !c.maybe);
  // "… with the council, and that they could not “share any details that …”": such a
  // quotation after a comma in the clause ends it at that comma.
  const comma =
    first >= 0 && !setOff(inside[first]!)
      ? text.slice(found.start, inside[first]!.span!.open).search(/[,;][^,;]*$/)
      : -1;
  let runsThrough = false;
  if (first >= 0 && !setOff(inside[first]!) && comma < 0) {
    // "…, saying she commented that the board could not “keep our own crews afloat”": a clause
    // reported inside another's report may be either's words; the quotation alone.
    if (nestedReport(tokens.filter((t) => t.end <= found.start))) return null;
    const runIn = first;
    first = inside.findIndex((c, i) => i > runIn && setOff(c));
    runsThrough = true;
  }
  const embedded = first < 0 ? inside : inside.slice(0, first);
  let end =
    first < 0
      ? found.end
      : comma >= 0
        ? trim(found.start + comma)
        : trim(inside[first]!.span!.open);
  // "…, noting their parties share …": a participle of speech opens a clause of its own
  // (read by `andThat`).
  const participle = tokens.find(
    (t, i) =>
      t.text === ',' &&
      t.start > found.start &&
      t.end <= end &&
      SPEECH_PARTICIPLES.has(tokens[i + 1]?.word ?? ''),
  );
  if (participle && embedded.every((c) => c.span!.close < participle.start))
    end = trim(participle.start);
  // Words of the clause outside its quotations: a clause, not a quotation with a few words around it.
  let outside = text.slice(found.start, end);
  for (const c of embedded)
    outside = outside.replace(text.slice(c.span!.open, c.span!.close + 1), ' ');
  // "… ‘announced three times already’ and noted that …": the speaker's next verb of speech
  // opens a clause of its own (read by `andThat`).
  const next = speechVerbs(tokens).find(
    (v) =>
      tokens[v]!.start > found.start &&
      tokens[v]!.end <= end &&
      tokens[v - 1]?.word === 'and' &&
      !QUOTE_ONLY_VERBS.has(tokens[v]!.word),
  );
  if (next !== undefined && embedded.every((c) => c.span!.close < tokens[next - 1]!.start))
    end = trim(tokens[next - 1]!.start);
  // Another speaker inside the clause ("… and Park replied “…”"): a speech verb with a
  // subject of its own ("and called for" has none).
  const inClause = tokens.filter((t) => t.start >= found.start && t.end <= end);
  const otherVerb =
    embedded.length > 0 &&
    speechVerbs(inClause).some((v) =>
      ['name', 'pronoun', 'role'].includes(subjectBefore(inClause, v, text)?.kind ?? ''),
    );
  // "“…,” Lee said" written as "CLAUSE, Lee said": only a clause its quotations run into.
  if (found.before && (first >= 0 || embedded.length === 0)) return null;
  if (otherVerb || wordCount(outside) < MIN_QUOTE_WORDS) return null;
  // A longer quotation that closes the clause ("said the pier would be “ready before the
  // first storms arrive.”") is the speaker's words as printed, the clause only its frame:
  // the quotation alone. Only a clause whose words go on after it ("said the survey showed
  // “a long list of broken promises” by the two boards") reports more than it quotes.
  // (A comma or semicolon at its end, inside the marks or after them, closes it too:
  // "…, “look hard at spending,” and he named three programs" goes on in the writer's words.)
  const last = embedded.filter((c) => c.span!.close < end).at(-1);
  const after = last ? text.slice(last.span!.close + 1, end) : '';
  const closes =
    !/[\p{L}\d]/u.test(after) || /^\s*[,;:—–]/.test(after) || /[,;:]\s*$/.test(last?.text ?? '');
  if (runsThrough && last && !last.maybe && closes) return null;
  return end;
}

function andThat(doc: ArticleDoc, para: Para, si: number, last: Candidate, sieve: string): void {
  const s = para.sentences[si]!;
  const close = last.span!.close + 1;
  const tail = para.text.slice(close, s.end);
  const connected = CONNECTED_THAT.exec(tail);
  const verb = connected?.[1] ?? '';
  const speech =
    (SPEECH_VERBS.has(verb) || REPORTING_PARTICIPLES.has(verb)) && !QUOTE_ONLY_VERBS.has(verb);
  const and = AND_THAT.exec(tail) ?? (speech ? connected : null);
  if (!and) return;
  const start = close + and.index + and[0].length;
  let end = s.end;
  while (end > start && /[\s.!?]/.test(para.text[end - 1]!)) end--;
  addReported(doc, para, si, start, end, { sieve, sameAs: last.id });
}
