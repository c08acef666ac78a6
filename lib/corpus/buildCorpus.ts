import { normalizeInput } from '../extract/normalizeInput.ts';
import { parseArticle } from '../extract/parseArticle.ts';
import type { ExtractError, ExtractedArticle, FoundQuote } from '../extract/types.ts';
import type { Result } from '../result.ts';
import { err, ok } from '../result.ts';
import type { RoleNote } from './describeSpeaker.ts';
import { describeSpeaker, rolesInArticle } from './describeSpeaker.ts';
import type { Article, Corpus, Narration, Quote, Speaker } from './schema.ts';
import { SCHEMA_VERSION } from './schema.ts';
import { slugify } from './slugify.ts';

export interface ArticleFile {
  /** Path as it should appear in messages, e.g. `corpus/articles/000-x.md`. */
  path: string;
  text: string;
}

export interface BuildOptions {
  /** Accept plain text without front matter (for `npm run extract`); the corpus build requires it. */
  allowPlainText?: boolean;
  /** Told of each quotation left out because nothing attributes it safely. */
  onUnattributed?: (warning: BuildWarning) => void;
}

/** A quotation the build leaves out, located in its file: `path:line: …` when printed. */
export interface BuildWarning {
  path: string;
  line: number;
  text: string;
  reason: string;
}

/**
 * Builds the corpus from article files: one speaker per full name across articles,
 * quotes and narration in article order with stable ids. Pure: same files, same corpus.
 * Stops at the first problem, located as file and line.
 */
export function buildCorpus(
  files: readonly ArticleFile[],
  options: BuildOptions = {},
): Result<Corpus, ExtractError> {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const extracted: ExtractedArticle[] = [];
  const seen = new Map<string, string>();
  for (const file of sorted) {
    if (!options.allowPlainText && !/^---\n/.test(normalizeInput(file.text))) {
      return err({
        code: 'front-matter',
        path: file.path,
        line: 1,
        message:
          'no front matter: a corpus article starts with --- and its fields (title, outlet, url, published, date_source, byline, language)',
      });
    }
    const parsed = parseArticle(file.path, file.text);
    if (!parsed.ok) return parsed;
    const other = seen.get(parsed.value.id);
    if (other !== undefined) {
      return err({
        code: 'bad-field',
        path: file.path,
        line: 1,
        message: `article id "${parsed.value.id}" is also the id of ${other}: rename one file`,
      });
    }
    seen.set(parsed.value.id, file.path);
    extracted.push(parsed.value);
    for (const u of parsed.value.unattributed)
      options.onUnattributed?.({ path: file.path, line: u.line, text: u.text, reason: u.reason });
  }
  return ok(assembleCorpus(extracted));
}

/**
 * The quotes of an article that go in the corpus: what named people said (directly or
 * reported) and the direct quotations of unnamed sources. Reported speech of an unnamed
 * source ("…, according to police") is the article's wording, so it stays narration.
 */
export const corpusQuotes = (a: ExtractedArticle) =>
  a.quotes.filter((q) => q.speaker !== null || q.kind === 'direct');

/** A found quote as the corpus records it, under `id` in article `articleId`. */
export const corpusQuote = (q: FoundQuote, id: string, articleId: string): Quote => ({
  id,
  text: q.text,
  speakerId: q.speaker === null ? null : slugify(q.speaker),
  ...(q.source !== null && q.sourceKind !== null
    ? { source: q.source, sourceKind: q.sourceKind }
    : {}),
  articleId,
  kind: q.kind,
  context: q.context,
});

/**
 * The corpus of some extracted articles: one speaker per full name across articles,
 * quotes and narration in article order with stable ids. Pure: same articles, same corpus.
 */
export function assembleCorpus(extracted: readonly ExtractedArticle[]): Corpus {
  // One speaker per id: "Lee Jae-myung" and "Lee Jae Myung" are one person; the
  // spelling met first (files in path order) is the name, the others are aliases.
  const speakerById = new Map<string, { name: string; aliases: Set<string>; notes: RoleNote[] }>();
  const articles: Article[] = [];
  const quotes: Quote[] = [];
  const narration: Narration[] = [];
  for (const a of extracted) {
    articles.push({
      id: a.id,
      title: a.meta.title,
      outlet: a.meta.outlet,
      url: a.meta.url,
      published: a.meta.published,
      dateSource: a.meta.dateSource,
      byline: a.meta.byline,
    });
    const speaking = new Set(a.quotes.map((q) => q.speaker));
    speaking.delete(null);
    for (const person of a.people) {
      if (!speaking.has(person.name)) continue;
      const id = slugify(person.name);
      const entry = speakerById.get(id) ?? {
        name: person.name,
        aliases: new Set<string>(),
        notes: [],
      };
      for (const alias of [person.name, ...person.aliases])
        if (alias !== entry.name) entry.aliases.add(alias);
      entry.notes.push({
        text: rolesInArticle(person, a.meta.published),
        published: a.meta.published,
      });
      speakerById.set(id, entry);
    }
    corpusQuotes(a).forEach((q, i) => {
      quotes.push(corpusQuote(q, `${a.id}#${i + 1}`, a.id));
    });
    a.narration.forEach((text, i) => {
      narration.push({ id: `${a.id}~${i + 1}`, articleId: a.id, text });
    });
  }
  const speakers: Speaker[] = [...speakerById.entries()]
    .map(([id, e]) => ({
      id,
      name: e.name,
      aliases: [...e.aliases].sort(),
      description: describeSpeaker(e.notes),
    }))
    .sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  articles.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return { schemaVersion: SCHEMA_VERSION, speakers, articles, quotes, narration };
}
