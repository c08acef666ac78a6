import { Readability } from '@mozilla/readability';
import type { BodyLine, LineRole } from '../types.ts';
import { blockText } from './blockText.ts';
import { chooseHeadline } from './chooseHeadline.ts';
import type { PageFacts } from './pageFacts.ts';
import { pageFacts } from './pageFacts.ts';

/** The attribute that ties an element of the working copy to the page's own element. */
const MARK = 'data-qc-i';
/** Elements that are one paragraph of text. */
const BLOCKS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'FIGCAPTION',
  'DD',
  'DT',
  'TD',
  'TH',
  'DIV',
  'SECTION',
  'ARTICLE',
  'ASIDE',
  'HEADER',
  'FOOTER',
  'FIGURE',
  'UL',
  'OL',
  'TABLE',
  'TR',
  'TBODY',
]);
/**
 * Class or id words of page furniture that Readability may keep inside an article: reader
 * comments, "Most read" and related-story lists, newsletter and subscription boxes,
 * share bars, bylines, author boxes. A paragraph inside one gives no quotation.
 */
const FURNITURE =
  /(?:^|[\s_-])(?:comments?|comment-list|discussion|replies|reply|newsletter|subscribe|subscription|signup|sign-up|promo|teaser|related|recommended|most-read|mostread|most-popular|popular|trending|read-more|readmore|more-stories|share|sharing|social|byline|author-bio|authorbox|outbrain|taboola|advert|ad-slot|sponsored|breadcrumbs?|tags?|footer)(?:$|[\s_-])/i;

export interface HtmlPage {
  facts: PageFacts;
  /** Headline first, then the article's paragraphs, each with its role and where it stands. */
  lines: BodyLine[];
}

/**
 * Reads a saved or live news page: the article body through Mozilla Readability, run on a
 * clone so the page itself is never changed; page facts from its metadata. Each paragraph
 * is the text of the page's own block element (`blockText`), with that element's path
 * from `<html>` (child-element indexes), so a quotation's offsets map back to the live
 * page. Comments, teasers, newsletter boxes and captions give no quotation. `line` is the
 * paragraph's number on the page (1 for the headline).
 */
export function readHtmlPage(doc: Document): HtmlPage {
  const facts = pageFacts(doc);
  const originals = [...doc.querySelectorAll('*')];
  const work = doc.cloneNode(true) as Document;
  [...work.querySelectorAll('*')].forEach((el, i) => {
    el.setAttribute(MARK, String(i));
  });
  let article: Element | null = null;
  try {
    article = new Readability(work, { serializer: (node) => node as Element }).parse()
      ?.content as Element | null;
  } catch {
    article = null;
  }
  const lines: BodyLine[] = [];
  const headline = chooseHeadline(doc, facts);
  if (headline) lines.push({ text: headline, line: 1, role: 'headline' });
  if (!article) return { facts: { ...facts, headline }, lines };
  const seen = new Set<Element>();
  for (const block of leafBlocks(article)) {
    const index = Number(block.getAttribute(MARK) ?? nearestMark(block));
    const original = originals[index];
    const source = original && !seen.has(original) ? original : block;
    if (original) seen.add(original);
    if (original && isFurniture(original)) continue;
    const { text } = blockText(source);
    if (text === '' || text === headline) continue;
    lines.push({
      text,
      line: lines.length + 1,
      role: roleOf(block),
      ...(original ? { path: pathOf(original) } : {}),
    });
  }
  return { facts: { ...facts, headline }, lines };
}

/** Block elements of the article that hold text and no other block holding text. */
function leafBlocks(root: Element): Element[] {
  const out: Element[] = [];
  const visit = (el: Element) => {
    const children = [...el.children];
    const blockChildren = children.filter((c) => BLOCKS.has(c.tagName.toUpperCase()));
    if (blockChildren.length === 0) {
      if (el !== root) out.push(el);
      return;
    }
    for (const c of children) if (BLOCKS.has(c.tagName.toUpperCase())) visit(c);
  };
  visit(root);
  return out;
}

function nearestMark(el: Element): string {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const mark = e.getAttribute(MARK);
    if (mark !== null) return mark;
  }
  return '-1';
}

function roleOf(block: Element): LineRole {
  for (let e: Element | null = block; e; e = e.parentElement) {
    const tag = e.tagName.toUpperCase();
    if (tag === 'FIGCAPTION' || tag === 'FIGURE') return 'caption';
  }
  return 'body';
}

/** True when the element or one of its ancestors is page furniture by its class or id. */
function isFurniture(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const tag = e.tagName.toUpperCase();
    // The page's own <body> and <html> classes describe the whole page (ads, trackers).
    if (tag === 'BODY' || tag === 'HTML') return false;
    if (tag === 'ASIDE' || tag === 'NAV' || tag === 'FOOTER' || tag === 'FORM') return true;
    const words = `${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`;
    if (FURNITURE.test(words)) return true;
  }
  return false;
}

/** Child-element indexes from `<html>` down to the element. */
export function pathOf(el: Element): number[] {
  const path: number[] = [];
  for (let e: Element = el; e.parentElement; e = e.parentElement) {
    path.unshift([...e.parentElement.children].indexOf(e));
  }
  return path;
}
