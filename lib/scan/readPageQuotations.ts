/**
 * Finds the quotations of a live page and where each stands in it, without changing it:
 * the HTML extractor (`readHtmlPage`: Readability on its own clone of the document, then
 * the sieves that build the corpus) gives each quotation, its speaker as the page names
 * them, and its offsets in the article's text; `locateQuote` maps those back to the page's
 * own text nodes through the paragraph's element path, and when that fails (the page
 * changed the paragraph since) `lib/anchor` finds the words again in the article's root
 * element. The document is passed in (the live page in the scan's content script, a
 * linkedom or happy-dom document in tests).
 */
import { anchorInIndex } from '../anchor/anchorQuote';
import { indexText, type TextIndex } from '../anchor/indexText';
import type { QuoteSelector } from '../anchor/types';
import { classifyHtmlLines } from '../extract/classifyLines';
import { extractArticle } from '../extract/extractArticle';
import { locateQuote } from '../extract/html/locateQuote';
import { readHtmlPage } from '../extract/html/readHtmlPage';
import type { BodyLine } from '../extract/types';
import { SCAN_CONFIG } from './config';
import { quotationsOf } from './quotationsOf';
import type { PageQuotation, ScanCoverage } from './types';

/** Characters of page text kept on each side of a quotation to find it again. */
const CONTEXT_CHARS = 32;

export interface PlacedQuotation extends PageQuotation {
  /** Where it is in the live page, or `null` when it could not be found there. */
  range: Range | null;
  /** Its words and their surroundings, to find it again if the page rewrites it. */
  selector: QuoteSelector;
}

export interface PageRead {
  /** The quotations to check (at most `maxQuotations`), in page order. */
  quotations: PlacedQuotation[];
  /** The element holding the article's paragraphs in the live page (for finding text again). */
  root: Element | null;
  coverage: Omit<ScanCoverage, 'lost'>;
}

export interface ReadOptions {
  maxPageChars?: number;
  maxArticleChars?: number;
  maxQuotations?: number;
}

const TEXT_NODE = 3;

export function readPageQuotations(doc: Document, options: ReadOptions = {}): PageRead {
  const maxPageChars = options.maxPageChars ?? SCAN_CONFIG.maxPageChars;
  const maxArticleChars = options.maxArticleChars ?? SCAN_CONFIG.maxArticleChars;
  const maxQuotations = options.maxQuotations ?? SCAN_CONFIG.maxQuotations;
  const pageChars = doc.body?.textContent?.length ?? 0;
  const source = pageChars > maxPageChars ? cutCopy(doc, maxPageChars) : doc;
  const readChars = source === doc ? pageChars : (source.body?.textContent?.length ?? 0);

  const page = readHtmlPage(source);
  const all = classifyHtmlLines(page.lines);
  const { lines, total, kept } = firstLines(all, maxArticleChars);
  const body = all.filter((l) => l.role === 'body' || l.role === 'dek');
  const extraction = extractArticle(lines);
  const found = quotationsOf(extraction);
  const checked = found.slice(0, maxQuotations);

  const elements = extraction.paragraphs.map((p) => elementAt(doc, p.path));
  const root = commonAncestor(elements.filter((e): e is Element => e !== null));
  let index: TextIndex | null = null;
  const quotations = checked.map((q, i): PlacedQuotation => {
    const selector: QuoteSelector = {
      exact: q.text,
      prefix: extraction.text.slice(Math.max(0, q.start - CONTEXT_CHARS), q.start),
      suffix: extraction.text.slice(q.end, q.end + CONTEXT_CHARS),
    };
    const p = extraction.paragraphs.find((x) => x.start <= q.start && q.end <= x.end);
    let range: Range | null = null;
    const span = p
      ? locateQuote(doc, p, extraction.text.slice(p.start, p.end), q.start, q.end)
      : null;
    if (span) {
      try {
        range = doc.createRange();
        range.setStart(span.startNode, span.startOffset);
        range.setEnd(span.endNode, span.endOffset);
      } catch {
        range = null;
      }
    }
    if (!range && root) {
      index ??= indexText(root);
      const anchored = anchorInIndex(index, selector);
      range = anchored.ok ? anchored.value.range : null;
    }
    return {
      id: `q${i + 1}`,
      text: q.text,
      kind: q.kind,
      speaker: q.speaker,
      source: q.source,
      range,
      selector,
    };
  });
  return {
    quotations,
    root,
    coverage: {
      pageChars,
      readChars,
      articleChars: kept,
      articleTotalChars: total,
      found: found.length,
      checked: checked.length,
      noArticle: body.length === 0,
      frames: (root ?? doc.body)?.querySelectorAll('iframe, frame').length ?? 0,
    },
  };
}

/** The headline and the paragraphs after it, up to the first that does not fit in `max` characters. */
function firstLines(
  lines: readonly BodyLine[],
  max: number,
): { lines: BodyLine[]; total: number; kept: number } {
  const kept: BodyLine[] = [];
  let total = 0;
  let used = 0;
  let full = false;
  for (const line of lines) {
    total += line.text.length + 1;
    full ||= used + line.text.length + 1 > max;
    if (full) continue;
    kept.push(line);
    used += line.text.length + 1;
  }
  return { lines: kept, total, kept: used };
}

/** The live element at a paragraph's path (child indexes from `<html>`), or null. */
function elementAt(doc: Document, path: readonly number[] | undefined): Element | null {
  if (!path) return null;
  let el: Element | null = doc.documentElement;
  for (const i of path) el = el?.children[i] ?? null;
  return el;
}

/** The innermost element holding all of `elements` (null for none). */
function commonAncestor(elements: readonly Element[]): Element | null {
  let root: Element | null = elements[0] ?? null;
  for (const el of elements) {
    while (root && !root.contains(el)) root = root.parentElement;
  }
  return root;
}

/**
 * A copy of the document holding its text up to `max` characters: the text node that
 * crosses the limit is the last kept, and everything after it in document order is left
 * out. Elements before the cut keep their places, so paths read in the copy lead to the
 * same elements of the page.
 */
function cutCopy(doc: Document, max: number): Document {
  const copy = doc.cloneNode(true) as Document;
  const body = copy.body;
  if (!body) return copy;
  const walker = copy.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  let seen = 0;
  let last: Node | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType !== TEXT_NODE) continue;
    seen += (n as Text).data.length;
    if (seen >= max) {
      last = n;
      break;
    }
  }
  // Everything after `last`: its following siblings, then those of each ancestor.
  for (let node: Node | null = last; node && node !== body; node = node.parentNode) {
    while (node.nextSibling) node.parentNode!.removeChild(node.nextSibling);
  }
  return copy;
}
