import type { QuoteSpan } from './findQuoteSpans.ts';
import { ABBREVIATIONS, SPEECH_VERBS } from './patterns.ts';

/** A sentence as `[start, end)` offsets into its paragraph. */
export interface SentenceRange {
  start: number;
  end: number;
}

const TERMINAL = /[.!?…]/;
const CLOSERS = /["”’')\]]/;
/** What a new sentence may start with: a capital, a digit, an opening mark or bracket. */
const STARTER = /[\p{Lu}\p{N}“‘"'([]/u;

/**
 * Splits a paragraph into sentences. A quotation is never split, however many
 * sentences it holds: its sentence is the one it stands in. Abbreviations ("Gov.",
 * "Oct.") and initials ("N. Korea", "U.S.") do not end a sentence. Hand-written because
 * splitters on npm split inside quotations and do not keep offsets.
 */
export function splitSentences(text: string, spans: readonly QuoteSpan[]): SentenceRange[] {
  const inSpan = (i: number) => spans.some((s) => i > s.open && i < s.close);
  const out: SentenceRange[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const closesSpan =
      spans.some((s) => s.close === i && !s.runsOn) && TERMINAL.test(text[i - 1] ?? '');
    if (!closesSpan && (!TERMINAL.test(c) || inSpan(i))) continue;
    if (c === '.' && isAbbreviation(text, i)) continue;
    // A quotation whose closing mark the page lost ends at the space after its full stop.
    let j = closesSpan && /\s/.test(c) ? i : i + 1;
    while (j < text.length && CLOSERS.test(text[j]!) && !spans.some((s) => s.open === j)) j++;
    if (j < text.length && !/\s/.test(text[j]!) && !runTogether(text, i, j)) continue;
    let k = j;
    while (k < text.length && /\s/.test(text[k]!)) k++;
    if (k < text.length && !STARTER.test(text[k]!)) continue;
    if (closesSpan && /[!?…]/.test(text[i - 1]!) && attributionFollows(text.slice(k))) continue;
    out.push({ start, end: j });
    start = k;
    i = k - 1;
  }
  if (start < text.length && text.slice(start).trim() !== '') out.push({ start, end: text.length });
  return out;
}

/** Most words of an attribution clause after a quotation ("Ada Quill, the mayor, asked."). */
const MAX_ATTRIBUTION_WORDS = 10;

/**
 * "“Why now?” Ada Quill asked.", "“We won!” Coach Ben Holt said.": a quotation that ends
 * in its own question or exclamation mark (or an ellipsis), then a short clause with a
 * speech verb that closes with a full stop, is one sentence, as "“…,” she asked." is.
 */
function attributionFollows(rest: string): boolean {
  const clause = /^[^.!?“”"‘]+?(?:\.(?=\s|$)|$)/u.exec(rest)?.[0];
  if (!clause?.endsWith('.')) return false;
  const words = clause
    .slice(0, -1)
    .split(/[\s,]+/)
    .filter(Boolean);
  return (
    words.length <= MAX_ATTRIBUTION_WORDS && words.some((w) => SPEECH_VERBS.has(w.toLowerCase()))
  );
}

/**
 * "… will not last.The minister warned …": a copy that lost the space after a full
 * stop. A word of lower-case letters, a full stop, then a capitalised word starts a new
 * sentence (not "U.S.Army", an initial or "Gov.Lee": those end in a capital or are
 * abbreviations, checked before).
 */
function runTogether(text: string, dot: number, next: number): boolean {
  return (
    text[dot] === '.' &&
    next === dot + 1 &&
    /\p{Ll}{2}$/u.test(text.slice(Math.max(0, dot - 2), dot)) &&
    /^\p{Lu}\p{Ll}/u.test(text.slice(next, next + 2))
  );
}

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot);
  if (word.includes('.')) return true; // U.S, a.m
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: N. Korea, John F. Kennedy
  return ABBREVIATIONS.has(word.toLowerCase());
}
