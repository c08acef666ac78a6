import { Readability } from '@mozilla/readability';
import { POST_SIGNATURE } from '../postSignature.ts';
import type { BodyLine, LineRole } from '../types.ts';
import { blockText } from './blockText.ts';
import { chooseHeadline } from './chooseHeadline.ts';
import type { PageFacts } from './pageFacts.ts';
import { pageFacts } from './pageFacts.ts';

/** The attribute that ties an element of the working copy to the page's own element. */
const MARK = 'data-qc-i';
/** Elements that hold one paragraph of text, unless another such element is inside them. */
const PARAGRAPHS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, dd, dt, td, th';
/** Containers that are a paragraph when they hold text and no paragraph element. */
const CONTAINERS = new Set([
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'SPAN',
  'FONT',
  'CENTER',
]);
/**
 * Class or id words of page furniture that Readability may keep inside an article: reader
 * comments, "Most read" and related-story lists, newsletter and subscription boxes,
 * share bars, bylines, author boxes. A paragraph inside one gives no quotation.
 */
const FURNITURE =
  /(?:^|[_-])(?:comments?|comment-list|discussion|replies|newsletter|subscribe|subscription|signup|sign-up|promo|teaser|related|recommended|most-read|mostread|most-popular|trending|read-more|readmore|more-stories|share|sharing|social|byline|author-bio|authorbox|outbrain|taboola|advert|ad-slot|sponsored|breadcrumbs?|footer)(?:$|[_-])/i;
/** Class names that name what a post is about (WordPress and the like), never what a box is. */
const TAXONOMY = /^(?:tag|category|section|post|topic|format|type|status)-/i;

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
  // Elements Readability kept around the paragraphs: furniture is looked for among them
  // only, not in the page's wrappers above the article (whose classes describe the page).
  const kept = new Set([...article.querySelectorAll(`[${MARK}]`)].map((e) => e.getAttribute(MARK)));
  const indexOf = new Map(originals.map((e, i) => [e, i]));
  const seen = new Set<Element>();
  for (const block of leafBlocks(article)) {
    // A block Readability made itself (a paragraph it wrapped around loose text) has no
    // mark: its text is read from the working copy, never from a page element around it.
    const mark = block.getAttribute(MARK);
    const original = mark === null ? undefined : originals[Number(mark)];
    const source = original && !seen.has(original) ? original : block;
    if (original) seen.add(original);
    if (original && isFurniture(original, kept, indexOf)) continue;
    const { text } = blockText(source);
    if (text === '' || text === headline) continue;
    const kind = blockKind(block);
    lines.push({
      text,
      line: lines.length + 1,
      role: roleOf(block),
      ...(original ? { path: pathOf(original) } : {}),
      ...(kind ? { block: kind } : {}),
    });
    const signature = kind === 'blockquote' ? postSignatureAfter(block, originals) : null;
    if (signature)
      lines.push({
        text: signature.text,
        line: lines.length + 1,
        role: 'body',
        path: pathOf(signature.element),
        block: 'blockquote',
      });
  }
  return { facts: { ...facts, headline }, lines };
}

/**
 * The signature of an embedded post set as a block quotation ("<blockquote><p>…</p>— Ada
 * Quill (@adaquill) <a>May 29, 2020</a></blockquote>", as a post's embed prints it before
 * or without its script), read after the quotation's last paragraph: its text outside the
 * paragraphs, when that text is a post's signature (`POST_SIGNATURE`).
 */
function postSignatureAfter(
  block: Element,
  originals: readonly Element[],
): { text: string; element: Element } | null {
  const quote = block.closest('blockquote');
  if (!quote || [...quote.querySelectorAll(PARAGRAPHS)].at(-1) !== block) return null;
  const mark = quote.getAttribute(MARK);
  const element = mark === null ? undefined : originals[Number(mark)];
  if (!element) return null;
  const rest = element.cloneNode(true) as Element;
  for (const inner of [...rest.querySelectorAll(PARAGRAPHS)]) inner.remove();
  const { text } = blockText(rest);
  return POST_SIGNATURE.test(text) ? { text, element } : null;
}

/** The article's paragraphs: paragraph elements with none inside them, and containers holding text and no paragraph element. */
function leafBlocks(root: Element): Element[] {
  return [...root.querySelectorAll('*')].filter((el) => {
    if (el.querySelector(PARAGRAPHS)) return false;
    if (el.matches(PARAGRAPHS)) return true;
    if (!CONTAINERS.has(el.tagName.toUpperCase())) return false;
    // A container is a paragraph when it holds text of its own, not only inside elements.
    const ownText = [...el.childNodes].some(
      (n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '',
    );
    return ownText && !el.parentElement?.closest(PARAGRAPHS);
  });
}

/** A paragraph inside a `<blockquote>`, or a list item: someone's words, or a list of what they said. */
function blockKind(block: Element): BodyLine['block'] | null {
  if (block.closest('blockquote')) return 'blockquote';
  return block.tagName.toUpperCase() === 'LI' ? 'li' : null;
}

function roleOf(block: Element): LineRole {
  for (let e: Element | null = block; e; e = e.parentElement) {
    const tag = e.tagName.toUpperCase();
    if (tag === 'FIGCAPTION' || tag === 'FIGURE') return 'caption';
  }
  return 'body';
}

/**
 * True when the element, or a wrapper around it that Readability kept (`kept`: marks of
 * the elements of its article), is page furniture by its tag, class or id.
 */
function isFurniture(
  el: Element,
  kept: ReadonlySet<string | null>,
  indexOf: ReadonlyMap<Element, number>,
): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e !== el && !kept.has(String(indexOf.get(e)))) return false;
    const tag = e.tagName.toUpperCase();
    if (tag === 'ASIDE' || tag === 'NAV' || tag === 'FOOTER' || tag === 'FORM') return true;
    const names = `${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`.split(/\s+/);
    if (names.some((n) => !TAXONOMY.test(n) && FURNITURE.test(n))) return true;
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
