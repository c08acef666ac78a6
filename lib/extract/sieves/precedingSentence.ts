import { attributed, linkable } from './attributionsOf.ts';
import { namedSubject } from './namedSubject.ts';
import { peopleNamed } from './peopleNamed.ts';
import type { Candidate, Sieve } from './types.ts';

/**
 * Within one paragraph, what `precedingSubject` reads across two: a quotation that opens a
 * sentence and attributes nothing, right after a sentence of narration whose one subject
 * is a named person ("Ada Quill seemed happy with the trial. “…”", "Speaking at the
 * depot, Ada Quill took aim at the ministry. “…”"): that person's words. No quotation of
 * the paragraph may be attributed already, and the quotation must be its sentence: a word
 * after it may be an attribution no sieve read ("“…,” the notice reads.").
 */
export const precedingSentence: Sieve = {
  name: 'preceding-sentence',
  run(doc) {
    for (const para of doc.paras) {
      const first = para.spans[0];
      if (para.role !== 'body' || para.qa !== null || para.label !== null) continue;
      if (!first || first.open <= 0) continue;
      const at = para.sentences.findIndex((s) => s.end > first.open);
      const sentence = para.sentences[at];
      if (at <= 0 || !sentence || para.text.slice(sentence.start, first.open).trim() !== '')
        continue;
      const here = doc.candidates.filter((c) => c.para === para.index);
      // The quotation is its sentence: any word after it may be an attribution no sieve read.
      if (sentence.tokens.some((t) => t.start >= first.close && /\p{L}/u.test(t.text))) continue;
      // "The chairman said in a statement that the count would be done soon. “…”": the
      // sentence right before reports one speaker's words; the quotation goes on from them.
      // (A sentence that names two people, "Holt said …, and Quill said …", gives it to neither.)
      const reported = reportedBefore(here, at - 1);
      if (reported && peopleNamed(doc, para.sentences[at - 1]!).length <= 1) {
        for (const c of here)
          if (c.kind === 'direct' && c.start >= first.open && linkable(c))
            c.link = { sieve: this.name, sameAs: reported.id };
        continue;
      }
      if (here.some(attributed)) continue;
      // Only the sentence right before, and only when its one subject is the name: a role or
      // a pronoun as its subject ("The harbour master seemed pleased.") may be someone else.
      const { person, subjects } = namedSubject(doc, para, [para.sentences[at - 1]!]);
      if (subjects.length !== 1 || subjects[0]!.kind !== 'name' || !person) continue;
      for (const c of here)
        if (c.kind === 'direct' && c.start >= first.open && linkable(c))
          c.link = { sieve: this.name, mentions: [person] };
    }
  },
};

/**
 * The reported words of the sentence `sentence`, when they are the paragraph's only
 * attributed quotation and a sieve tied them to a person by name or role.
 */
function reportedBefore(here: readonly Candidate[], sentence: number): Candidate | null {
  const given = here.filter(attributed);
  const only = given.length === 1 ? given[0]! : null;
  if (only?.kind !== 'reported' || only.sentence !== sentence) return null;
  // A person, by name or by role ("the chairman"): an institution's statement ("The board
  // said …") may be quoted from anyone of it.
  const first = only.link && 'mentions' in only.link ? only.link.mentions[0] : undefined;
  return first?.kind === 'name' || first?.kind === 'role' ? only : null;
}
