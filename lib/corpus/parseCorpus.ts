/**
 * Validates untrusted JSON (the bundled `corpus/quotes.json`, or a file given to the
 * CLI) into a `Corpus`. Every problem is a `Result` error whose message names the
 * field, and the quote, article or speaker it sits in, so a person can fix the file.
 */
import { isIsoDate } from '../extract/isIsoDate';
import { err, ok, type QcError, type Result } from '../result';
import {
  type Article,
  type Corpus,
  type Narration,
  type Quote,
  SCHEMA_VERSION,
  type Speaker,
  WIKIDATA_ID,
} from './schema';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

class Problem extends Error {}

function fail(message: string): never {
  throw new Problem(message);
}

function str(o: Obj, key: string, where: string): string {
  const v = o[key];
  if (typeof v !== 'string') fail(`${where}: "${key}" must be a string, got ${describe(v)}`);
  return v;
}

function nonEmpty(o: Obj, key: string, where: string): string {
  const v = str(o, key, where);
  if (v.trim() === '') fail(`${where}: "${key}" is empty`);
  return v;
}

function strOrNull(o: Obj, key: string, where: string): string | null {
  const v = o[key];
  if (v === null) return null;
  if (typeof v !== 'string')
    fail(`${where}: "${key}" must be a string or null, got ${describe(v)}`);
  return v;
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing (the field is missing)';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return `a ${typeof v}`;
}

function list(o: Obj, key: string): unknown[] {
  const v = o[key];
  if (!Array.isArray(v)) fail(`"${key}" must be an array, got ${describe(v)}`);
  return v;
}

function entry(v: unknown, where: string): Obj {
  if (!isObj(v)) fail(`${where} must be an object, got ${describe(v)}`);
  return v;
}

function uniqueIds<T extends { id: string }>(items: T[], what: string): void {
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) fail(`${what} "${item.id}" appears twice`);
    seen.add(item.id);
  }
}

function parseSpeaker(v: unknown, i: number): Speaker {
  const where = `speaker ${i + 1}`;
  const o = entry(v, where);
  const id = nonEmpty(o, 'id', where);
  const at = `speaker "${id}"`;
  const aliases = o.aliases;
  if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string')) {
    fail(`${at}: "aliases" must be an array of strings`);
  }
  const speaker: Speaker = {
    id,
    name: nonEmpty(o, 'name', at),
    aliases: aliases as string[],
    description: str(o, 'description', at),
  };
  if (o.qids !== undefined) {
    const qids = o.qids;
    if (!Array.isArray(qids) || qids.some((q) => typeof q !== 'string' || !WIKIDATA_ID.test(q))) {
      fail(`${at}: "qids" must be an array of Wikidata ids such as "Q22686"`);
    }
    speaker.qids = qids as string[];
  }
  return speaker;
}

function parseArticle(v: unknown, i: number): Article {
  const where = `article ${i + 1}`;
  const o = entry(v, where);
  const id = nonEmpty(o, 'id', where);
  const at = `article "${id}"`;
  const published = strOrNull(o, 'published', at);
  if (published !== null && !isIsoDate(published)) {
    fail(`${at}: "published" must be a calendar date YYYY-MM-DD or null, got "${published}"`);
  }
  const dateSource = o.dateSource;
  if (
    dateSource !== null &&
    dateSource !== 'article' &&
    dateSource !== 'curator' &&
    dateSource !== 'collection'
  ) {
    fail(`${at}: "dateSource" must be "article", "curator", "collection" or null`);
  }
  if ((published === null) !== (dateSource === null)) {
    fail(`${at}: "dateSource" must be null exactly when "published" is null`);
  }
  const article: Article = {
    id,
    title: nonEmpty(o, 'title', at),
    outlet: strOrNull(o, 'outlet', at),
    url: strOrNull(o, 'url', at),
    published,
    dateSource,
    byline: strOrNull(o, 'byline', at),
  };
  if (o.addedAt !== undefined) {
    if (typeof o.addedAt !== 'string' || !isIsoDate(o.addedAt)) {
      fail(`${at}: "addedAt" must be a calendar date YYYY-MM-DD when given`);
    }
    article.addedAt = o.addedAt;
  }
  return article;
}

