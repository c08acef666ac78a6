import { addReported } from './addReported.ts';
import { attributed } from './attributionsOf.ts';
import { trustedMention } from './strongPeople.ts';
import type { ArticleDoc, Candidate, Para, Sieve } from './types.ts';

/**
 * Fewest consecutive words a headline's quotation must share with a quotation of the body
 * to be the same words: four, as a quotation must have to be annotated at all; three
 * words ("not good enough") are common enough to be anyone's.
 */
const MIN_ECHO_WORDS = 4;
/**
 * Fewest shared words for a headline's "Name: words" without marks, whose name already says
 * whose the words are (`Para.headlineEchoName`): the echo only shows they are quoted words,
 * not the paper's ("Ada Quill: Rovers not good enough" / “We were not good enough,” Quill said).
 */
const MIN_NAMED_ECHO_WORDS = 3;

/** The words of a text, lower case, apostrophes straight. */
const wordsOf = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/’/g, "'")
    .match(/[\p{L}\p{N}']+/gu) ?? [];

/** The longest run of consecutive words two word lists share. */
function sharedRun(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        row[j] = prev[j - 1]! + 1;
        if (row[j]! > best) best = row[j]!;
      }
    }
    prev = row;
  }
  return best;
}

/** An attributed quotation of the body with its words (`wordsOf`), read once per article. */
interface BodyQuote {
  c: Candidate;
  words: string[];
}

/**
 * The attributed quotation of the body that a headline's words repeat most (at least `min`
 * consecutive words), and whether another with different evidence repeats as many; null
 * when none does.
 */
function echoed(
  text: string,
  body: readonly BodyQuote[],
  min: number,
): { source: Candidate; tied: boolean } | null {
  const words = wordsOf(text);
  let best: Candidate | null = null;
  let bestRun = 0;
  let tied = false;
  for (const { c, words: theirs } of body) {
    const run = sharedRun(words, theirs);
    if (run < min || run < bestRun) continue;
    tied = run === bestRun && best !== null && JSON.stringify(best.link) !== JSON.stringify(c.link);
    if (run > bestRun) tied = false;
    best = c;
    bestRun = run;
  }
  return best ? { source: best, tied } : null;
}

/** The index of the sentence of `para` that holds the character at `at`. */
const sentenceAt = (para: Para, at: number) =>
  Math.max(
    0,
    para.sentences.findIndex((s) => at >= s.start && at < s.end),
  );

/**
 * A headline or standfirst that repeats a quotation of the body: "Lady Quill Cancels Show:
 * 'I Am in Severe Pain'" over “…, I am in severe pain,” she wrote; "Harbour and Tarrow are
 * like twins – Quill" over “Harbour and Tarrow are like twins, …” said Ada Quill. Headlines
 * capitalise their quotations like titles of works and print words without marks, so the
 * quotation sieves leave them; the body's own quotation of the same words (four in a row at
 * least) says they are quoted words, and whose: the body quotation's speaker. A headline's
 * "Name: words" without marks (`Para.headlineEchoName`) goes to the person named, as
 * `headlineWords` gives first-person words, when the body quotes at least three of its
 * words in a row. Runs after the body's quotations are linked; a headline nothing echoes
 * is left as it was (a title of a work, a scare quote, the paper's own words).
 */
export const headlineEcho: Sieve = {
  name: 'headline-echo',
  run(doc: ArticleDoc) {
    const body = doc.candidates
      .filter((c) => doc.paras[c.para]!.role === 'body' && c.kind === 'direct' && attributed(c))
      .map((c): BodyQuote => ({ c, words: wordsOf(c.text) }));
    if (body.length === 0) return;
    for (const para of doc.paras) {
      if (para.role === 'body') continue;
      const here = doc.candidates.filter((c) => c.para === para.index);
      if (para.headlineEchoName) {
        const mention = trustedMention(doc, para.headlineEchoName);
        for (const c of here) {
          if (c.sentence !== -1 || c.link !== null || !mention) continue;
          if (echoed(c.text, body, MIN_NAMED_ECHO_WORDS))
            c.link = { sieve: this.name, mentions: [mention] };
        }
      }
      for (const span of para.spans) {
        if (span.open < 0 || span.runsOn) continue;
        // A line that is nothing but a quotation is a subhead or a teaser in marks, set
        // like a title: a quotation of the headline stands beside its own words.
        const rest = para.text.slice(0, span.open) + para.text.slice(span.close + 1);
        if (!/\p{L}/u.test(rest)) continue;
        const start = span.open + 1;
        const existing = here.find((c) => c.start === start && c.span === span);
        if (existing && (existing.link !== null || existing.problem !== null)) continue;
        // (Two body quotations with different speakers' evidence: whose is unclear.)
        const echo = echoed(span.text, body, MIN_ECHO_WORDS);
        if (!echo || echo.tied) continue;
        const link = { sieve: this.name, sameAs: echo.source.id };
        if (existing) existing.link = link;
        else addReported(doc, para, sentenceAt(para, span.open), start, span.close, link, 'direct');
      }
    }
  },
};
