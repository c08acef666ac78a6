import type { QuoteSpan } from './findQuoteSpans.ts';
import { findQuoteSpans } from './findQuoteSpans.ts';
import { wordCount } from './sieves/isShortFragment.ts';

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
      return (
        INTRODUCED.test(before) &&
        !OWN_WORDS.test(before) &&
        /^\p{Lu}/u.test(s.text) &&
        wordCount(s.text) >= MIN_NESTED_WORDS
      );
    })
    .concat(relayed)
    .map((s) => ({ start: s.open + 1, end: s.close, text: s.text }));
}
