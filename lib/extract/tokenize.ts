import { COURTESY_TITLES, ORGANIZATION_WORDS } from './patterns.ts';

/** A word or mark of a sentence, with its offsets into the paragraph. */
export interface Token {
  text: string;
  /** Lower case, without a trailing sentence period or possessive ("Korea’s" → "korea"). */
  word: string;
  start: number;
  end: number;
}

/** Masking characters: a quotation to be attributed, and a quoted name or term. */
export const QUOTE_MASK = 'Ⓠ';
export const TERM_MASK = 'ⓣ';

/**
 * A courtesy title printed with its full stop but no space before the name ("Dr.Ada Quill
 * said", as some South Asian sites print it): the title is a word of its own, so the name
 * after it is read as a name, not as one word "Dr.Ada". Only before a capitalised word
 * with a lower-case letter after it ("Dr.NO" or an initialism stays whole).
 */
function gluedTitle(): string {
  const titles = [...COURTESY_TITLES].filter((t) => t.endsWith('.')).map((t) => t.slice(0, -1));
  return String.raw`(?<![\p{L}\p{N}.])(?:${titles.join('|')})\.(?=\p{Lu}\p{Ll})`;
}

/**
 * (A number with thousands separators, "600,000", is one word: its commas separate no
 * clauses. A social handle, "@HarbourNews", is one word that is never capitalised, so never
 * part of a name: "follow us on Twitter @Friends" names nobody. A hyphen between spaces is
 * a dash, "TARROW, Wash. - Ada Quill said", which ends the words before it. The mark of a
 * plural possessive after a capitalised word, "the Harbour Rovers’ captain Ada Quill",
 * "Ana Reyes’ new film", is a word of its own, so it ends the name before it.)
 */
const TOKEN = new RegExp(
  String.raw`Ⓠ+|ⓣ+|--|(?<=\p{Lu}\p{L}*s)[’'](?=\s)|(?<=\s)-(?=\s)|@[\p{L}\p{N}_]+|\d{1,3}(?:,\d{3})+(?:\.\d+)?|[,;:—–()&]|${gluedTitle()}|[\p{L}\p{N}]+(?:[’'.-][\p{L}\p{N}]+)*\.?(?:[’']s\b)?`,
  'gu',
);

/** Splits masked sentence text into words, quotation placeholders and clause marks. */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    const word = t
      .toLowerCase()
      .replace(/[’']s$/, '')
      .replace(/\.$/, '');
    out.push({ text: t, word, start: offset + m.index, end: offset + m.index + t.length });
  }
  // "the Poulton Residents’ Committee": inside the name of a body the mark is no word.
  return out.filter(
    (t, i) =>
      !isPossessiveMark(t) ||
      !isCapitalized(out[i + 1]) ||
      !ORGANIZATION_WORDS.has(out[i + 1]!.word),
  );
}

export const isQuoteToken = (t: Token | undefined) => t?.text.startsWith(QUOTE_MASK) === true;
export const isCapitalized = (t: Token | undefined) => t !== undefined && /^\p{Lu}/u.test(t.text);
/** The mark of a plural possessive, a token of its own after its name ("the Rovers’ coach"). */
export const isPossessiveMark = (t: Token | undefined) => t?.text === '’' || t?.text === "'";
