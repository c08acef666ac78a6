/**
 * Reads a corpus file (our export, or corpus/quotes.json) as it streams: each entry is
 * checked on its own (`parseCorpusEntry`, the same rules as `parseCorpus`), a bad entry is
 * skipped with the line it starts on and the reason, and quotes are handed over in chunks,
 * each with the speakers and articles it names. Speakers and articles must come before
 * the quotes and narration that name them (as the export and `npm run corpus` write them);
 * they are held for the whole import, since any later quote may name any of them. A file
 * whose outline is broken (not one JSON object, cut short) is refused whole.
 */
import { type CorpusEntries, parseCorpusEntry } from '../corpus/parseCorpus';
import type { Article, Corpus, Narration, Quote, Speaker } from '../corpus/schema';
import { SCHEMA_VERSION } from '../corpus/schema';
import type { QcError } from '../result';
import { CORPUS_SECTIONS, CorpusJsonScanner, type ScanEvent } from './CorpusJsonScanner';
import type { ImportRun } from './ImportRun';
import { IMPORT_CONFIG } from './importConfig';

type Section = keyof CorpusEntries;

export async function readCorpusFile(
  stream: ReadableStream<Uint8Array>,
  run: ImportRun,
): Promise<QcError | null> {
  const state = new CorpusReader(run);
  const scanner = new CorpusJsonScanner(IMPORT_CONFIG.maxLineBytes);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const reader = stream.getReader();
  const events: ScanEvent[] = [];
  let bytes = 0;
  try {
    for (;;) {
      const cancelled = run.cancelled();
      if (cancelled) return cancelled;
      const { done, value } = await reader.read();
      let text: string;
      try {
        text = done ? decoder.decode() : decoder.decode(value, { stream: true });
      } catch {
        return state.broken(
          `not UTF-8 text (within bytes ${bytes}–${bytes + (value?.byteLength ?? 0)})`,
        );
      }
      bytes += value?.byteLength ?? 0;
      const problem = text ? scanner.push(text, events) : null;
      const failed = (await state.take(events)) ?? (problem ? state.broken(problem) : null);
      if (failed) return failed;
      if (done) break;
    }
    const problem = scanner.end(events);
    const failed = (await state.take(events)) ?? (problem ? state.broken(problem) : null);
    if (failed) return failed;
    return await state.finish();
  } finally {
    await reader.cancel().catch(() => {});
  }
}

class CorpusReader {
  private readonly known = { speakers: new Set<string>(), articles: new Set<string>() };
  private readonly speakers = new Map<string, Speaker>();
  private readonly articles = new Map<string, Article>();
  private readonly quoteIds = new Set<string>();
  private readonly narrationIds = new Set<string>();
  /** Speakers and articles in at least one chunk so far (the rest go in the last). */
  private readonly emitted = { speakers: new Set<string>(), articles: new Set<string>() };
  private readonly closed = new Set<Section>();
  private readonly index: Record<Section, number> = {
    speakers: 0,
    articles: 0,
    quotes: 0,
    narration: 0,
  };
  private quotes: Quote[] = [];
  private narration: Narration[] = [];
  private schemaVersion: unknown;
  private sawObject = false;

  constructor(private readonly run: ImportRun) {}

  /** The whole file is refused: its outline is broken. */
  broken(problem: string): QcError {
    return {
      code: this.sawObject ? 'import-invalid' : 'import-not-collection',
      message: `${this.sawObject ? 'this corpus file is damaged' : 'this file is not a quote collection'}: ${problem}. Nothing was added.`,
    };
  }

  /** Handles the events read so far (and empties the list). */
  async take(events: ScanEvent[]): Promise<QcError | null> {
    for (const e of events) {
      this.sawObject = true;
      this.run.lines = Math.max(this.run.lines, e.line);
      if (e.kind === 'value') {
        if (e.key === 'schemaVersion') {
          this.schemaVersion = e.json === null ? undefined : safeParse(e.json);
          if (this.schemaVersion !== SCHEMA_VERSION) {
            return {
              code: 'import-invalid',
              message: `line ${e.line}: schemaVersion is ${e.json ?? 'too long'}; this version of Quote Check reads ${SCHEMA_VERSION}. Nothing was added.`,
            };
          }
        }
        continue;
      }
      if (e.kind === 'section-start') {
        const needs: Section[] =
          e.section === 'quotes'
            ? ['speakers', 'articles']
            : e.section === 'narration'
              ? ['articles']
              : [];
        const missing = needs.filter((s) => !this.closed.has(s));
        if (missing.length > 0) {
          return {
            code: 'import-invalid',
            message: `line ${e.line}: "${e.section}" comes before ${missing.map((s) => `"${s}"`).join(' and ')}; the file is read in one pass, so speakers and articles must come first (as the export and npm run corpus write them). Nothing was added.`,
          };
        }
        continue;
      }
      if (e.kind === 'section-end') {
        this.closed.add(e.section);
        continue;
      }
      const failed = await this.entry(e.section, e.line, e.json, e.chars);
      if (failed) return failed;
    }
    events.length = 0;
    this.run.pending = this.quotes.length;
    this.run.progress();
    return null;
  }

