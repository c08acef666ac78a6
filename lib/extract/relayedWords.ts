import { SPEECH_VERBS } from './patterns.ts';
import type { Token } from './tokenize.ts';

/** Most words from "what" to the colon ("what the singer had told him backstage"). */
const MAX_RELAYED_WORDS = 10;

/**
 * True when the quotation at token `q` follows a colon closing a clause of someone else's
 * speech ("Quill said Vell had done what the singer had told him backstage: “…”",
 * "… as Vell put it to him: “…”" is not read): the words are relayed from that clause's
 * subject, not the sentence's speaker's own.
 */
export function relayedWords(tokens: readonly Token[], q: number): boolean {
  if (tokens[q - 1]?.text !== ':') return false;
  for (let k = q - 2; k >= 0 && q - 2 - k < MAX_RELAYED_WORDS; k--) {
    const t = tokens[k]!;
    if (!/\p{L}/u.test(t.text)) return false;
    if (t.word !== 'what') continue;
    // A verb of speech after "what" and a subject of its own ("what the drummer had asked of him").
    return tokens.slice(k + 2, q - 1).some((w) => SPEECH_VERBS.has(w.word));
  }
  return false;
}
