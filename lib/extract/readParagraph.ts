import { classifyQuoted } from './classifyQuoted.ts';
import type { QuoteSpan } from './findQuoteSpans.ts';
import { findQuoteSpans } from './findQuoteSpans.ts';
import { isNickname } from './isNickname.ts';
import { splitSentences } from './splitSentences.ts';
import type { Token } from './tokenize.ts';
import { QUOTE_MASK, TERM_MASK, tokenize } from './tokenize.ts';

/** A sentence of a paragraph, its quotations sorted by what they are, and its words. */
export interface Sentence {
  start: number;
  end: number;
  /** Quotations that are someone speaking. */
  quotes: QuoteSpan[];
  /** Short fragments: quotes if the sentence attributes them, scare quotes otherwise. */
  maybes: QuoteSpan[];
  /** Words with quotations masked (Ⓠ…) and terms masked (ⓣ…), offsets into the paragraph. */
  tokens: Token[];
}

export interface Paragraph {
  spans: QuoteSpan[];
  sentences: Sentence[];
}

export type ParagraphRead =
  | { ok: true; value: Paragraph }
  | { ok: false; index: number; problem: string };

/** (An apostrophe left after a closing mark typed as two: “…,'' said Liu.) */
const ONLY_PUNCTUATION = /^['’]?[\s.,;:!?]*$/;
/** A bracketed credit or note before a paragraph's first words: "[Harbour Daily Reporter Jo Reed] ". */
const LEADING_CREDIT = /^\[[^[\]“”"‘’]{1,80}\]\s+(?=\S)/;
/** Where a quotation starts in its paragraph: its opening mark, or 0 when it has none here. */
const startOf = (s: QuoteSpan) => Math.max(0, s.open);

/**
 * Reads one paragraph: pairs its quotation marks, tells quotations from names and terms,
 * and splits it into sentences with quotations masked for attribution.
 * `continuesQuote`: the paragraph before ended inside a quotation. `inside`: the paragraph
 * starts inside a quotation that has no opening mark here (see `findQuoteSpans`).
 */
export function readParagraph(
  text: string,
  continuesQuote: boolean,
  inside = false,
): ParagraphRead {
  const scan = findQuoteSpans(text, inside);
  if (!scan.ok) return scan;
  // "said J.R. “Rusty” Norman": a nickname in marks is part of the name, never a quotation.
  const spans = scan.spans.filter((s) => !isNickname(s, text));
  const ranges = splitSentences(text, spans);
  const after = (s: QuoteSpan) => text.slice(s.runsOn ? s.close : s.close + 1);
  const kinds = new Map(spans.map((s) => [s, classifyQuoted(s, text)] as const));
  for (const s of spans) {
    // A quotation that fills its paragraph, or goes on from the paragraph before, is
    // someone speaking however short it is.
    if (s.open <= 0 && (s.runsOn || continuesQuote || ONLY_PUNCTUATION.test(after(s))))
      kinds.set(s, 'quote');
  }
  for (const r of ranges) {
    // "“Not once.”" standing as a sentence of its own is someone speaking too.
    const inside = spans.filter((s) => startOf(s) >= r.start && startOf(s) < r.end);
    const only = inside.length === 1 ? inside[0]! : null;
    if (
      only &&
      kinds.get(only) === 'maybe' &&
      text.slice(r.start, startOf(only)).trim() === '' &&
      ONLY_PUNCTUATION.test(text.slice(only.runsOn ? only.close : only.close + 1, r.end))
    ) {
      kinds.set(only, 'quote');
    }
  }
  // "[Harbour Daily Reporter Jo Reed] The party reacted …": a credit in brackets that opens
  // the paragraph is no part of its first sentence, whose subject follows it.
  const credit = LEADING_CREDIT.exec(text)?.[0].length ?? 0;
  let masked = ' '.repeat(credit) + text.slice(credit);
  for (const s of spans) {
    const mask = kinds.get(s) === 'term' ? TERM_MASK : QUOTE_MASK;
    const end = s.runsOn ? s.close : s.close + 1;
    const from = startOf(s);
    masked = masked.slice(0, from) + mask.repeat(end - from) + masked.slice(end);
  }
  const sentences = ranges.map((r) => {
    const inside = spans.filter((s) => startOf(s) >= r.start && startOf(s) < r.end);
    return {
      ...r,
      quotes: inside.filter((s) => kinds.get(s) === 'quote'),
      maybes: inside.filter((s) => kinds.get(s) === 'maybe'),
      tokens: tokenize(masked.slice(r.start, r.end), r.start),
    };
  });
  return { ok: true, value: { spans, sentences } };
}
