import { findReported } from '../findReported.ts';
import { introducesWords } from '../introducesStatement.ts';
import { addReported } from './addReported.ts';
import type { ArticleDoc, Candidate, Para, Sieve } from './types.ts';

/** Fewest words of a quoted fragment that makes its sentence a direct quotation rather than reported speech. */
const MIN_QUOTE_WORDS = 4;
const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** "…” and that …", "…” and noted that …", "…,” he said, adding that …": reported speech after a quotation. */
const AND_THAT =
  /^\s*that\s+|(?:^|,)\s*(?:and (?:[a-z]+ )?that\s+|(?:adding|noting|saying|arguing|insisting)(?: that)?\s+)/;

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
        // "… said violence must be “put on trial” by the people": a quoted word or two inside
        // a reported clause leaves the clause reported speech as a whole.
        const fragments = quoted.every((c) => c.maybe && wordCount(c.text) < MIN_QUOTE_WORDS);
        if (quoted.length > 0 && !fragments) {
          const last = quoted.filter((c) => c.link !== null).at(-1);
          if (last?.span) andThat(doc, para, si, last, this.name);
        }
        const context = para.text.slice(s.start, s.end).trim();
        // "…, he said:" introduces the words below; "Quill says the crews were paid:" (radio
        // copy before a sound clip) is reported speech all the same.
        if (context.endsWith(':') && introducesWords(context)) continue;
        const found = findReported(s.tokens, para.text, s, para.role === 'headline');
        if (!found) continue;
        // A labelled turn ("Mayor Ada Quill: Well, I've news, I'm happy to say.") is its
        // speaker's words as a whole: only a clause a named third person said ("Your
        // predecessor, Ben Holt, said that …") is someone else's reported speech in it.
        if (para.label && found.subject.kind !== 'name') continue;
        if (quoted.length > 0 && !fragments) {
          // In a sentence that quotes, an attribution after a clause ("Speaking in Seoul, Lee
          // said, “…”") attributes the quotation, not the clause.
          if (found.before) continue;
          // A sentence that also quotes someone ("To cut the risk, the officials said, the
          // utility changed its covers, “so the pressure does not build.”"): the reported
          // clause only where it holds no quotation, and stops at one.
          const inside = quoted.filter((c) => c.span && c.end > found.start && c.start < found.end);
          if (inside.some((c) => c.span!.open < found.start)) continue;
          const open = Math.min(found.end, ...inside.map((c) => c.span!.open));
          let end = open;
          while (end > found.start && /\s/.test(para.text[end - 1]!)) end--;
          // Only a quotation set off by a comma or dash ends it: one its words run into ("he
          // planned to play the “role of mediator”") is part of the sentence's grammar.
          if (open < found.end && !/[,;:—–-]/.test(para.text[end - 1] ?? '')) continue;
          while (end > found.start && /[\s,;:—–-]/.test(para.text[end - 1]!)) end--;
          if (wordCount(para.text.slice(found.start, end)) < MIN_QUOTE_WORDS) continue;
          found.end = end;
        }
        addReported(doc, para, si, found.start, found.end, {
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

function andThat(doc: ArticleDoc, para: Para, si: number, last: Candidate, sieve: string): void {
  const s = para.sentences[si]!;
  const close = last.span!.close + 1;
  const tail = para.text.slice(close, s.end);
  const and = AND_THAT.exec(tail);
  if (!and) return;
  const start = close + and.index + and[0].length;
  let end = s.end;
  while (end > start && /[\s.!?]/.test(para.text[end - 1]!)) end--;
  addReported(doc, para, si, start, end, { sieve, sameAs: last.id });
}
