import { characterisingVerb, MIN_CHARACTERISED_WORDS } from '../characterisingVerb.ts';
import type { Subject } from '../findSubject.ts';
import { subjectBefore } from '../findSubject.ts';
import { SUBORDINATORS } from '../patterns.ts';
import { sentenceSubjects } from '../sentenceSubjects.ts';
import { open } from './attributionsOf.ts';
import { wordCount } from './isShortFragment.ts';
import type { Sieve } from './types.ts';

/**
 * A quoted fragment (or a longer quotation) that someone's verb of characterising governs: "Holt called the
 * plan “a gift to the ferry companies”", "the minister accused her of “playing games with
 * the harbour”", "…, calling it a “great day for the whole town”", "what she described as
 * the council’s “reckless and costly approach”". The words are the characteriser's: the
 * subject of the verb, or of the sentence for a participle after a comma, or the person
 * named after "with" for a participle of a "with" clause ("with Ada Quill calling it …"). A fragment of
 * four words at least (`MIN_CHARACTERISED_WORDS`), in the verb's own clause (no quotation
 * or clause break between); any other is left to `scareQuotes`.
 */
export const characterisedWords: Sieve = {
  name: 'characterised',
  run(doc) {
    for (const c of open(doc)) {
      if (c.sentence < 0 || !c.span || c.span.open < 0) continue;
      if (wordCount(c.text) < MIN_CHARACTERISED_WORDS) continue;
      const para = doc.paras[c.para]!;
      const sentence = para.sentences[c.sentence]!;
      const at = characterisingVerb(para.text.slice(sentence.start, c.span.open));
      if (at < 0) continue;
      const tokens = sentence.tokens;
      const v = tokens.findIndex((t) => t.start === sentence.start + at);
      if (v < 0) continue;
      const subject = speakerOf(tokens, v, para.text);
      if (subject && !clauseNotSubject(subject)) c.link = { sieve: this.name, mentions: [subject] };
    }
  },
};

/**
 * Who characterises: the subject written before a finite verb ("Holt called …"); for a
 * participle, the sentence's subject when a comma ties the participle to it ("Holt
 * conceded, calling it …"), or the subject after a participle phrase that opens the
 * sentence ("Warning of “…”, the scientists released …"). Null when unclear.
 */
function speakerOf(
  tokens: Parameters<typeof subjectBefore>[0],
  v: number,
  text: string,
): Subject | null {
  const verb = tokens[v]!;
  if (!/ing$/.test(verb.word)) return subjectBefore(tokens, v, text);
  if (v === 0) {
    const comma = tokens.findIndex((t) => t.text === ',');
    return comma > 0 ? (sentenceSubjects(tokens.slice(comma + 1), text)[0] ?? null) : null;
  }
  if (tokens[v - 1]!.text !== ',') return withSubject(tokens, v, text);
  return sentenceSubjects(tokens.slice(0, v), text)[0] ?? null;
}

/** Most words between "with" and its participle read as the participle's subject ("with the shadow minister Ada Quill calling …"). */
const MAX_WITH_SUBJECT_TOKENS = 8;

/**
 * The named subject of a participle in a "with" clause ("…, with shadow minister Ada Quill
 * describing the plan as “…”"): the person named right after "with", nothing but words
 * between them and the participle. Only a person's name; a crowd, a body or a pronoun
 * ("with residents calling it …") is left open.
 */
function withSubject(
  tokens: Parameters<typeof subjectBefore>[0],
  v: number,
  text: string,
): Subject | null {
  const w = tokens.findLastIndex((t, i) => i < v && t.word === 'with');
  if (w < 0 || v - w - 1 > MAX_WITH_SUBJECT_TOKENS || v - w < 2) return null;
  if (tokens.slice(w + 1, v).some((t) => !/^[\p{L}’'.-]+$/u.test(t.text))) return null;
  const subject = subjectBefore(tokens.slice(w + 1), v - w - 1, text);
  return subject?.kind === 'name' ? subject : null;
}

/**
 * A subject read as a whole phrase that is a clause, not who speaks: "When listening to
 * Holt" (a subordinate clause), "Speaking to Holt" (a participle).
 */
function clauseNotSubject(subject: Subject): boolean {
  if (subject.kind !== 'other') return false;
  const first = subject.text.split(/\s+/)[0] ?? '';
  return SUBORDINATORS.has(first.toLowerCase()) || /^\p{Lu}\p{Ll}+ing$/u.test(first);
}
