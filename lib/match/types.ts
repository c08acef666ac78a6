/**
 * The matcher's public contract: what a check asks and what it answers. Shared by the
 * CLI (`npm run verify`), the background worker and the UI components.
 */
import type { Article, QuoteKind } from '../corpus/schema';
import type { SegmentOrigin } from '../segment/SegmentOrigin';

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
  | 'editorial'
  /** Part of a person's name added or dropped ("Moon administration" for "Moon Jae-in administration"); the title may go with it. */
  | 'name'
  /** A title or honorific added, dropped, or an honorific for a title ("Lee" for "President Lee", "Mr. Biden" for "President Biden"). */
  | 'title'
  /** The same intention put in other words ("would" or "will" for "plans to", "is going to" for "intends to"). */
  | 'intention';

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
  /** An unnamed source's phrase as printed ("a senior official"): never shown as a person. */
  source: string | null;
  /** The speaker's role, one line. */
  speakerDescription: string;
  kind: QuoteKind;
  /** 0 (nothing alike) to 1 (same words). */
  score: number;
  changes: Change[];
  segments: DiffSegment[];
  article: ArticleRef;
  /**
   * Which corpus holds the quote: the one shipped with the extension (`bundled`), or the
   * reader's own (`reader`; then `article.addedAt` says when they added it, once the
   * schema carries it).
   */
  origin: SegmentOrigin;
}

/**
 * Why a verdict is what it is, as a stable code (the UI words it in the reader's
 * language), one per rule that decides a verdict:
 * - `verbatim`: `same-words`;
 * - `close`: `name-part`, `title`, `editorial`, `same-meaning` (a figure, a contraction, a
 *   listed synonym), `misprint`, `spelling`, `marked-omission` (an ellipsis in the
 *   selection), `trimmed-word` (the selection starts or ends inside a word),
 *   `function-words` ("the", "and" added or dropped), `punctuation`;
 * - `altered`: `negation`, `number`, `antonym`, `changed-words` (another actor, object or
 *   word), `dropped-words`, `added-words`;
 * - `paraphrase`: `same-intention` ("would" for "plans to"), `reworded`;
 * - `source-text`: `narration`; `no-match`: `no-match`; `too-short`: `too-few-words`;
 *   `common`: `common-phrase` (the specificity gate).
 */
export type ReasonCode =
  | 'same-words'
  | 'name-part'
  | 'title'
  | 'editorial'
  | 'same-meaning'
  | 'spelling'
  | 'misprint'
  | 'punctuation'
  | 'marked-omission'
  | 'trimmed-word'
  | 'function-words'
  | 'negation'
  | 'number'
  | 'antonym'
  | 'changed-words'
  | 'dropped-words'
  | 'added-words'
  | 'same-intention'
  | 'reworded'
  | 'narration'
  | 'no-match'
  | 'too-few-words'
  | 'common-phrase';

/** The verdict's reason in one line: its code and the words it rests on. */
export interface VerdictReason {
  code: ReasonCode;
  /**
   * The words the reason rests on, as printed: for a change, the source's words then the
   * selection's (`['plans to', 'would']`), one of them when the other side is empty; for
   * `reworded` the number of the source's content words kept; for `too-few-words` the
   * number of words read. Empty when the code says it all.
   */
  words: string[];
  /** The page's own words around the quotation that were set aside ("Lee said"), if any. */
  framing?: string;
}

export interface VerifyRequest {
  /** The selected or typed text. */
  text: string;
  /** Who the page or the user says said it, if anyone. */
  claimedSpeaker?: string;
  /** Text around the selection (its paragraph), which may name the speaker. */
  context?: string;
  /**
   * Where the selection lies in `context`: offsets into the context's text as the page
   * gives it (the DOM offsets of the selection in its paragraphs' `textContent`), so the
   * claim is read from the quotation the reader selected, not from the first place the
   * same words appear. Ignored unless `0 ≤ start ≤ end ≤ context.length`.
   */
  at?: { start: number; end: number };
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
   * Why the verdict is what it is (for a selection over two quotes: the weaker part's).
   * The matcher sets it on every result; optional so that hand-made results (tests,
   * older stored checks) stay valid.
   */
  reason?: VerdictReason;
  /**
   * For `common`: the selection's information in bits under the general word list,
   * below `MATCH_CONFIG.specificity.minBits` (`matches` then only says where it appears).
   */
  specificityBits?: number;
  /** Set when the selection was cut to the length the matcher reads. */
  truncated?: { readChars: number; totalChars: number };
}
