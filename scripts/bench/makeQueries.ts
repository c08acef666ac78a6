/**
 * Benchmark queries of three kinds, drawn deterministically from a corpus: `exact`
 * excerpts of 8 to 16 words of a quote, `edited` excerpts with one to three word
 * edits (replace, drop or add a word), and `absent` whole sentences that are in no quote.
 */
import type { Corpus } from '../../lib/corpus/schema';
import { tokenize } from '../../lib/text/tokenize';
import { EDIT_WORDS, makeSentence } from './makeSentence';
import { mulberry32, pick } from './mulberry32';

export type QueryKind = 'exact' | 'edited' | 'absent';

export interface Query {
  kind: QueryKind;
  text: string;
  /** The quote the text comes from; `null` for `absent`. */
  quoteId: string | null;
}

const MIN_WORDS = 8;
const MAX_WORDS = 16;

const wordKey = (text: string) =>
  tokenize(text)
    .filter((t) => t.kind === 'word')
    .map((t) => t.norm)
    .join(' ');

export function makeQueries(corpus: Corpus, perKind: number, seed = 7): Query[] {
  const rnd = mulberry32(seed);
  const long = corpus.quotes.filter((q) => q.text.split(/\s+/).length >= MIN_WORDS);
  const excerpt = () => {
    const q = pick(rnd, long);
    const words = q.text.split(/\s+/);
    const len = Math.min(words.length, MIN_WORDS + Math.floor(rnd() * (MAX_WORDS - MIN_WORDS + 1)));
    const from = Math.floor(rnd() * (words.length - len + 1));
    return { q, words: words.slice(from, from + len) };
  };
  const queries: Query[] = [];
  for (let i = 0; i < perKind; i++) {
    const { q, words } = excerpt();
    queries.push({ kind: 'exact', text: words.join(' '), quoteId: q.id });
  }
  for (let i = 0; i < perKind; i++) {
    const { q, words } = excerpt();
    const edits = 1 + Math.floor(rnd() * 3);
    for (let e = 0; e < edits; e++) {
      const at = Math.floor(rnd() * words.length);
      const r = rnd();
      if (r < 0.5) words[at] = pick(rnd, EDIT_WORDS);
      else if (r < 0.75 && words.length > MIN_WORDS) words.splice(at, 1);
      else words.splice(at, 0, pick(rnd, EDIT_WORDS));
    }
    queries.push({ kind: 'edited', text: words.join(' '), quoteId: q.id });
  }
  // Absent: whole fresh sentences (another seed) that are no quote of the corpus, as a
  // made-up quotation would be: the same grammar and vocabulary, words nobody said.
  const known = new Set(corpus.quotes.map((q) => wordKey(q.text)));
  const fresh = mulberry32(seed ^ 0x5bd1e995);
  while (queries.length < 3 * perKind) {
    const text = makeSentence(fresh);
    if (!known.has(wordKey(text))) queries.push({ kind: 'absent', text, quoteId: null });
  }
  return queries;
}
