import { findAttribution } from '../findAttribution.ts';
import type { Subject } from '../findSubject.ts';
import { isPersonSubject } from '../findSubject.ts';
import { introducesSomeone } from '../introducesSomeone.ts';
import { nameRuns } from '../nameRuns.ts';
import { parseNameRun } from '../parseNameRun.ts';
import { attributed, open } from './attributionsOf.ts';
import { peopleNamed } from './peopleNamed.ts';
import { strongPeople } from './strongPeople.ts';
import type { ArticleDoc, Candidate, Sieve } from './types.ts';

/** Marks after a name that set it off as a person's: an appositive or a clause follows. */
const SET_OFF = new Set([',', ';', ':']);
/**
 * Most people named between a lone quotation and the later quotation it would take its
 * speaker from: one may be that speaker ("“…” Quill added: “…”"); two ("“…” Quill's
 * account backs Holt's call: “…”") leave unclear whose words the first were.
 */
const MAX_PEOPLE_BETWEEN = 1;
/** Most words outside the quotation in a sentence where it stands alone ("And “…”"). */
const MAX_OTHER_WORDS = 1;

/** True when a quotation is (nearly) all of its sentence. */
function standsAlone(doc: ArticleDoc, c: Candidate): boolean {
  const tokens = doc.paras[c.para]!.sentences[c.sentence]?.tokens ?? [];
  const words = tokens.filter((t, i) => i !== c.token && /\p{L}/u.test(t.text));
  return words.length <= MAX_OTHER_WORDS;
}

/**
 * True when the quotation's sentence names a person of the article by full name outside
 * the quotation ("This view was echoed by Ada Quill, head of the guild; “…”"): someone
 * else's words may follow, so no earlier speaker's are assumed.
 */
function namesAPerson(doc: ArticleDoc, c: Candidate): boolean {
  const tokens = doc.paras[c.para]!.sentences[c.sentence]?.tokens ?? [];
  return nameRuns(tokens).some(({ run, next }) => {
    // Set off as a person is ("echoed by Ada Quill, head of …;"); a name running into the
    // quotation ("President Ada Quill “has set aside …”") is what it is about, and one
    // inside a phrase ("at Kroger-owned QFC stores") may name no one.
    if (!SET_OFF.has(tokens[next]?.text ?? '')) return false;
    const name = parseNameRun(run);
    if (!name || name.name.length < 2) return false;
    return strongPeople(doc, name).length > 0;
  });
}

/**
 * True when the quotation's sentence names, after it, a person that the sentence of the
 * quotation it would take its speaker from does not ("“…,” said Quill. “…,” Holt shot back."): its own
 * attribution, by a verb no sieve reads, may give it to that person.
 */
function namesAnother(doc: ArticleDoc, c: Candidate, target: Candidate): boolean {
  const paragraph = doc.paras[c.para]!;
  const theirs = new Set(peopleNamed(doc, paragraph.sentences[target.sentence]));
  const sentence = paragraph.sentences[c.sentence];
  if (!sentence) return false;
  // Only a name after the quotation, where its attribution stands; one before it ("Quill
  // “has put aside …”") is what the quotation is about as often as who says it.
  const after = { ...sentence, tokens: sentence.tokens.filter((t) => t.start >= c.end) };
  return peopleNamed(doc, after).some((p) => !theirs.has(p));
}

/**
 * True when the words between a quotation and a later one it would take its speaker from
 * name more than one person ("“…” Quill's account backs Holt's call: “…”"): the first
 * quotation may be either's, or the other's whose words the second answers.
 */
function peopleBetween(doc: ArticleDoc, c: Candidate, target: Candidate): boolean {
  const paragraph = doc.paras[c.para]!;
  // Surnames: a person of the article, or anyone a title marks as one ("US President Holt").
  const named = new Set<string>();
  for (let s = Math.max(c.sentence, 0); s <= target.sentence; s++) {
    const sentence = paragraph.sentences[s];
    if (!sentence) continue;
    const tokens = sentence.tokens.filter((t) => t.start >= c.end && t.end <= target.start);
    for (const { run } of nameRuns(tokens)) {
      const parsed = parseNameRun(run);
      if (!parsed) continue;
      const people = strongPeople(doc, parsed);
      if (people.length > 0) for (const p of people) named.add(p.surname);
      else if (parsed.title !== null) named.add(parsed.name.at(-1)!);
    }
  }
  return named.size > MAX_PEOPLE_BETWEEN;
}

