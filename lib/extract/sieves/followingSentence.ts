import { speechVerbs } from '../findAttribution.ts';
import type { Subject } from '../findSubject.ts';
import { isPersonSubject, subjectBefore } from '../findSubject.ts';
import { jointSubject } from '../jointSubject.ts';
import { WEEKDAY_NAMES } from '../patterns.ts';
import { isQuoteToken } from '../tokenize.ts';
import { linkable } from './attributionsOf.ts';
import type { Sieve } from './types.ts';

/**
 * Words that may open what follows the verb of such a sentence: what the words were about
 * or when they were said ("says of the decision", "said about the vote", "said on Monday").
 */
const TAIL_OPENERS = new Set([
  ...'of about on in at after during to from with yesterday today now later again'.split(' '),
  ...WEEKDAY_NAMES,
]);

/**
 * A quotation that is a sentence of its own, followed in its paragraph by a sentence that is
 * only its speaker and a verb of speech, perhaps with what the words were about or when:
 * "“…” Quill says of the decision.", "“…” The mayor said on Monday." The words are that
 * speaker's. Not when the second sentence reports a clause of its own ("Quill says the plan
 * will fail."), holds a quotation, has a second verb of speech or more than one subject
 * ("Quill and Brenner say …"): then who said the words is not this sentence's to tell.
 */
export const followingSentence: Sieve = {
  name: 'following-sentence',
  run(doc) {
    for (const c of doc.candidates) {
      if (!linkable(c) || c.sentence < 0 || !c.span || c.kind !== 'direct') continue;
      const para = doc.paras[c.para]!;
      if (para.role !== 'body' || para.qa !== null || para.label !== null) continue;
      const here = para.sentences[c.sentence]!;
      const next = para.sentences[c.sentence + 1];
      if (!next) continue;
      // The quotation is its sentence: no word of the sentence outside it.
      const { open: from, close: to } = c.span;
      if (here.tokens.some((t) => (t.start < from || t.start >= to) && /\p{L}/u.test(t.text)))
        continue;
      const subject = speakerAlone(next.tokens, para.text);
      // "“…” Quill and Brenner say.": two people fit, and no later sieve may pick one.
      if (subject?.kind === 'joint')
        c.problem = 'the sentence after it names more than one speaker';
      else if (subject && (isPersonSubject(subject) || subject.kind === 'role'))
        c.link = { sieve: this.name, mentions: [subject] };
    }
  },
};

/**
 * The subject of a sentence that is only "SUBJECT VERB [of … | on Monday …]", its one verb
 * a verb of speech; null for any other sentence.
 */
function speakerAlone(tokens: Parameters<typeof speechVerbs>[0], text: string): Subject | null {
  if (tokens.some((t) => isQuoteToken(t) || t.text === 'that')) return null;
  const verbs = speechVerbs(tokens);
  if (verbs.length !== 1) return null;
  const v = verbs[0]!;
  if (v === 0) return null;
  const subject = jointSubject(tokens, v, text) ?? subjectBefore(tokens, v, text);
  if (!subject) return null;
  // The subject is all the sentence holds before its verb.
  if (text.slice(tokens[0]!.start, tokens[v - 1]!.end) !== subject.text) return null;
  const tail = tokens.slice(v + 1).filter((t) => /\p{L}/u.test(t.text));
  return tail.length === 0 || TAIL_OPENERS.has(tail[0]!.word) ? subject : null;
}
