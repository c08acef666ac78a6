/**
 * An article read from a live page, as the reader reviews it before saving ("Add this
 * article"): every quotation found, each with a speaker the reader can change, and the
 * article's facts, editable. Plain data, so it travels between the worker and the review
 * page as a message.
 */
import type { QuoteKind, SourceKind } from '../corpus/schema';

export interface DraftQuote {
  /** The quotation as printed (never edited: a corpus keeps quotes exactly as printed). */
  text: string;
  /** The paragraph it stands in, as printed. */
  context: string;
  kind: QuoteKind;
  /** The speaker's full name as it will be saved; `''`: no one named. */
  speaker: string;
  /** An unnamed source the page gives ("a senior official"), kept when `speaker` is empty. */
  source: string | null;
  sourceKind: SourceKind | null;
  /** Saved only when checked. */
  keep: boolean;
  /** Set when the extractor could not tell who said it: why (the view asks "Who said this?"). */
  unattributed: string | null;
}

/** A person the article names: the choices offered for a speaker. */
export interface DraftPerson {
  name: string;
  /** The roles the article gives them, one line (`''` when none). */
  description: string;
  aliases: string[];
}

export interface ArticleDraft {
  /** Editable facts; `''` for "not stated". */
  title: string;
  outlet: string;
  /** YYYY-MM-DD or `''`. */
  published: string;
  url: string;
  /** The date as the page itself states it (an edited date is the reader's, not the article's). */
  pagePublished: string | null;
  byline: string | null;
  people: DraftPerson[];
  quotes: DraftQuote[];
  /** The article's own sentences (so a selection of them reads "article text", not a quote). */
  narration: string[];
  /** Quotations found beyond READER_CONFIG.maxDraftQuotes, left out of the draft. */
  leftOut: number;
}