  private async entry(
    section: Section,
    line: number,
    json: string | null,
    chars: number,
  ): Promise<QcError | null> {
    const i = this.index[section]++;
    if (json === null) {
      this.run.skip(
        line,
        `${section} entry of ${chars.toLocaleString('en')} characters, over the cap of ${IMPORT_CONFIG.maxLineBytes.toLocaleString('en')}`,
      );
      return null;
    }
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch (e) {
      this.run.skip(line, `${section} entry is not valid JSON (${(e as Error).message})`);
      return null;
    }
    const parsed = parseCorpusEntry(section, value, i, this.known);
    if (!parsed.ok) {
      this.run.skip(line, parsed.error.message);
      return null;
    }
    const entry = parsed.value;
    if (this.idTaken(section, entry.id)) {
      this.run.skip(
        line,
        `${singular[section]} "${entry.id}" appears twice (this one is left out)`,
      );
      return null;
    }
    switch (section) {
      case 'speakers':
        this.speakers.set(entry.id, entry as Speaker);
        this.known.speakers.add(entry.id);
        return null;
      case 'articles': {
        const article = entry as Article;
        if (article.addedAt === undefined) article.addedAt = this.run.options.addedAt;
        this.articles.set(article.id, article);
        this.known.articles.add(article.id);
        return null;
      }
      case 'quotes': {
        const quote = entry as Quote;
        if (quote.text.length > IMPORT_CONFIG.maxQuoteChars) {
          this.run.skip(
            line,
            `quote "${quote.id}" has ${quote.text.length.toLocaleString('en')} characters, over the cap of ${IMPORT_CONFIG.maxQuoteChars.toLocaleString('en')}`,
          );
          return null;
        }
        this.quoteIds.add(quote.id);
        this.quotes.push(quote);
        break;
      }
      case 'narration':
        this.narrationIds.add(entry.id);
        this.narration.push(entry as Narration);
        break;
    }
    if (this.quotes.length + this.narration.length >= this.run.chunkQuotes) {
      return this.emit(false);
    }
    return null;
  }

  private idTaken(section: Section, id: string): boolean {
    if (section === 'speakers') return this.speakers.has(id);
    if (section === 'articles') return this.articles.has(id);
    if (section === 'quotes') return this.quoteIds.has(id);
    return this.narrationIds.has(id);
  }

  async finish(): Promise<QcError | null> {
    if (this.schemaVersion === undefined) {
      return {
        code: 'import-not-collection',
        message:
          'this file is not a quote collection: a JSON object without "schemaVersion", so neither a Quote Check corpus file nor Quotebank lines. Nothing was added.',
      };
    }
    const absent = CORPUS_SECTIONS.filter((s) => !this.closed.has(s));
    if (absent.length > 0) {
      return {
        code: 'import-invalid',
        message: `this corpus file has no ${absent.map((s) => `"${s}"`).join(', ')} array. Nothing was added.`,
      };
    }
    const failed = await this.emit(true);
    if (failed) return failed;
    this.run.speakers = this.speakers.size;
    this.run.articles = this.articles.size;
    return null;
  }

  /** Hands over the quotes and narration read since the last chunk (and, at the end, anything never handed over). */
  private async emit(last: boolean): Promise<QcError | null> {
    const speakers = new Map<string, Speaker>();
    const articles = new Map<string, Article>();
    const useArticle = (id: string) => {
      if (!articles.has(id)) articles.set(id, this.articles.get(id)!);
    };
    for (const q of this.quotes) {
      if (q.speakerId !== null && !speakers.has(q.speakerId)) {
        speakers.set(q.speakerId, this.speakers.get(q.speakerId)!);
      }
      useArticle(q.articleId);
    }
    for (const n of this.narration) useArticle(n.articleId);
    if (last) {
      for (const [id, s] of this.speakers) if (!this.emitted.speakers.has(id)) speakers.set(id, s);
      for (const [id, a] of this.articles) if (!this.emitted.articles.has(id)) articles.set(id, a);
      if (this.quotes.length + this.narration.length + speakers.size + articles.size === 0) {
        return null;
      }
    }
    for (const id of speakers.keys()) this.emitted.speakers.add(id);
    for (const id of articles.keys()) this.emitted.articles.add(id);
    const corpus: Corpus = {
      schemaVersion: SCHEMA_VERSION,
      speakers: [...speakers.values()],
      articles: [...articles.values()],
      quotes: this.quotes,
      narration: this.narration,
    };
    this.quotes = [];
    this.narration = [];
    return this.run.emit(corpus);
  }
}

const singular: Record<Section, string> = {
  speakers: 'speaker',
  articles: 'article',
  quotes: 'quote',
  narration: 'narration',
};

function safeParse(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}
