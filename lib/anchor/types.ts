/**
 * What anchoring takes and gives. Offsets are into the root's text: its Text nodes'
 * data joined in document order (an element's `textContent`), so they survive any change
 * of markup that leaves the text alone.
 */

/** A quotation to find, after the W3C Web Annotation `TextQuoteSelector`. */
export interface QuoteSelector {
  /** The quotation's text. */
  exact: string;
  /** Text expected just before it, if known. */
  prefix?: string;
  /** Text expected just after it, if known. */
  suffix?: string;
  /** Where it is expected to start, as an offset into the root's text. */
  hint?: number;
}

export interface TextOffsets {
  start: number;
  end: number;
}

export interface Anchor extends TextOffsets {
  /** The quotation in the live page, from the first to the last character matched. */
  range: Range;
  /** 0..1: how well the quote, its context and its place fit. */
  score: number;
  /** `exact`: the same text once spacing, quote marks and case are set aside. */
  method: 'exact' | 'approximate';
  /** How many places were considered (more than one: context or position chose). */
  candidates: number;
}
