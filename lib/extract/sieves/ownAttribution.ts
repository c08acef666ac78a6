import type { Subject } from '../findSubject.ts';
import { relayedSpeaker } from '../relayedSpeaker.ts';
import { relayedWords } from '../relayedWords.ts';
import { attributionsOf, open } from './attributionsOf.ts';
import type { ArticleDoc, Para, Sieve } from './types.ts';

/** How a sentence may end: a full stop, a question or exclamation mark, a closing mark or bracket. */
const CLOSED = /[.!?…"”’')\]]$/u;

/**
 * True when `subject` is a name that the excerpt's end cuts ("…,” said Willi" as the last
 * words of the article, with no full stop): the name printed is only the start of one.
 */
export function cutByTheEnd(doc: ArticleDoc, para: Para, subject: Subject): boolean {
  // (One word only: "— Wall Street Jo" under a round-up's item credits an outlet, not a person.)
  if (subject.kind !== 'name' || subject.run.name.length !== 1) return false;
  const last = doc.paras.findLast((p) => p.role === 'body' && p.text.trim() !== '');
  const text = para.text.trimEnd();
  return last === para && !CLOSED.test(text) && text.endsWith(subject.text);
}

/**
 * The attribution that points at the quotation itself: a speech verb right before or
 * after it (“…,” Lee said; “…,” said the minister; Lee said, “…”; Lee told Reuters: “…”),
 * a dash and a name after it, a headline's "Name: “…”" or "“…”: Name". The most precise
 * evidence there is (CoreNLP's trigram sieve plays this part), so it runs first. A name cut
 * by the excerpt's end is no attribution: the name is not all there.
 */
export const ownAttribution: Sieve = {
  name: 'own-attribution',
  run(doc) {
    for (const c of open(doc)) {
      const ranked = attributionsOf(doc, c);
      if (!ranked || ranked.own.length === 0) continue;
      const para = doc.paras[c.para]!;
      // "Quill said Vell did what the singer had told him: “…”": the singer's words, relayed.
      if (relayedWords(para.sentences[c.sentence]!.tokens, c.token)) {
        c.problem = 'words relayed from what someone else said, not the speaker’s own';
        continue;
      }
      // "Quill said Brun told him: “…”", "Brun, Quill recalled, once told him “…”": Brun's
      // words, which Quill relays; open when the page does not say whose they are.
      const sentence = para.sentences[c.sentence]!;
      const read = relayedSpeaker(sentence.tokens, ranked.own, c.token, para.text);
      if (read.relayed && read.own.length === 0) {
        c.problem = 'words someone relays from another person the page does not name';
        continue;
      }
      const whole = read.own.filter((a) => !cutByTheEnd(doc, para, a.subject));
      if (whole.length === 0)
        c.problem = 'its attribution is cut inside the name by the end of the excerpt';
      else c.link = { sieve: this.name, mentions: whole.map((a) => a.subject) };
    }
  },
};
