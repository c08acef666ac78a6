/**
 * Benchmark queries of three kinds, drawn deterministically from a corpus:
 *
 * - `exact`: an excerpt of a quote, 8 to 40 words (what readers select: a clause to a
 *   couple of sentences), never longer than the quote;
 * - `edited`: such an excerpt with one to three word edits (replace, drop or add a word);
 * - `absent`: words nobody said, half `short` (8 to 15 words) and half `long` (16 to 40),
 *   cut from made-up sentences of the same grammar and vocabulary (another seed). Each is
 *   checked against every quote: a text (or one of its sentences) of which some quote
 *   holds at least `ABSENT_MAX_OVERLAP` of the words in order is an edit of that quote,
 *   not an absent text, and is drawn again (the count of such redraws is returned).
 */
import type { Corpus } from '../../lib/corpus/schema';
import { documentWords } from '../../lib/match/documentWords';
import { createOverlapCheck } from './createOverlapCheck';
import { mulberry32, pick, type Random } from './mulberry32';
import { grammarSource, type SentenceSource } from './SentenceSource';

export type QueryKind = 'exact' | 'edited' | 'absent';

export interface Query {
  kind: QueryKind;
  text: string;
  /** The quote the text comes from; `null` for `absent`. */
  quoteId: string | null;
  /** For `absent`: shorter than `LONG_FROM` words, or not. */
  length?: 'short' | 'long';
}

export interface QuerySet {
  queries: Query[];
  /** Made-up texts drawn again because some quote held too many of their words. */
  absentRedrawn: number;
}

/** Readers select from a clause to a couple of sentences. */
export const MIN_WORDS = 8;
export const MAX_WORDS = 40;
/** An absent text of this many words or more is `long`. */
export const LONG_FROM = 16;
/**
 * An absent text may share less than this share of its words, in order, with any quote.
 * At 60% an eight-word text keeps at most four words of a quote: more would make it an
 * excerpt with three or four edits, which the `edited` kind already covers.
 */
export const ABSENT_MAX_OVERLAP = 0.6;

const between = (rnd: Random, lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));

/** `len` consecutive words of `words` from a random start. */
function cut(rnd: Random, words: readonly string[], len: number): string[] {
  const from = Math.floor(rnd() * (words.length - len + 1));
  return words.slice(from, from + len);
}

/**
 * Whether some quote holds `ABSENT_MAX_OVERLAP` of the text's words in order, or of the
 * words of one of its sentences of `MIN_WORDS` or more: a long text that runs from an
 * edited quote into a made-up sentence is not words nobody said either.
 */
export function heldByAQuote(text: string, overlap: (words: readonly string[]) => number): boolean {
  const pieces = [text, ...text.split(/(?<=[.!?])\s+/)];
  return pieces.some((piece) => {
    const words = documentWords(piece);
    return words.length >= MIN_WORDS && overlap(words) >= ABSENT_MAX_OVERLAP;
  });
}

export function makeQueries(
  corpus: Corpus,
  perKind: number,
  source: SentenceSource = grammarSource,
  seed = 7,
): QuerySet {
  const rnd = mulberry32(seed);
  const long = corpus.quotes.filter((q) => q.text.split(/\s+/).length >= MIN_WORDS);
  const excerpt = () => {
    const q = pick(rnd, long);
    const words = q.text.split(/\s+/);
    return {
      q,
      words: cut(rnd, words, between(rnd, MIN_WORDS, Math.min(MAX_WORDS, words.length))),
    };
  };
  const queries: Query[] = [];
  for (let i = 0; i < perKind; i++) {
    const { q, words } = excerpt();
    queries.push({ kind: 'exact', text: words.join(' '), quoteId: q.id });
  }
  for (let i = 0; i < perKind; i++) {
    const { q, words } = excerpt();
    const edits = between(rnd, 1, 3);
    for (let e = 0; e < edits; e++) {
      const at = Math.floor(rnd() * words.length);
      const r = rnd();
      if (r < 0.5) words[at] = source.editWord(rnd);
      else if (r < 0.75 && words.length > MIN_WORDS) words.splice(at, 1);
      else words.splice(at, 0, source.editWord(rnd));
    }
    queries.push({ kind: 'edited', text: words.join(' '), quoteId: q.id });
  }
  // Absent: made-up sentences (another seed), short and long in turn, as a reader's
  // made-up quotation would be: the corpus's grammar and vocabulary, words nobody said.
  const overlap = createOverlapCheck(corpus);
  const fresh = mulberry32(seed ^ 0x5bd1e995);
  let absentRedrawn = 0;
  for (let i = 0; i < perKind; ) {
    const short = i % 2 === 0;
    let words = source.sentence(fresh).split(/\s+/);
    while (words.length < MAX_WORDS) words = words.concat(source.sentence(fresh).split(/\s+/));
    const len = short
      ? between(fresh, MIN_WORDS, LONG_FROM - 1)
      : between(fresh, LONG_FROM, MAX_WORDS);
    const text = cut(fresh, words, len).join(' ');
    if (heldByAQuote(text, overlap)) {
      absentRedrawn++;
      continue;
    }
    queries.push({ kind: 'absent', text, quoteId: null, length: short ? 'short' : 'long' });
    i++;
  }
  return { queries, absentRedrawn };
}
