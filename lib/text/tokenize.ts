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

/** The word tokens only. */
export function wordsOf(tokens: readonly Token[]): Token[] {
  return tokens.filter((t) => t.kind === 'word');
}
