import { httpUrl } from '../../httpUrl.ts';
import { readDate } from '../readDate.ts';
import { isUpdateLine } from '../readStatedDate.ts';

/** What a page states about itself, each field null when it does not. */
export interface PageFacts {
  headline: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  byline: string | null;
  language: string | null;
}

/** JSON-LD types that describe an article. */
const ARTICLE_TYPES =
  /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|WebPage)$/;

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | null =>
  typeof v === 'string' && v.trim() !== '' ? v.replace(/\s+/g, ' ').trim() : null;

/**
 * The page's facts from where publishers state them, first found wins: JSON-LD
 * `NewsArticle` (`headline`, `datePublished`, `author`, `publisher.name`, `url`),
 * OpenGraph and `article:*` meta tags, `<time datetime>`, the canonical link, `<title>`
 * and `<h1>`. An outlet is named only where the page names one; a date only when a full
 * date is written (Published beats Modified).
 */
export function pageFacts(doc: Document): PageFacts {
  const ld = jsonLdArticle(doc);
  const meta = (name: string) =>
    text(
      ownItem(
        doc.querySelectorAll(
          `meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`,
        ),
      )?.getAttribute('content'),
    );
  const publisher = isObj(ld?.publisher) ? text(ld.publisher.name) : null;
  const timeEl =
    ownItem(doc.querySelectorAll('[itemprop="datePublished"], time[pubdate]')) ??
    doc.querySelector('article time[datetime], time[datetime]');
  const dated = (v: string | null) => (v ? (readDate(v)?.iso ?? null) : null);
  const h1 = text(doc.querySelector('h1')?.textContent);
  const title = text(doc.querySelector('title')?.textContent);
  const headline = text(ld?.headline) ?? meta('og:title') ?? h1 ?? title;
  const siteName = meta('og:site_name');
  return {
    headline,
    outlet:
      (siteName && !/^https?:/i.test(siteName) ? siteName : null) ??
      publisher ??
      titleSuffix(title, headline) ??
      meta('application-name'),
    url: httpUrl(
      text(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) ??
        meta('og:url') ??
        text(ld?.url),
    ),
    published:
      dated(text(ld?.datePublished)) ??
      dated(meta('article:published_time')) ??
      dated(meta('datePublished')) ??
      dated(meta('pubdate')) ??
      dated(meta('date')) ??
      dated(text(timeEl?.getAttribute('datetime') ?? timeEl?.getAttribute('content'))) ??
      datedText(doc),
    byline: authors(ld?.author) ?? meta('author') ?? meta('article:author'),
    language: text(doc.documentElement?.getAttribute('lang')),
  };
}

/**
 * The first element that states a fact of the page itself: not a microdata property of
 * another item on it ("<div itemscope itemtype="…/VideoObject">" with its own
 * `datePublished`), only of an article's item or of none.
 */
function ownItem(found: Iterable<Element>): Element | null {
  for (const el of found) {
    const scope = el.closest('[itemscope]');
    const type = scope?.getAttribute('itemtype')?.split('/').pop() ?? null;
    if (scope === null || type === null || ARTICLE_TYPES.test(type)) return el;
  }
  return null;
}

/** Most words of an outlet's name after the headline in a page's title ("The New York Times"). */
const MAX_SUFFIX_WORDS = 5;

/**
 * The outlet a page's `<title>` names after its headline: "Ferry fares rise - The Harbour
 * Post", "Ferry fares rise | Harbour Post". Null when the title is not the headline
 * followed by a separator and a short capitalised name.
 */
function titleSuffix(title: string | null, headline: string | null): string | null {
  if (!title || !headline || title === headline || !title.startsWith(headline)) return null;
  const m = /^\s+[-–—|]\s+(\p{Lu}[\p{L}\d.&'’ -]*)$/u.exec(title.slice(headline.length));
  const name = m?.[1]?.trim();
  return name && name.split(/\s+/).length <= MAX_SUFFIX_WORDS ? name : null;
}

/** Elements whose text is a page's date line when its metadata gives none. */
const DATE_ELEMENTS =
  '[class*="date"], [class*="Date"], [class*="time"], [class*="posted"], [class*="published"], [class*="byline"], [class*="meta"], time';
/** Longest text of such an element read for a date: a date line, not a paragraph. */
const MAX_DATE_LINE_CHARS = 120;
/** Most such elements read. */
const MAX_DATE_ELEMENTS = 40;

/** A date the page prints near its headline ("April 5, 2018", "Published 21 Apr 2015"), not an update. */
function datedText(doc: Document): string | null {
  const found = [...doc.querySelectorAll(DATE_ELEMENTS)].slice(0, MAX_DATE_ELEMENTS);
  for (const el of found) {
    const t = text(el.textContent);
    if (!t || t.length > MAX_DATE_LINE_CHARS || isUpdateLine(t)) continue;
    const date = readDate(t);
    if (date?.iso) return date.iso;
  }
  return null;
}

/** The first JSON-LD object of an article type, looking inside arrays and `@graph`. */
function jsonLdArticle(doc: Document): Json | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const stack: unknown[] = [parsed];
    while (stack.length > 0) {
      const v = stack.shift();
      if (Array.isArray(v)) stack.push(...v);
      else if (isObj(v)) {
        const type = v['@type'];
        const types = Array.isArray(type) ? type : [type];
        if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t)) && v.headline)
          return v;
        if (Array.isArray(v['@graph'])) stack.push(...v['@graph']);
      }
    }
  }
  return null;
}

function authors(v: unknown): string | null {
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  const names = list.map((a) => (isObj(a) ? text(a.name) : text(a))).filter((n) => n !== null);
  return names.length > 0 ? names.join(', ') : null;
}
