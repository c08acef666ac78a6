import { speechVerbs } from './findAttribution.ts';
import type { QuoteSpan } from './findQuoteSpans.ts';
import { findQuoteSpans } from './findQuoteSpans.ts';
import { isFirstPerson, subjectBefore } from './findSubject.ts';
import { wordCount } from './sieves/isShortFragment.ts';
import { tokenize } from './tokenize.ts';

/** Fewest words of a nested quotation read as someone's words (shorter: a term, a title). */
const MIN_NESTED_WORDS = 4;
/**
 * What introduces words the speaker quotes: a comma or a colon after the narration inside
 * the quotation ("a boy asked me, ‘…’", "the sign read: ‘…’").
 */
const INTRODUCED = /[,:]\s*$/;
/**
 * The speaker quoting their own words ("I told him, ‘…’", "so I asked, ‘…’", "we said:
 * ‘…’"): those stay the speaker's, part of the quotation around them.
 */
const OWN_WORDS =
  /\b(?:I|we)\s+(?:\p{L}+ly\s+)?(?:said|say|asked|ask|told|tell|wrote|write|replied|answered|added|thought|kept\s+saying)\b[^,:;.!?]{0,30}[,:]\s*$/iu;

/** Where the sentence holding a position of the outer quotation starts: after the last full stop, "?" or "!". */
const SENTENCE_END = /[.!?][’'”"]?\s+(?=\S)/g;

/**
 * True when the words before a nested quotation, from the start of its sentence, hold a
 * speech verb whose subject is someone other than the speaker ("One paper declared that
 * the council ‘…’", "My critics claim the plan ‘…’"): not "I" or "we" quoting their own.
 */
function relayedByOther(outer: string, open: number): boolean {
  let from = 0;
  for (const m of outer.slice(0, open).matchAll(SENTENCE_END)) from = m.index + m[0].length;
  const before = outer.slice(from, open);
  const tokens = tokenize(before);
  const verb = speechVerbs(tokens).at(-1);
  if (verb === undefined) return false;
  const subject = subjectBefore(tokens, verb, before);
  return subject !== null && !isFirstPerson(subject);
}

/** A quotation inside a speaker's quotation: `[start, end)` of its words in the outer text. */
export interface OthersWords {
  start: number;
  end: number;
  text: string;
}

/**
 * The quotations a speaker's quotation holds that are someone else's words: a sentence in
 * the other marks (‘…’ inside “…”), introduced by a comma or a colon, of four words or
 * more, opening with a capital ("A boy asked me, ‘Do you have a book about trains?’").
 * Not the speaker's own words quoted back ("I told him, ‘…’"), nor a title or a term. Also
 * the words after a curly opening mark inside a curly quotation whose closing mark is theirs.
 */
export function othersWordsInQuote(outer: string, mark: QuoteSpan['mark']): OthersWords[] {
  const scan = findQuoteSpans(outer);
  if (!scan.ok) return [];
  // The other marks only: a double mark inside double marks is a stray or a lost close.
  const single = (m: QuoteSpan['mark']) => m === '‘' || m === "'";
  // “… that he “does not want a bigger state.”: a curly opening mark inside a curly double
  // quotation that the quotation's closing mark ends, as a tweet quoting someone prints it.
  const unclosed = scan.spans.find(
    (s) =>
      mark === '“' &&
      s.mark === '“' &&
      s.runsOn &&
      s.open > 0 &&
      wordCount(s.text) >= MIN_NESTED_WORDS,
  );
  if (unclosed) return [{ start: unclosed.open + 1, end: outer.length, text: unclosed.text }];
  // “Pres Quill told us that he “will never raise a tax.” Good to know!”: a curly pair
  // inside a curly quotation, after a word of the sentence that relays it.
  const relayed = scan.spans.filter(
    (s) =>
      mark === '“' &&
      s.mark === '“' &&
      !s.runsOn &&
      /\p{Ll}\s$/u.test(outer.slice(0, s.open)) &&
      wordCount(s.text) >= MIN_NESTED_WORDS,
  );
  return scan.spans
    .filter((s) => !s.runsOn && s.open >= 0 && single(s.mark) !== single(mark))
    .filter((s) => {
      const before = outer.slice(0, s.open);
      if (wordCount(s.text) < MIN_NESTED_WORDS) return false;
      // “One paper declared that the council ‘has lost its way’, ‘…’ …”: words in the other
      // marks that someone else's speech verb in the sentence relays, whatever opens them.
      if (relayedByOther(outer, s.open)) return true;
      return INTRODUCED.test(before) && !OWN_WORDS.test(before) && /^\p{Lu}/u.test(s.text);
    })
    .concat(relayed)
    .map((s) => ({ start: s.open + 1, end: s.close, text: s.text }));
}
