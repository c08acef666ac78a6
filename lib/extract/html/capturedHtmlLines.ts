import { classifyHtmlLines } from '../classifyLines.ts';
import { readHtmlPage } from './readHtmlPage.ts';

/**
 * A web page's text as a curator captures it for `corpus/articles/` (`extract --markdown`):
 * its headline, the article's paragraphs, date and byline lines, one a line. Captions and
 * furniture are left out: the HTML reader knows them by their elements, but a text copy
 * would read them as the article's own paragraphs (a caption's "X said …" as X's quote).
 */
export function capturedHtmlLines(doc: Document): string[] {
  return classifyHtmlLines(readHtmlPage(doc).lines)
    .filter((l) => l.role !== 'caption' && l.role !== 'furniture')
    .map((l) => l.text);
}
