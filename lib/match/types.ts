/**
 * The matcher's public contract: what a check asks and what it answers. Shared by the
 * CLI (`npm run verify`), the background worker and the UI components.
 */
import type { Article, QuoteKind } from '../corpus/schema';

export type Verdict =
  | 'verbatim'
  | 'close'
  | 'altered'
  | 'paraphrase'
  | 'source-text'
  | 'no-match'
  | 'too-short'
  /** Too little information to single out who said it (the specificity gate). */
  | 'common';

export type Attribution = 'consistent' | 'conflict' | 'ambiguous' | 'unknown';

export type ChangeType =
  | 'negation'
  | 'number'
  | 'antonym'
  | 'substitution'
  | 'omission'
  | 'insertion'
  | 'spelling'
  | 'punctuation'
  | 'editorial';

/** One change from the source (`from`) to the selection (`to`); `''` on the missing side. */
export interface Change {
  type: ChangeType;
  from: string;
  to: string;
  /** Optional explanation, e.g. that an omission is marked by an ellipsis or the source word looks like a misprint. */
  note?: string;
}

/**
 * The source quote cut into runs for display: `equal` text is in both, `delete` is in
 * the source but not the selection (struck out), `insert` is in the selection only.
 * Joining the `equal` and `delete` runs gives back the quote exactly as printed.
 */
export interface DiffSegment {
  op: 'equal' | 'delete' | 'insert';
  text: string;
  /**
   * On `delete` runs only: `true` when the text lies outside the part of the quote the
   * selection covers (the reader quoted less, nothing was struck out): show it dimmed.
   */
  trimmed?: boolean;
}

/** The source article as a result shows it (its byline stays in the corpus). */
export type ArticleRef = Omit<Article, 'byline'>;

export interface Match {
  quoteId: string;
  /** The quote exactly as printed at the source. */
  quote: string;
  /** Canonical name of the speaker, or `null` when the source names no one (never shown as a person). */
  speaker: string | null;
  speakerId: string | null;
  /** The speaker's role, one line. */
  speakerDescription: string;
  kind: QuoteKind;
  /** 0 (nothing alike) to 1 (same words). */
  score: number;
  changes: Change[];
  segments: DiffSegment[];
  article: ArticleRef;
}

export interface VerifyRequest {
  /** The selected or typed text. */
  text: string;
  /** Who the page or the user says said it, if anyone. */
  claimedSpeaker?: string;
  /** Text around the selection (its paragraph), which may name the speaker. */
  context?: string;
}

export interface VerifyResult {
  verdict: Verdict;
  attribution: Attribution;
  /** The claimed speaker as found (argument, selection or context), or `null`. */
  claimedSpeaker: string | null;
  best: Match | null;
  /** Up to five candidates, best first (`best` included). */
  matches: Match[];
  /** For `source-text`: the article narration the selection comes from. */
  narration?: { text: string; article: ArticleRef } | null;
  /**
   * Set when the selection runs over two quotations of one article (`best` is one of
   * them, `matches` holds both): their ids, in article order. The verdict is the
   * weaker of the two parts'.
   */
  span?: string[];
  /**
   * For `common`: the selection's information in bits under the general word list,
   * below `MATCH_CONFIG.specificity.minBits` (`matches` then only says where it appears).
   */
  specificityBits?: number;
  /** Set when the selection was cut to the length the matcher reads. */
  truncated?: { readChars: number; totalChars: number };
}
