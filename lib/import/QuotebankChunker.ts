/**
 * Turns Quotebank records into chunks of our corpus schema, each valid on its own.
 *
 * - Speakers: one per distinct (name, qids), ids made from the name (and first qid) and
 *   kept for the whole import, so a person has one id in every chunk.
 * - Articles: one per first source URL and date (a quotation's `date` is its own earliest
 *   sighting, so two quotations from one URL may differ). The id is a 64-bit hash of both,
 *   the same in every chunk without a table of every URL seen (a million URLs would be
 *   hundreds of MB). A quotation without an http(s) URL gets an article of its own.
 * - Quotes: id from the line number (unique by construction, and what the summary names)
 *   and Quotebank's quoteID when it has one; direct quotations, no context.
 */
import type { Article, Corpus, Quote, Speaker } from '../corpus/schema';
import { SCHEMA_VERSION } from '../corpus/schema';
import { slugify } from '../corpus/slugify';
import { hashString } from '../match/hashString';
import type { QuotebankRecord } from './parseQuotebankLine';

export interface ChunkerOptions {
  idPrefix: string;
  addedAt: string;
  collectionName: string;
}

/** Second seed for the upper half of the 64-bit article key (FNV-1a's offset basis is the first). */
const SECOND_SEED = 0x9747b28c;

const hex8 = (n: number) => n.toString(16).padStart(8, '0');

export class QuotebankChunker {
  private readonly speakerIds = new Map<string, string>();
  private readonly usedSpeakerIds = new Set<string>();
  private speakers = new Map<string, Speaker>();
  private articles = new Map<string, Article>();
  /** This chunk's articles by URL and date (a story's quotations follow each other: no hashing again). */
  private articlesByKey = new Map<string, Article>();
  private quotes: Quote[] = [];
  private readonly totals = { articles: 0 };

  constructor(private readonly options: ChunkerOptions) {}

  /** Quotes waiting in the current chunk. */
  get size(): number {
    return this.quotes.length;
  }

  /** Distinct speakers so far. */
  get speakerCount(): number {
    return this.speakerIds.size;
  }

  /** Articles in the chunks taken so far, each counted once per chunk it is in. */
  get articleCount(): number {
    return this.totals.articles;
  }

  add(record: QuotebankRecord, line: number): void {
    const p = this.options.idPrefix;
    const speakerId = record.speaker === null ? null : this.speakerFor(record);
    const article = this.articleFor(record, line);
    this.quotes.push({
      id: `${p}L${line}${record.quoteId ? `-${record.quoteId}` : ''}`,
      text: record.quotation,
      speakerId,
      articleId: article.id,
      kind: 'direct',
      context: '',
    });
  }

  /** The current chunk, and a fresh one begun. */
  take(): Corpus {
    const corpus: Corpus = {
      schemaVersion: SCHEMA_VERSION,
      speakers: [...this.speakers.values()],
      articles: [...this.articles.values()],
      quotes: this.quotes,
      narration: [],
    };
    this.totals.articles += corpus.articles.length;
    this.speakers = new Map();
    this.articles = new Map();
    this.articlesByKey = new Map();
    this.quotes = [];
    return corpus;
  }

  private speakerFor(record: QuotebankRecord): string {
    const name = record.speaker!;
    const key = `${name}\u0000${record.qids.join(',')}`;
    let id = this.speakerIds.get(key);
    if (id === undefined) {
      const base = `${this.options.idPrefix}${slugify(name) || 'speaker'}${record.qids[0] ? `-${record.qids[0].toLowerCase()}` : ''}`;
      id = base;
      for (let n = 2; this.usedSpeakerIds.has(id); n++) id = `${base}-${n}`;
      this.usedSpeakerIds.add(id);
      this.speakerIds.set(key, id);
    }
    if (!this.speakers.has(id)) {
      const speaker: Speaker = { id, name, aliases: [], description: '' };
      if (record.qids.length > 0) speaker.qids = record.qids;
      this.speakers.set(id, speaker);
    }
    return id;
  }

  private articleFor(record: QuotebankRecord, line: number): Article {
    const p = this.options.idPrefix;
    const key = record.url ? `${record.url}\n${record.date ?? ''}` : null;
    let article = key === null ? undefined : this.articlesByKey.get(key);
    if (!article) {
      const id =
        key === null
          ? `${p}n${line}`
          : `${p}a${hex8(hashString(key, SECOND_SEED))}${hex8(hashString(key))}`;
      article = {
        id,
        // Quotebank gives no headline: the link itself, or where in the file the quotation is.
        title: record.url ?? `${this.options.collectionName}, line ${line}`,
        outlet: record.outlet,
        url: record.url,
        published: record.date,
        dateSource: record.date ? 'collection' : null,
        byline: null,
        addedAt: this.options.addedAt,
      };
      this.articles.set(id, article);
      if (key !== null) this.articlesByKey.set(key, article);
    }
    return article;
  }
}
