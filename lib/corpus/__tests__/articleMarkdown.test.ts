import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { capturedHtmlLines } from '../../extract/html/capturedHtmlLines.ts';
import { parseArticle, parseHtmlArticle } from '../../extract/parseArticle.ts';
import type { ExtractedArticle } from '../../extract/types.ts';
import { articleMarkdown } from '../articleMarkdown.ts';

/** Our own test pages (eval/fixtures: invented outlets and people, never corpus). */
const PAGES = 'eval/fixtures';

/** A saved page as the CLI reads it: the article, and its lines as captured. */
function fromHtml(html: string): { article: ExtractedArticle; captured: string[] } {
  const doc = parseHTML(html).document as unknown as Document;
  const parsed = parseHtmlArticle('page.html', doc);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return { article: parsed.value, captured: capturedHtmlLines(doc) };
}

const draftOf = (html: string) => {
  const { article, captured } = fromHtml(html);
  return articleMarkdown(article, captured);
};

function asCorpusArticle(markdown: string): ExtractedArticle {
  const parsed = parseArticle('corpus/articles/draft.md', markdown);
  if (!parsed.ok) throw new Error(`${parsed.error.line}: ${parsed.error.message}`);
  return parsed.value;
}

const said = (a: ExtractedArticle) => a.quotes.map((q) => [q.kind, q.speaker, q.text]);

const page = (head: string, ...paragraphs: string[]) =>
  `<!doctype html><html><head>${head}</head><body><article><h1>Ferry service to run at night</h1>${paragraphs
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body></html>`;

describe('articleMarkdown: a draft corpus article from a web page', () => {
  const files = readdirSync(PAGES).filter((f) => f.endsWith('.html'));

  it.each(files)(
    '%s: the corpus build takes the draft, with the page’s facts and quotations',
    (f) => {
      const { article, captured } = fromHtml(readFileSync(join(PAGES, f), 'utf8'));
      const draft = asCorpusArticle(articleMarkdown(article, captured).markdown);
      const { dateSource: _, ...facts } = article.meta;
      const { dateSource, ...draftFacts } = draft.meta;
      expect(draftFacts).toEqual(facts);
      expect(dateSource === null).toBe(article.meta.published === null);
      expect(said(draft)).toEqual(said(article));
    },
  );

  it('a date the text prints is the article’s; one only in the metadata is the curator’s, said so', () => {
    const meta = '<meta property="article:published_time" content="2024-05-14T09:00:00Z">';
    const body = [
      '“We will sail at night from June,” said Mara Lind, the operator’s chief executive.',
      'The harbour board approved the timetable on Monday.',
    ];
    const printed = draftOf(page(meta, 'Published 14 May 2024', ...body));
    expect(printed.markdown).toContain('published: 2024-05-14\ndate_source: article');
    const hidden = draftOf(page(meta, ...body));
    expect(hidden.markdown).toContain(
      "published: 2024-05-14  # from the page's metadata, not a date line of the text\ndate_source: curator",
    );
    expect(hidden.notes.join('\n')).toMatch(/not from a date line of the text/);
    expect(asCorpusArticle(hidden.markdown).meta.dateSource).toBe('curator');
  });

  it('links only http(s): any other address is left null and flagged', () => {
    const head = '<link rel="canonical" href="javascript:alert(1)">';
    const draft = draftOf(
      page(head, '“We will sail at night,” said Mara Lind, the chief executive.'),
    );
    expect(draft.markdown).toContain('url: null');
    expect(draft.notes.join('\n')).toMatch(/url: null/);
  });

  it('quotes a title that YAML would misread', () => {
    const html = page('', '“We will sail,” said Mara Lind, the chief executive.').replace(
      'Ferry service to run at night',
      'Ferries: “night” runs # begin — #1 & more',
    );
    const { article } = fromHtml(html);
    expect(asCorpusArticle(draftOf(html).markdown).meta.title).toBe(article.meta.title);
  });
});
