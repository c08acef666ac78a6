import { FIRST_PERSON_WORDS } from './patterns.ts';
import type { Para } from './sieves/types.ts';

/** A colon that introduces words printed without marks ("… on his page: Over the past …"). */
const UNMARKED_INTRO = /:\s+\p{Lu}/u;

/**
 * "Quill wrote on her page: Over the past days we met … Holt arrived late. We spoke. … He
 * said …": the sentences after a colon that introduces someone's words printed without
 * quotation marks are those words when one of them speaks in the first person ("we", "I",
 * "our"), so the people they name are not whom a later pronoun of the paragraph means. Returns
 * the index of the introducing sentence in the paragraph, the one before `sentence` nearest to
 * it, or null when there is none or nothing after its colon speaks in the first person.
 */
export function unmarkedVoice(para: Para, sentence: number): number | null {
  let voiced = false;
  for (let s = sentence - 1; s >= 0; s--) {
    const { tokens, start, end } = para.sentences[s]!;
    const text = para.text.slice(start, end);
    const colon = UNMARKED_INTRO.exec(text);
    const after = colon ? start + colon.index : start;
    voiced ||= tokens.some((t) => t.start >= after && FIRST_PERSON_WORDS.has(t.word));
    if (colon) return voiced ? s : null;
  }
  return null;
}
