/**
 * The shape of `corpus/quotes.json`, the bundled corpus every answer rests on.
 * Built by `npm run corpus` from `corpus/articles/*.md`; validated on load by
 * `lib/corpus/parseCorpus.ts`. Bump SCHEMA_VERSION on any incompatible change.
 */
export const SCHEMA_VERSION = 1;

/** A Wikidata item id, as `Speaker.qids` holds them: `Q` and digits (`Q22686`). */
export const WIKIDATA_ID = /^Q[1-9]\d*$/;

/**
 * Where an article's publication date comes from: printed in it, added by a curator, or
 * given by an imported collection (Quotebank's `date`), not read from the article text.
 */
export type DateSource = 'article' | 'curator' | 'collection';

export interface Speaker {
  /** Stable slug of the canonical name, e.g. `lee-jae-myung`. One per real person. */
  id: string;
  /** Canonical full name, e.g. `Lee Jae-myung`. */
  name: string;
  /** Other names the articles use for this person (`President Lee`, `Gov. Lee Jae-myung`). */
  aliases: string[];
  /** One line: the person's role as the articles give it. */
  description: string;
  /** Wikidata ids (`Q22686`) an imported collection gives for this person (Quotebank `qids`). */
  qids?: string[];
}

export interface Article {
  /** Stable id: the article file's name without extension. */
  id: string;
  title: string;
  /** `null` when neither the article nor the curator names the outlet. */
  outlet: string | null;
  url: string | null;
  /** ISO date `YYYY-MM-DD`, or `null` when the date is not stated anywhere. */
  published: string | null;
  /** `null` exactly when `published` is `null`. */
  dateSource: DateSource | null;
  byline: string | null;
  /** `YYYY-MM-DD` the reader added or imported it (the reader's own corpus only). */
  addedAt?: string;
}

export type QuoteKind = 'direct' | 'reported';

/**
 * Who an unnamed source is: `anonymous` (a person the article does not name: "a senior
 * official who spoke on condition of anonymity", "a spokesperson", "residents"), or an
 * `organisation` speaking as one ("the ministry", "the company"). Never shown as a person.
 */
export type SourceKind = 'anonymous' | 'organisation';

export interface Quote {
  /** Stable id `<articleId>#<n>`, n counting from 1 in article order. */
  id: string;
  /** Direct quote: exactly as printed between the quotation marks. Reported: the reported clause. */
  text: string;
  /**
   * The named person who said it, or `null` when no named person did: an unnamed source
   * (see `source`), or an imported quotation nobody is credited with.
   */
  speakerId: string | null;
  /** For an unnamed source (`speakerId: null`): the phrase as printed ("a senior official"). */
  source?: string;
  /** With `source`: what kind of unnamed source it is. */
  sourceKind?: SourceKind;
  articleId: string;
  kind: QuoteKind;
  /** The sentence (or paragraph) the quote stands in, as printed. */
  context: string;
}

/**
 * A sentence of an article's own narration (not anyone's quote). The matcher uses
 * these to say "these are the article's words, not a quote" (verdict `source-text`).
 */
export interface Narration {
  /** `<articleId>~<n>`, n counting from 1 in article order. */
  id: string;
  articleId: string;
  text: string;
}

export interface Corpus {
  schemaVersion: typeof SCHEMA_VERSION;
  speakers: Speaker[];
  articles: Article[];
  quotes: Quote[];
  narration: Narration[];
}