function parseQuote(
  v: unknown,
  i: number,
  speakers: ReadonlySet<string>,
  articles: ReadonlySet<string>,
): Quote {
  const where = `quote ${i + 1}`;
  const o = entry(v, where);
  const id = nonEmpty(o, 'id', where);
  const at = `quote "${id}"`;
  const kind = o.kind;
  if (kind !== 'direct' && kind !== 'reported') {
    fail(`${at}: "kind" must be "direct" or "reported", got ${JSON.stringify(kind) ?? 'nothing'}`);
  }
  const speakerId = o.speakerId === null ? null : nonEmpty(o, 'speakerId', at);
  if (speakerId !== null && !speakers.has(speakerId))
    fail(`${at} refers to speaker "${speakerId}", which does not exist`);
  const unnamed = parseSource(o, at, speakerId);
  const articleId = nonEmpty(o, 'articleId', at);
  if (!articles.has(articleId))
    fail(`${at} refers to article "${articleId}", which does not exist`);
  return {
    id,
    text: nonEmpty(o, 'text', at),
    speakerId,
    ...unnamed,
    articleId,
    kind,
    context: str(o, 'context', at),
  };
}

/**
 * `source` and `sourceKind` of an unnamed source: both or neither, and only on a quote
 * no named person said (`speakerId: null`), so an unnamed source is never shown as a person.
 */
function parseSource(
  o: Obj,
  at: string,
  speakerId: string | null,
): Pick<Quote, 'source' | 'sourceKind'> {
  if (o.source === undefined && o.sourceKind === undefined) return {};
  if (speakerId !== null)
    fail(`${at}: "source" is for a quote with "speakerId": null (an unnamed source)`);
  const source = nonEmpty(o, 'source', at);
  const kind = o.sourceKind;
  if (kind !== 'anonymous' && kind !== 'organisation') {
    fail(
      `${at}: "sourceKind" must be "anonymous" or "organisation", got ${JSON.stringify(kind) ?? 'nothing'}`,
    );
  }
  return { source, sourceKind: kind };
}

function parseNarration(v: unknown, i: number, articles: ReadonlySet<string>): Narration {
  const where = `narration ${i + 1}`;
  const o = entry(v, where);
  const id = nonEmpty(o, 'id', where);
  const at = `narration "${id}"`;
  const articleId = nonEmpty(o, 'articleId', at);
  if (!articles.has(articleId))
    fail(`${at} refers to article "${articleId}", which does not exist`);
  return { id, articleId, text: str(o, 'text', at) };
}

export function parseCorpus(json: unknown): Result<Corpus, QcError> {
  try {
    if (!isObj(json)) fail(`the corpus must be a JSON object, got ${describe(json)}`);
    if (json.schemaVersion !== SCHEMA_VERSION) {
      fail(
        `schemaVersion is ${JSON.stringify(json.schemaVersion) ?? 'missing'}, this version of Quote Check reads ${SCHEMA_VERSION}: rebuild the corpus with npm run corpus`,
      );
    }
    const speakers = list(json, 'speakers').map(parseSpeaker);
    uniqueIds(speakers, 'speaker');
    const articles = list(json, 'articles').map(parseArticle);
    uniqueIds(articles, 'article');
    const speakerIds = new Set(speakers.map((s) => s.id));
    const articleIds = new Set(articles.map((a) => a.id));
    const quotes = list(json, 'quotes').map((q, i) => parseQuote(q, i, speakerIds, articleIds));
    uniqueIds(quotes, 'quote');
    const narration = list(json, 'narration').map((n, i) => parseNarration(n, i, articleIds));
    uniqueIds(narration, 'narration');
    return ok({ schemaVersion: SCHEMA_VERSION, speakers, articles, quotes, narration });
  } catch (e) {
    if (e instanceof Problem) return err({ code: 'corpus-invalid', message: e.message });
    throw e;
  }
}

/** The entry type of each array of a corpus file. */
export interface CorpusEntries {
  speakers: Speaker;
  articles: Article;
  quotes: Quote;
  narration: Narration;
}

/**
 * One entry of a corpus file read on its own, for a reader that streams a large file and
 * cannot hold it whole (lib/import): the same checks as `parseCorpus`, with references
 * checked against the speaker and article ids read so far. Duplicate ids are the caller's.
 */
export function parseCorpusEntry<K extends keyof CorpusEntries>(
  section: K,
  value: unknown,
  index: number,
  known: { speakers: ReadonlySet<string>; articles: ReadonlySet<string> },
): Result<CorpusEntries[K], QcError> {
  try {
    const entry =
      section === 'speakers'
        ? parseSpeaker(value, index)
        : section === 'articles'
          ? parseArticle(value, index)
          : section === 'quotes'
            ? parseQuote(value, index, known.speakers, known.articles)
            : parseNarration(value, index, known.articles);
    return ok(entry as CorpusEntries[K]);
  } catch (e) {
    if (e instanceof Problem) return err({ code: 'corpus-invalid', message: e.message });
    throw e;
  }
}
