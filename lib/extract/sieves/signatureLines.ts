import { speechVerbs } from '../findAttribution.ts';
import type { Subject } from '../findSubject.ts';
import { subjectOfPhrase } from '../findSubject.ts';
import { FINITE_VERBS, ROLE_NOUNS } from '../patterns.ts';
import { SIGNATURE_LINE } from '../signatureLine.ts';
import type { Token } from '../tokenize.ts';
import type { ArticleDoc, Para, Sieve } from './types.ts';

/** Most words of a signature line ("– Australian pundit, Phil Gould, on the late tackle"). */
const MAX_SIGNATURE_WORDS = 16;
/** Most words of a signature line printed without a dash ("Australia coach, Ricky Stuart"). */
const MAX_UNDASHED_WORDS = 8;
const DASH = /^\s*(?:--|[–—-])\s*/;

/**
 * Quoted paragraphs signed on the line after them, as quote roundups and post-match
 * reaction pages print them: "“…" / "“…”" / "– Great Britain coach, Brian Noble" (or,
 * without the dash, "Australia coach, Ricky Stuart"). The signed name speaks every
 * quotation of the quoted paragraphs right before the line, back to the first paragraph
 * that is not a quotation. A line that is a sentence (a verb in it) signs nothing.
 */
export const signatureLines: Sieve = {
  name: 'signature-line',
  run(doc) {
    for (const para of doc.paras) {
      const signer = signerOf(para);
      if (!signer) continue;
      for (let p = para.index - 1; p >= 0; p--) {
        const quoted = doc.paras[p]!;
        if (!isQuotedParagraph(doc, quoted)) break;
        for (const c of doc.candidates)
          if (c.para === p && c.link === null && c.problem === null && !c.maybe)
            c.link = { sieve: this.name, mentions: [signer] };
      }
    }
  },
};

/** A body paragraph that opens with a quotation and whose quotations nothing attributes. */
function isQuotedParagraph(doc: ArticleDoc, para: Para): boolean {
  if (para.role !== 'body' || para.qa !== null || para.label !== null) return false;
  if ((para.spans[0]?.open ?? 1) > 0) return false;
  return doc.candidates.every((c) => c.para !== para.index || c.link === null || 'term' in c.link);
}

/** The person a signature line names, or null when the paragraph is no signature line. */
function signerOf(para: Para): Subject | null {
  if (para.role !== 'body' || para.spans.length > 0 || para.sentences.length !== 1) return null;
  if (!SIGNATURE_LINE.test(para.text.trim())) return null;
  const dashed = DASH.exec(para.text);
  const tokens = para.sentences[0]!.tokens.filter((t) => !/^(?:--|[–—])$/.test(t.text));
  const words = tokens.filter((t) => /\p{L}/u.test(t.text));
  if (words.length === 0 || words.length > (dashed ? MAX_SIGNATURE_WORDS : MAX_UNDASHED_WORDS))
    return null;
  if (/[.!?:]\s*$/.test(para.text)) return null;
  if (speechVerbs(tokens).length > 0 || tokens.some((t) => FINITE_VERBS.has(t.word))) return null;
  const segments = split(tokens);
  // Without a dash only "ROLE, NAME": a role, then the name and nothing else.
  if (!dashed && !(segments.length === 2 && segments[0]!.some((t) => ROLE_NOUNS.has(t.word))))
    return null;
  // The role the line gives ("Great Britain coach") says the name is a person's.
  const role = segments.find((s) => s.some((t) => ROLE_NOUNS.has(t.word)));
  for (const segment of segments) {
    const subject = subjectOfPhrase(segment, para.text);
    if (subject?.kind === 'name' && subject.run.name.length >= 2)
      return role && role !== segment
        ? { ...subject, role: para.text.slice(role[0]!.start, role.at(-1)!.end) }
        : subject;
  }
  return null;
}

/** The tokens between commas. */
function split(tokens: readonly Token[]): Token[][] {
  const out: Token[][] = [[]];
  for (const t of tokens) {
    if (t.text === ',') out.push([]);
    else out.at(-1)!.push(t);
  }
  return out.filter((s) => s.length > 0);
}