/**
 * The one person the sentence right before a quotation says spoke, when it quotes nobody
 * ("Quill said the harbour needed work. “…”", "…, Quill said. “…”", "… are “fine,” said
 * Ada Quill, a pilot. “…”"): a name or "he"/"she", the subject of every attribution of
 * that sentence. Null when it has none, or two subjects, or an institution or a role.
 */
function saidInSentenceBefore(doc: ArticleDoc, c: Candidate): Subject | null {
  const para = doc.paras[c.para]!;
  const prev = para.sentences[c.sentence - 1];
  if (!prev) return null;
  // Its reported speech, as the reported-speech sieve read it ("He also said the crew had
  // asked …": "asked" is no second speaker), else its attributions.
  const reported = doc.candidates.filter(
    (o) => o.para === c.para && o.sentence === c.sentence - 1 && o.kind === 'reported',
  );
  const attributions = findAttribution(prev.tokens, para.text);
  const subjects =
    reported.length > 0
      ? reported.flatMap((o) => (o.link && 'mentions' in o.link ? [o.link.mentions[0]!] : []))
      : attributions.map((a) => a.subject);
  if (reported.length > 0 && subjects.length < reported.length) return null;
  const first = subjects[0];
  if (!first || subjects.some((s) => s.text !== first.text)) return null;
  // A second person speaking in it ("Brack said …, and Quill said …") or named in it at
  // all leaves the quotation's speaker unclear.
  const speakers = attributions.filter((a) => isPersonSubject(a.subject));
  if (speakers.some((a) => a.subject.text !== first.text)) return null;
  if (new Set(peopleNamed(doc, prev)).size > (first.kind === 'name' ? 1 : 0)) return null;
  const person =
    first.kind === 'name' ||
    (first.kind === 'pronoun' && !first.plural && /^(?:he|she)$/i.test(first.text));
  return person ? first : null;
}

/**
 * A full quotation whose sentence attributes nothing, in a paragraph that attributes
 * another: the second half of a split quote (“…,” said Dr. Ada Quill in a statement.
 * “…”), or a quotation standing alone before the attributed one (“…” “…,” he said.). It
 * takes the speaker of the nearest attributed quotation before it in the paragraph, else
 * after it.
 */
/**
 * True when the quotation's sentence, outside its quotation marks, brings in an unnamed
 * person ("I ran into a stagehand friend; his advice was ‘…’"): the words may be theirs.
 */
function bringsInSomeone(doc: ArticleDoc, c: Candidate): boolean {
  const tokens = doc.paras[c.para]!.sentences[c.sentence]?.tokens ?? [];
  return introducesSomeone(tokens.filter((t) => t.end <= c.start || t.start >= c.end));
}

export const splitQuote: Sieve = {
  name: 'split-quote',
  run(doc) {
    for (const c of open(doc)) {
      if (c.maybe || c.sentence < 0 || namesAPerson(doc, c) || bringsInSomeone(doc, c)) continue;
      const linked = doc.candidates.filter(
        (o) => o.para === c.para && o.kind === 'direct' && attributed(o),
      );
      const before = linked.filter((o) => o.start < c.start).at(-1);
      // A quotation takes the speaker of one after it only when it stands alone in its
      // sentence ("“…” “…,” he said."), not after words of its own ("The magazine's
      // headline reads, “…”").
      const later = standsAlone(doc, c) ? linked.find((o) => o.start > c.start) : undefined;
      const after = later && !peopleBetween(doc, c, later) ? later : undefined;
      const target = before ?? after;
      if (target && !namesAnother(doc, c, target)) c.link = { sieve: this.name, sameAs: target.id };
      else if (!target && standsAlone(doc, c)) {
        const speaker = saidInSentenceBefore(doc, c);
        if (speaker) c.link = { sieve: this.name, mentions: [speaker] };
      }
    }
  },
};
