import {
  REPORTING_PARTICIPLES,
  SETTING_PREPOSITIONS,
  SPEECH_VERBS,
  TELL_VERBS,
} from './patterns.ts';

/** A semicolon or a comma closing a line where a colon belongs ("Ada Quill said;"); a dash is read by `wordsOfIntro`. */
const COLON_LIKE = /[;,]$/;
/** Where a sentence ends inside a line: a stop, perhaps a closing mark, then a space. */
const SENTENCE_END = /(?<=[.!?]["”’']?)\s+/u;
/** A double quotation mark. */
const QUOTE_MARK = /["“”]/;
/** Most words after the verb ("said in a statement on Tuesday;", "told reporters at the pier,"). */
const MAX_TAIL_WORDS = 6;
/** Words that may open the words after the verb: where or to whom it was said ("wrote on her blog,"). */
const TAIL_OPENERS: ReadonlySet<string> = new Set([
  ...SETTING_PREPOSITIONS,
  ...'to of from via with through'.split(' '),
]);

/**
 * True when a sentence closed by a semicolon or a comma instead of a colon ends as an
 * introduction of words printed below it does ("Ada Quill said;", "Quill added,", "Quill
 * wrote on her blog,", "the mayor told reporters;"): a verb of speech (or its
 * participle, "…, adding;") at the end, perhaps with where or to whom it was said after
 * it. A verb with an object of its own ("the board reported a rise in fares,") has said
 * its piece, and a verb after a quotation ("“…,” Quill said,") is that quotation's: no
 * introduction.
 */
export function colonLikeIntro(sentence: string): boolean {
  // (Its last sentence: a line may hold others before it.)
  const text = sentence.trim().split(SENTENCE_END).at(-1)!;
  if (!COLON_LIKE.test(text)) return false;
  // "“…,” Quill said," cut off at the end of a paragraph: the verb is that quotation's.
  if (QUOTE_MARK.test(text)) return false;
  const words = text
    .slice(0, -1)
    .split(/[^\p{L}’']+/u)
    .filter(Boolean);
  // (In lower case only: "Said" or "Added" opening a line is no verb here.)
  const verb = words.findLastIndex((w) => SPEECH_VERBS.has(w) || REPORTING_PARTICIPLES.has(w));
  if (verb <= 0) return false;
  const tail = words.slice(verb + 1);
  if (tail.length === 0) return true;
  if (tail.length > MAX_TAIL_WORDS) return false;
  return TAIL_OPENERS.has(tail[0]!) || TELL_VERBS.has(words[verb]!);
}
