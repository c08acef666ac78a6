/**
 * The corpus as a segment stores it: schema v1 with the optional and nullable fields
 * that INTERFACES.md §1 adds (other branches add them to `lib/corpus/schema.ts`; a
 * segment keeps them already, so that nothing is lost on the way through one). Every
 * `Corpus` is a `StoredCorpus`.
 */
import type { Article, Narration, Quote, Speaker } from '../corpus/schema';

export interface StoredSpeaker extends Speaker {
  /** Wikidata ids ("Q22686"). */
  qids?: string[];
}

export interface StoredArticle extends Omit<Article, 'dateSource'> {
  dateSource: Article['dateSource'] | 'collection';
  /** YYYY-MM-DD the reader added or imported it (reader's corpus only). */
  addedAt?: string;
}

export type SourceKind = 'anonymous' | 'organisation';

export interface StoredQuote extends Omit<Quote, 'speakerId'> {
  /** `null` when no named person said it. */
  speakerId: string | null;
  /** For an unnamed source: the phrase as printed; never shown as a person. */
  source?: string;
  sourceKind?: SourceKind;
}

export interface StoredCorpus {
  schemaVersion: 1;
  speakers: StoredSpeaker[];
  articles: StoredArticle[];
  quotes: StoredQuote[];
  narration: Narration[];
}

/** Where a segment's quotes come from: shipped with the extension, or the reader's own. */
export type SegmentOrigin = 'bundled' | 'reader';
