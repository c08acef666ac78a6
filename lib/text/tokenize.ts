/**
 * Splits text into the units the matcher compares: words (with the original offsets
 * they came from), punctuation marks and ellipses. Quote marks are not tokens (quote
 * style is set aside); `[` `]` and `(` `)` are not tokens either but mark the words
 * between them as `editorial` (an insertion by the writer, not the speaker's words).
 * Han, kana and other scripts written without spaces give one token per character,
 * so any script can be indexed and aligned.
 */
import { normalize } from './normalize';

export type TokenKind = 'word' | 'punct' | 'ellipsis';

export interface Token {
  /** Normalised form (lower case, NFKC, folded quote marks). */
  norm: string;
  kind: TokenKind;
  /** Inside editorial brackets. */
  editorial: boolean;
  /** Offsets in the original text: `original.slice(start, end)` is the token as printed. */
  start: number;
  end: number;
}

/**
 * One token, in order of preference: a number (digits with inner `,` `.`), a
 * spaceless-script character, a word (letters, digits, marks, inner apostrophes), an
 * ellipsis, one punctuation mark, or a bracket.
 */
const TOKEN =
  /(\p{N}+(?:[.,]\p{N}+)*)|([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}])|((?:[\p{L}\p{N}\p{M}])+(?:'[\p{L}\p{M}]+)*)|(\.\.\.+)|([,.;:!?])|([[\]()])/gu;

/** Normalised text of ASCII only (normalising lower-cases it). */
const LOWER_ASCII = /^[\x20-\x40\x5b-\x7e]*$/;
/**
 * `TOKEN`'s words over ASCII, in the same order of preference: a number (digits with inner
 * `,` `.`) before a word (letters and digits, inner apostrophes).
 */
const ASCII_WORD = /\d+(?:[.,]\d+)*|[a-z0-9]+(?:'[a-z]+)*/g;

export function tokenize(original: string): Token[] {
  const { text, starts, ends } = normalize(original);
  const tokens: Token[] = [];
  let depth = 0;
  for (const m of text.matchAll(TOKEN)) {
    const i = m.index;
    const j = i + m[0].length;
    if (m[6] !== undefined) {
      depth = m[6] === '[' || m[6] === '(' ? depth + 1 : Math.max(0, depth - 1);
      continue;
    }
    const kind: TokenKind = m[4] !== undefined ? 'ellipsis' : m[5] !== undefined ? 'punct' : 'word';
    tokens.push({
      norm: kind === 'ellipsis' ? '...' : m[0],
      kind,
      editorial: depth > 0,
      start: starts[i] ?? 0,
      end: ends[j - 1] ?? 0,
    });
  }
  return tokens;
}

/**
 * The normalised forms of the word tokens of an already normalised text (`normalizeText`):
 * what `tokenize` gives as the `norm` of its words, without offsets or token objects.
 */
export function wordsOfNormalized(text: string): string[] {
  const words: string[] = [];
  // Lower-case ASCII (most normalised text): the same words by a pattern without Unicode
  // classes, several times faster (a property test holds the two equal).
  if (LOWER_ASCII.test(text)) {
    for (const m of text.matchAll(ASCII_WORD)) words.push(m[0]);
    return words;
  }
  for (const m of text.matchAll(TOKEN)) {
    // Groups 1–3 are the word kinds (a number, a spaceless-script character, a word).
    if (m[1] !== undefined || m[2] !== undefined || m[3] !== undefined) words.push(m[0]);
  }
  return words;
}

/** The word tokens only. */
export function wordsOf(tokens: readonly Token[]): Token[] {
  return tokens.filter((t) => t.kind === 'word');
}
