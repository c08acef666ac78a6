/**
 * The review's starting point for a page read by the extractor: the quotations the corpus
 * would keep (named people, direct words of unnamed sources) and those no sieve could
 * attribute, in reading order; the people the article names; the page's facts.
 * Attributed quotations start checked; unattributed ones start unchecked and ask who.
 */

import { corpusQuotes } from '../corpus/buildCorpus';
import { rolesInArticle } from '../corpus/describeSpeaker';
import type { ExtractedArticle } from '../extract/types';
import { httpUrl } from '../httpUrl';
import type { ArticleDraft, DraftQuote } from './ArticleDraft';
import { READER_CONFIG } from './readerConfig';

export function draftFromExtraction(article: ExtractedArticle, pageUrl: string): ArticleDraft {
  const { meta } = article;
  const found = corpusQuotes(article).map((q) => ({
    start: q.start,
    quote: {
      text: q.text,
      context: q.context,
      kind: q.kind,
      speaker: q.speaker ?? '',
      source: q.source,
      sourceKind: q.sourceKind,
      keep: true,
      unattributed: null,
    } satisfies DraftQuote,
  }));
  const open = article.unattributed.map((u) => ({
    start: u.start,
    quote: {
      text: u.text,
      context: paragraphAt(article, u.start) ?? u.text,
      kind: u.kind,
      speaker: '',
      source: null,
      sourceKind: null,
      keep: false,
      unattributed: u.reason,
    } satisfies DraftQuote,
  }));
  const all = [...found, ...open].sort((a, b) => a.start - b.start);
  const quotes = all.slice(0, READER_CONFIG.maxDraftQuotes).map((q) => q.quote);
  return {
    title: meta.title,
    outlet: meta.outlet ?? '',
    published: meta.published ?? '',
    url: httpUrl(meta.url) ?? httpUrl(pageUrl) ?? '',
    pagePublished: meta.published,
    byline: meta.byline,
    people: article.people.map((p) => ({
      name: p.name,
      description: rolesInArticle(p, meta.published),
      aliases: p.aliases.filter((a) => a !== p.name),
    })),
    quotes,
    narration: article.narration.slice(0, READER_CONFIG.maxDraftNarration),
    leftOut: all.length - quotes.length,
  };
}

/** The text of the paragraph holding offset `at` of the article's text. */
function paragraphAt(article: ExtractedArticle, at: number): string | null {
  const p = article.paragraphs.find((para) => para.start <= at && at < para.end);
  return p ? article.text.slice(p.start, p.end) : null;
}
